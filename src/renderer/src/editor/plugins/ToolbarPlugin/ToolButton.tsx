import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** Shown after the label in the tooltip: "Bold (Ctrl+B)". */
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** Left out of the narrow toolbar beside the reader (CSS hides it there). */
  optional?: boolean;
  onClick(): void;
  children: ReactNode;
}

/** One toolbar button; a press never takes the focus (or the selection) from the editor. */
export function ToolButton({ label, keys, pressed, disabled, optional, onClick, children }: Props) {
  return (
    <button
      type="button"
      className={`tool${optional ? ' tool-optional' : ''}`}
      aria-label={label}
      title={keys ? `${label} (${keys})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
