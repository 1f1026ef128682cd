import { $createCodeNode, $isCodeNode } from '@lexical/code';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { $setBlockType } from '../../blockType';

type Block = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'code' | 'bullet' | 'number' | 'check' | 'other';

interface ToolbarState {
  block: Block;
  formats: string;
  link: boolean;
}

const BLOCK_LABELS: Array<[Block, string]> = [
  ['paragraph', 'Text'],
  ['h1', 'Heading 1'],
  ['h2', 'Heading 2'],
  ['h3', 'Heading 3'],
  ['quote', 'Block quote'],
  ['code', 'Code block'],
  ['bullet', 'Bulleted list'],
  ['number', 'Numbered list'],
  ['check', 'Check list'],
];

/** Format, label, glyph, keys, and whether the narrow (beside the reader) toolbar leaves it out. */
const FORMATS: Array<[TextFormatType, string, ReactNode, string, boolean]> = [
  ['bold', 'Bold', <b key="b">B</b>, 'Ctrl+B', false],
  ['italic', 'Italic', <i key="i">I</i>, 'Ctrl+I', false],
  ['underline', 'Underline', <u key="u">U</u>, 'Ctrl+U', true],
  ['strikethrough', 'Strikethrough', <s key="s">S</s>, '', true],
  ['code', 'Inline code', <code key="c">{'<>'}</code>, '', true],
];

/** The formatting bar above a note: block type, text formats, link, lists, inserts, undo/redo. */
export function ToolbarPlugin({ onQuotePalette }: { onQuotePalette(): void }) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({ block: 'paragraph', formats: '', link: false });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      mergeRegister(
        // Reads only the selection: constant work per keystroke, and no re-render unless it changed.
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(readToolbarState);
          if (next) {
            setState((current) =>
              current.block === next.block && current.formats === next.formats && current.link === next.link
                ? current
                : next,
            );
          }
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  useEffect(() => {
    if (linkDraft !== null) linkInput.current?.focus();
  }, [linkDraft]);

  function setBlock(block: Block): void {
    if (block === 'bullet') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else if (block === 'number') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    else if (block === 'check') editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
    else {
      if (['bullet', 'number', 'check'].includes(state.block))
        editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      editor.update(() => {
        if (block === 'paragraph') $setBlockType(() => $createParagraphNode());
        else if (block === 'h1' || block === 'h2' || block === 'h3')
          $setBlockType(() => $createHeadingNode(block));
        else if (block === 'quote') $setBlockType(() => $createQuoteNode());
        else if (block === 'code') $setBlockType(() => $createCodeNode());
      });
    }
    editor.focus();
  }

  function applyLink(): void {
    const url = normaliseUrl(linkDraft ?? '');
    setLinkDraft(null);
    if (url) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    editor.focus();
  }

  const button = (
    label: string,
    glyph: ReactNode,
    run: () => void,
    options: { pressed?: boolean; disabled?: boolean; keys?: string; optional?: boolean } = {},
  ) => (
    <button
      key={label}
      type="button"
      className={`tool${options.optional ? ' tool-optional' : ''}`}
      aria-label={label}
      title={options.keys ? `${label} (${options.keys})` : label}
      aria-pressed={options.pressed}
      disabled={options.disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {glyph}
    </button>
  );

  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting">
      <select
        className="tool-select"
        aria-label="Block type"
        value={state.block === 'other' ? 'paragraph' : state.block}
        onChange={(event) => setBlock(event.target.value as Block)}
      >
        {BLOCK_LABELS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <span className="tool-sep" aria-hidden="true" />
      {FORMATS.map(([format, label, glyph, keys, optional]) =>
        button(label, glyph, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format), {
          pressed: state.formats.includes(`${format},`),
          keys,
          optional,
        }),
      )}
      {linkDraft === null ? (
        button(
          state.link ? 'Remove link' : 'Link',
          <LinkGlyph />,
          () => {
            if (state.link) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
            else setLinkDraft('https://');
          },
          { pressed: state.link },
        )
      ) : (
        <input
          ref={linkInput}
          className="tool-link-input"
          aria-label="Link address"
          value={linkDraft}
          onChange={(event) => setLinkDraft(event.target.value)}
          onBlur={() => setLinkDraft(null)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              applyLink();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              setLinkDraft(null);
              editor.focus();
            }
          }}
        />
      )}
      <span className="tool-sep" aria-hidden="true" />
      {button('Bulleted list', <ListGlyph kind="bullet" />, () => setBlock('bullet'), {
        pressed: state.block === 'bullet',
      })}
      {button('Numbered list', <ListGlyph kind="number" />, () => setBlock('number'), {
        pressed: state.block === 'number',
      })}
      {button('Check list', <ListGlyph kind="check" />, () => setBlock('check'), {
        pressed: state.block === 'check',
      })}
      {button(
        'Block quote',
        <span className="tool-glyph serif">❝</span>,
        () => setBlock(state.block === 'quote' ? 'paragraph' : 'quote'),
        { pressed: state.block === 'quote' },
      )}
      {button(
        'Code block',
        <span className="tool-glyph mono">{'{}'}</span>,
        () => setBlock(state.block === 'code' ? 'paragraph' : 'code'),
        { pressed: state.block === 'code', optional: true },
      )}
      {button('Insert table', <TableGlyph />, () =>
        editor.dispatchCommand(INSERT_TABLE_COMMAND, {
          rows: '3',
          columns: '3',
          includeHeaders: { rows: true, columns: false },
        }),
      )}
      {button(
        'Insert divider',
        <span className="tool-glyph">―</span>,
        () => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined),
        { optional: true },
      )}
      <span className="tool-sep" aria-hidden="true" />
      <button
        type="button"
        className="tool tool-text"
        aria-label="Quote…"
        title="Quote a passage from your sources (or drag one in from the reader)"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onQuotePalette}
      >
        <span className="tool-glyph serif" aria-hidden="true">
          ❞
        </span>
        <span className="tool-label">Quote…</span>
      </button>
      <span className="tool-spacer" />
      {button(
        'Undo',
        <span className="tool-glyph">↶</span>,
        () => editor.dispatchCommand(UNDO_COMMAND, undefined),
        { disabled: !canUndo, keys: 'Ctrl+Z', optional: true },
      )}
      {button(
        'Redo',
        <span className="tool-glyph">↷</span>,
        () => editor.dispatchCommand(REDO_COMMAND, undefined),
        { disabled: !canRedo, keys: 'Ctrl+Shift+Z', optional: true },
      )}
    </div>
  );
}

function readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  let block: Block = 'other';
  if (top === null || top.getType() === 'paragraph') block = 'paragraph';
  else if ($isHeadingNode(top))
    block = ['h1', 'h2', 'h3'].includes(top.getTag()) ? (top.getTag() as Block) : 'h3';
  else if ($isQuoteNode(top)) block = 'quote';
  else if ($isCodeNode(top)) block = 'code';
  else if ($isListNode(top)) {
    const list = $findMatchingParent(anchor, $isListNode) ?? top;
    block = $isListNode(list) ? (list.getListType() as Block) : 'bullet';
  }
  const formats = (['bold', 'italic', 'underline', 'strikethrough', 'code'] as const)
    .filter((format) => selection.hasFormat(format))
    .map((format) => `${format},`)
    .join('');
  const link = $findMatchingParent(anchor, $isLinkNode) !== null;
  return { block, formats, link };
}

function normaliseUrl(text: string): string | null {
  const url = text.trim();
  if (!url || url === 'https://') return null;
  if (/^(https?:|mailto:)/i.test(url)) return url;
  if (/^[\w.-]+\.[a-z]{2,}/i.test(url)) return `https://${url}`;
  return null;
}

function ListGlyph({ kind }: { kind: 'bullet' | 'number' | 'check' }) {
  return (
    <svg viewBox="0 0 16 16" className="tool-svg" aria-hidden="true">
      {[4, 8, 12].map((y, i) =>
        kind === 'bullet' ? (
          <circle key={y} cx="3" cy={y} r="1.2" fill="currentColor" />
        ) : kind === 'number' ? (
          <text key={y} x="1" y={y + 2} fontSize="5" fill="currentColor">
            {i + 1}
          </text>
        ) : (
          <rect
            key={y}
            x="1.3"
            y={y - 1.7}
            width="3.4"
            height="3.4"
            rx="0.6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1"
          />
        ),
      )}
      {[4, 8, 12].map((y) => (
        <path key={`l${y}`} d={`M7 ${y}h8`} stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
      ))}
    </svg>
  );
}

function LinkGlyph() {
  return (
    <svg viewBox="0 0 16 16" className="tool-svg" aria-hidden="true">
      <path
        d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.3-2.3a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.2 9.1a2.6 2.6 0 0 0 3.7 3.7l.9-.9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </svg>
  );
}

function TableGlyph() {
  return (
    <svg viewBox="0 0 16 16" className="tool-svg" aria-hidden="true">
      <rect
        x="1.5"
        y="2.5"
        width="13"
        height="11"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.2"
      />
      <path d="M1.5 6.5h13M1.5 10h13M6 6.5v7M10.5 6.5v7" stroke="currentColor" strokeWidth="1.1" />
    </svg>
  );
}
