import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import './coding.css';
import type { Tag } from '../../../shared/model';
import { useCoding } from './CodingProvider';
import { paletteOptions, type PaletteOption } from './paletteOptions';

interface Props {
  /** Shown above the field: "Code passage", "Add a tag". */
  title: string;
  /** Tags already applied, left out of the list. */
  exclude?: ReadonlySet<number>;
  /** `keepOpen` is true for Shift+Enter / Shift+click: apply and stay for another tag. */
  onPick(tag: Tag, keepOpen: boolean): void;
  /** `path` is the new tag's name, or `Parent/Name` for a tag under a parent (see createTagPath). */
  onCreate(path: string, keepOpen: boolean): void;
  onClose(): void;
  /** Extra line under the title, e.g. the passage being coded. */
  subtitle?: string;
  /** False where a new tag makes no sense (merging into another tag). */
  allowCreate?: boolean;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The tag palette: type to filter, ↑/↓ and Enter to apply, 1–9 for the nth tag while the field is
 * empty (Alt+1–9 at any time), "Create tag …" when nothing matches, Esc to close. Recent tags come
 * first. Keyboard-only coding depends on it, so every action has a key.
 */
export function TagPalette({
  title,
  subtitle,
  exclude = NONE,
  allowCreate = true,
  onPick,
  onCreate,
  onClose,
}: Props) {
  const { index, recent } = useCoding();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  const options = useMemo(
    () =>
      paletteOptions(index, recent, query, exclude).filter((option) => allowCreate || option.kind === 'tag'),
    [index, recent, query, exclude, allowCreate],
  );
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));

  useLayoutEffect(() => {
    input.current?.focus({ preventScroll: true });
  }, []);

  useLayoutEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  // Set once a pick closes the palette: the blur that follows is that closing, not a click away.
  const picked = useRef(false);
  const choose = (option: PaletteOption | undefined, keepOpen: boolean): void => {
    if (!option) return;
    picked.current = !keepOpen;
    if (option.kind === 'tag') onPick(option.tag, keepOpen);
    else onCreate(option.path, keepOpen);
    if (keepOpen) {
      setQuery('');
      setActive(0);
    }
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : null;
    if (event.key === 'ArrowDown') setActive((activeIndex + 1) % Math.max(options.length, 1));
    else if (event.key === 'ArrowUp')
      setActive((activeIndex - 1 + options.length) % Math.max(options.length, 1));
    else if (event.key === 'Home' && !query) setActive(0);
    else if (event.key === 'End' && !query) setActive(options.length - 1);
    else if (event.key === 'Enter') choose(options[activeIndex], event.shiftKey);
    else if (event.key === 'Escape') onClose();
    else if (digit !== null && (query === '' || event.altKey || event.ctrlKey)) {
      const numbered = options.filter((option) => option.kind === 'tag');
      choose(numbered[digit - 1], event.shiftKey);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  let number = 0;
  let lastSection: string | null = null;
  return (
    <div
      className="palette"
      role="dialog"
      aria-label="Tag palette"
      onMouseDown={(event) => {
        // Clicks inside keep the focus in the field (and out of the reader's selection handling).
        if (event.target !== input.current) event.preventDefault();
        event.stopPropagation();
      }}
    >
      <div className="palette-head">
        <span className="palette-title">{title}</span>
        {subtitle ? <span className="palette-subtitle">{subtitle}</span> : null}
      </div>
      <input
        ref={input}
        className="palette-input"
        role="combobox"
        aria-label="Find or create a tag"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options[activeIndex] ? `${listId}-${activeIndex}` : undefined}
        placeholder="Find or create a tag…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          // Clicking elsewhere closes the palette; clicks inside it keep focus here.
          const next = event.relatedTarget as Node | null;
          if (picked.current) return;
          if (!next || !event.currentTarget.parentElement?.contains(next)) onClose();
        }}
      />
      <ul ref={list} id={listId} className="palette-list" role="listbox" aria-label="Tags">
        {options.length === 0 ? (
          <li className="palette-empty" role="presentation">
            {query.trim()
              ? 'No tag matches'
              : index.byId.size === 0
                ? 'Type a name to create your first tag'
                : 'No other tag to choose'}
          </li>
        ) : null}
        {options.map((option, i) => {
          const section = option.kind === 'tag' ? option.section : 'create';
          const heading =
            section !== lastSection &&
            (section === 'recent' || (section === 'all' && lastSection === 'recent'))
              ? section === 'recent'
                ? 'Recent'
                : 'All tags'
              : null;
          lastSection = section;
          const shortcut = option.kind === 'tag' && number < 9 ? ++number : null;
          return [
            heading ? (
              <li key={`h-${section}`} className="palette-section" role="presentation">
                {heading}
              </li>
            ) : null,
            <li
              key={option.kind === 'tag' ? option.tag.id : 'create'}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={`palette-option${option.kind === 'create' ? ' create' : ''}`}
              onMouseMove={() => setActive(i)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => choose(option, event.shiftKey)}
            >
              {option.kind === 'tag' ? (
                <>
                  <span className="swatch" style={{ background: option.tag.color }} aria-hidden="true" />
                  <span className="palette-name">{option.tag.name}</span>
                  {option.path ? <span className="palette-path">{option.path}</span> : null}
                  {shortcut !== null ? <kbd className="palette-key">{shortcut}</kbd> : null}
                </>
              ) : (
                <>
                  <span className="palette-plus" aria-hidden="true">
                    +
                  </span>
                  <span className="palette-name">
                    Create tag “<strong>{option.name}</strong>”
                    {option.parents.length > 0 ? (
                      <>
                        {' '}
                        under {option.parents.join(' › ')}
                        {option.newParents > 0 ? (
                          <span className="palette-path">
                            {' '}
                            (new: {option.parents.slice(-option.newParents).join(', ')})
                          </span>
                        ) : null}
                      </>
                    ) : null}
                  </span>
                </>
              )}
            </li>,
          ];
        })}
      </ul>
      <div className="palette-foot" aria-hidden="true">
        <span>
          <kbd>↵</kbd> apply
        </span>
        <span>
          <kbd>⇧↵</kbd> add another
        </span>
        <span>
          <kbd>1</kbd>–<kbd>9</kbd> pick
        </span>
        <span>
          <kbd>Esc</kbd> close
        </span>
      </div>
    </div>
  );
}
