import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** A small number after the label (documents, tags, open suggestions). */
  count?: number | null;
}

interface Props<T extends string> {
  label: string;
  tabs: ReadonlyArray<TabSpec<T>>;
  selected: T;
  onSelect(id: T): void;
  children: ReactNode;
  className?: string;
  /** Kept mounted but out of sight (the left pane while search results show). */
  hidden?: boolean;
}

/**
 * A strip of tabs over one panel (WAI-ARIA tabs: ←/→ move between tabs, Home/End, one tab stop).
 * Only the selected panel is rendered; each keeps its state in the workbench, not here.
 */
export function Tabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
  className,
  hidden,
}: Props<T>) {
  const base = useId();
  const strip = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const at = tabs.findIndex((tab) => tab.id === selected);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (at + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    strip.current?.querySelector<HTMLElement>(`#${CSS.escape(`${base}-${tab.id}`)}`)?.focus();
  }

  return (
    <div className={`tabbed ${className ?? ''}`} hidden={hidden}>
      <div ref={strip} className="tab-strip" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${base}-${tab.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && tab.count !== null ? (
              <span className="tab-count">{tab.count.toLocaleString('en')}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div id={`${base}-panel`} className="tab-panel" role="tabpanel" aria-labelledby={`${base}-${selected}`}>
        {children}
      </div>
    </div>
  );
}
