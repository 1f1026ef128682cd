import { useRef, useState } from 'react';

/**
 * A tag name typed in place (new tag, new sub-tag, rename): Enter or leaving the field keeps it,
 * Esc drops it; `onDone` is called once, with the trimmed name or null.
 */
export function NameInput({
  label,
  initial,
  depth,
  onDone,
}: {
  label: string;
  initial: string;
  depth: number;
  onDone(name: string | null): void;
}) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (name: string | null): void => {
    if (done.current) return;
    done.current = true;
    onDone(name === null ? null : name.trim() || null);
  };
  return (
    <input
      className={`name-input${depth >= 0 ? ' standalone' : ''}`}
      style={depth > 0 ? { marginLeft: 22 + depth * 16 } : undefined}
      aria-label={label}
      placeholder="Tag name"
      value={value}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(value);
        else if (event.key === 'Escape') finish(null);
      }}
      onBlur={() => finish(value)}
    />
  );
}
