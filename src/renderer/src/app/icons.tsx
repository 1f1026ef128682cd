import type { ReactNode } from 'react';

/**
 * Lectern's icons, all in one place and drawn alike: a 16-unit grid, strokes in `currentColor`
 * (so an icon takes its button's colour, hover and dark theme with it), round joins, hidden from
 * screen readers (the button around an icon carries the name). Sized 1em unless told, so an icon
 * in text is as tall as the text. About twenty icons do not justify a package; these are drawn
 * for the app's own meanings (a note beside the reader, the orphaned-passage mark).
 */
interface IconProps {
  className?: string;
  /** Width and height in px; 1em by default. */
  size?: number;
}

function Svg({
  className,
  size,
  viewBox = '0 0 16 16',
  children,
}: IconProps & { viewBox?: string; children: ReactNode }) {
  const side = size ?? '1em';
  return (
    <svg
      viewBox={viewBox}
      width={side}
      height={side}
      className={className}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

/** The app's mark: a page with lines of text, folded at the corner. */
export function BrandIcon(props: IconProps) {
  return (
    <Svg {...props} viewBox="0 0 20 20">
      <path d="M4 3.5h8.5L16 7v9.5H4z" {...stroke} strokeWidth="1.4" />
      <path d="M7 9h6M7 11.5h6M7 14h4" {...stroke} strokeWidth="1.4" />
    </Svg>
  );
}

export function SearchIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="7" cy="7" r="4.5" {...stroke} strokeWidth="1.5" />
      <path d="m10.5 10.5 3.5 3.5" {...stroke} strokeWidth="1.5" />
    </Svg>
  );
}

/** An arrow into a tray: import. */
export function ImportIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" {...stroke} strokeWidth="1.5" />
    </Svg>
  );
}

/** The import arrow drawn large (the drop overlay), with a finer stroke for its size. */
export function DropIcon(props: IconProps) {
  return (
    <Svg {...props} viewBox="0 0 48 48">
      <path d="M24 8v22M15 21l9 9 9-9M10 38h28" {...stroke} strokeWidth="2.5" />
    </Svg>
  );
}

export function TrashIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" {...stroke} strokeWidth="1.2" />
    </Svg>
  );
}

export function CloseIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="m4 4 8 8M12 4l-8 8" {...stroke} strokeWidth="1.4" />
    </Svg>
  );
}

/** Three dots: more actions. */
export function MoreIcon(props: IconProps) {
  return (
    <Svg {...props}>
      {[3.5, 8, 12.5].map((x) => (
        <circle key={x} cx={x} cy="8" r="1.2" fill="currentColor" />
      ))}
    </Svg>
  );
}

/** Points right; CSS turns it down for an open tree row. */
export function ChevronIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="m6 3.5 4.5 4.5L6 12.5" {...stroke} strokeWidth="1.5" />
    </Svg>
  );
}

/** A small filled triangle after a menu button's label. */
export function CaretDownIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 6h8l-4 5z" fill="currentColor" />
    </Svg>
  );
}

/** Something needs the researcher's attention (orphaned passages, a failed file). */
export function AlertIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 3.5v6" {...stroke} strokeWidth="2" />
      <circle cx="8" cy="12.5" r="1.1" fill="currentColor" />
    </Svg>
  );
}

/** The window with the pane a note would move to shaded: beside the reader, or the centre. */
export function PlaceIcon({ place, ...props }: IconProps & { place: 'side' | 'centre' }) {
  const { dividers, pane } =
    place === 'side'
      ? { dividers: 'M9.5 2.5v11', pane: 'M10 3h4v10h-4z' }
      : { dividers: 'M5.5 2.5v11M10.5 2.5v11', pane: 'M6 3h4v10H6z' };
  return (
    <Svg {...props}>
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" {...stroke} strokeWidth="1.2" />
      <path d={dividers} stroke="currentColor" strokeWidth="1.2" />
      <path d={pane} fill="currentColor" opacity="0.35" />
    </Svg>
  );
}

export function ListIcon({ kind, ...props }: IconProps & { kind: 'bullet' | 'number' | 'check' }) {
  return (
    <Svg {...props}>
      {[4, 8, 12].map((y, i) =>
        kind === 'bullet' ? (
          <circle key={y} cx="3" cy={y} r="1.2" fill="currentColor" />
        ) : kind === 'number' ? (
          <text key={y} x="1" y={y + 2} fontSize="5" fill="currentColor">
            {i + 1}
          </text>
        ) : (
          <rect key={y} x="1.3" y={y - 1.7} width="3.4" height="3.4" rx="0.6" {...stroke} strokeWidth="1" />
        ),
      )}
      {[4, 8, 12].map((y) => (
        <path key={`l${y}`} d={`M7 ${y}h8`} {...stroke} strokeWidth="1.3" />
      ))}
    </Svg>
  );
}

export function LinkIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path
        d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.3-2.3a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.2 9.1a2.6 2.6 0 0 0 3.7 3.7l.9-.9"
        {...stroke}
        strokeWidth="1.4"
      />
    </Svg>
  );
}

export function TableIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" {...stroke} strokeWidth="1.2" />
      <path d="M1.5 6.5h13M1.5 10h13M6 6.5v7M10.5 6.5v7" stroke="currentColor" strokeWidth="1.1" />
    </Svg>
  );
}

/** A curved arrow back (undo); `redo` mirrors it. */
export function UndoIcon({ redo = false, ...props }: IconProps & { redo?: boolean }) {
  return (
    <Svg {...props}>
      <g transform={redo ? 'matrix(-1 0 0 1 16 0)' : undefined}>
        <path d="M5.5 4 2.5 7l3 3" {...stroke} strokeWidth="1.4" />
        <path d="M2.5 7h7a3.5 3.5 0 0 1 0 7H7" {...stroke} strokeWidth="1.4" />
      </g>
    </Svg>
  );
}
