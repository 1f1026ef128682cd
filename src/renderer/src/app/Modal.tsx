import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

interface Props {
  /** The visible heading, which also names the dialog; omit for a palette that names itself. */
  title?: ReactNode;
  /** The accessible name when there is no plain-text title (a palette). */
  label?: string;
  /** Extra class of the box (its size and layout): `modal <className>`, or just it when `bare`. */
  className?: string;
  /** A question that needs an answer (Delete? Restore?): announced as an alert dialog. */
  alert?: boolean;
  /** False while Escape and a click outside must not close it (a restore under way). */
  dismissible?: boolean;
  /** What takes the focus when it opens; by default the first field, else the first button. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** A palette draws its own box: no `modal` chrome, no heading. */
  bare?: boolean;
  onClose(): void;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Every dialog's frame, one behaviour for all (WAI-ARIA modal dialog): a backdrop that closes it
 * on a click outside, the heading as its name, focus moved in when it opens, Tab and Shift+Tab
 * kept inside, Escape to close, and the focus given back to where it was when it closes. A
 * dialog opened from inside another one handles its own keys first (they stop there).
 */
export function Modal({
  title,
  label,
  className,
  alert = false,
  dismissible = true,
  initialFocus,
  bare = false,
  onClose,
  children,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const named = title !== undefined && !bare;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first =
      initialFocus?.current ??
      box.current?.querySelector<HTMLElement>('input:not([disabled]), select, textarea') ??
      box.current?.querySelector<HTMLElement>(FOCUSABLE);
    // A palette opened from the editor's slash menu gets the focus after the editor takes it back.
    if (first && !box.current?.contains(document.activeElement)) first.focus({ preventScroll: true });
    return () => {
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
    // Once, on opening: the element to focus is known by then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (event.defaultPrevented) return; // a field inside used Escape itself (closing its list)
      event.preventDefault();
      if (dismissible) onClose();
    } else if (event.key === 'Tab') {
      event.stopPropagation();
      const items = [...(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
        (item) => item.offsetParent !== null || item === document.activeElement,
      );
      const firstItem = items[0];
      const lastItem = items[items.length - 1];
      if (!firstItem || !lastItem) {
        event.preventDefault();
        return;
      }
      if (event.shiftKey && document.activeElement === firstItem) {
        event.preventDefault();
        lastItem.focus();
      } else if (!event.shiftKey && document.activeElement === lastItem) {
        event.preventDefault();
        firstItem.focus();
      }
    }
  }

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget && dismissible) onClose();
      }}
    >
      <div
        ref={box}
        className={bare ? className : `modal${className ? ` ${className}` : ''}`}
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={named ? titleId : undefined}
        aria-label={named ? undefined : label}
        onKeyDown={onKeyDown}
      >
        {named ? (
          <h2 className="modal-title" id={titleId}>
            {title}
          </h2>
        ) : null}
        {children}
      </div>
    </div>
  );
}
