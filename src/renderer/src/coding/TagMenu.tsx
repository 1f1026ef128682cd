import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Tag } from '../../../shared/model';

export type TagMenuAction = 'open' | 'rename' | 'subtag' | 'top' | 'merge' | 'delete';

const ITEMS: Array<{ action: TagMenuAction; label: string; hint?: string }> = [
  { action: 'open', label: 'Show passages', hint: 'Enter' },
  { action: 'rename', label: 'Rename', hint: 'F2' },
  { action: 'subtag', label: 'Add sub-tag' },
  { action: 'top', label: 'Move to top level' },
  { action: 'merge', label: 'Merge into…' },
  { action: 'delete', label: 'Delete…', hint: 'Del' },
];

/** The actions of one tag, as a menu at the pointer (right-click) or under the ⋯ button. */
export function TagMenu({
  tag,
  x,
  y,
  onAction,
  onClose,
}: {
  tag: Tag;
  x: number;
  y: number;
  onAction(action: TagMenuAction): void;
  onClose(): void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: MouseEvent): void => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
  }

  const items = ITEMS.filter((item) => item.action !== 'top' || tag.parent_id !== null);
  return (
    <div
      ref={menu}
      className="menu"
      role="menu"
      aria-label={`Actions for ${tag.name}`}
      style={{
        left: Math.min(x, window.innerWidth - 220),
        top: Math.min(y, window.innerHeight - 40 * items.length),
      }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`row-button menu-item${item.action === 'delete' ? ' danger' : ''}`}
          onClick={() => onAction(item.action)}
        >
          <span>{item.label}</span>
          {item.hint ? <kbd>{item.hint}</kbd> : null}
        </button>
      ))}
    </div>
  );
}
