import { MenuOption } from '@lexical/react/LexicalMenuOption';
import type { MenuRenderFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** One row of a typeahead menu: a label, an optional hint on the right and a small icon. */
export class TypeaheadOption extends MenuOption {
  constructor(
    key: string,
    readonly label: string,
    readonly hint: string | null = null,
    readonly glyph: ReactNode = null,
  ) {
    super(key);
  }
}

/**
 * Renders a typeahead's options as a floating listbox at the caret (the slash menu, `[[` links,
 * `#` tags). The mouse never takes focus from the editor; ↑ ↓ Enter Esc are Lexical's.
 */
export function typeaheadMenu<T extends TypeaheadOption>(label: string, empty?: string): MenuRenderFn<T> {
  return function TypeaheadMenuView(
    anchor,
    { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex, options },
  ) {
    if (!anchor.current || (options.length === 0 && !empty)) return null;
    return createPortal(
      <MenuBox label={label}>
        {options.length === 0 ? <div className="typeahead-empty">{empty}</div> : null}
        {options.map((option, index) => (
          <div
            key={option.key}
            ref={(element) => option.setRefElement(element)}
            role="option"
            id={`typeahead-${option.key}`}
            aria-selected={index === selectedIndex}
            className={`typeahead-option${index === selectedIndex ? ' active' : ''}`}
            onMouseEnter={() => setHighlightedIndex(index)}
            onClick={() => {
              setHighlightedIndex(index);
              selectOptionAndCleanUp(option);
            }}
          >
            {option.glyph !== null ? (
              <span className="typeahead-glyph" aria-hidden="true">
                {option.glyph}
              </span>
            ) : null}
            <span className="typeahead-label">{option.label}</span>
            {option.hint ? <span className="typeahead-hint">{option.hint}</span> : null}
          </div>
        ))}
      </MenuBox>,
      anchor.current,
    );
  };
}

/**
 * The menu's box. Lexical places the menu once per keystroke, above the caret when there is no
 * room below; results that arrive later (titles from the engine) make it taller, so a change of
 * size asks Lexical to place it again (it listens for window resizes).
 */
function MenuBox({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    let height = element.offsetHeight;
    const observer = new ResizeObserver(() => {
      if (element.offsetHeight === height) return;
      height = element.offsetHeight;
      window.dispatchEvent(new Event('resize'));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="typeahead"
      role="listbox"
      aria-label={label}
      onMouseDown={(event) => event.preventDefault()}
    >
      {children}
    </div>
  );
}
