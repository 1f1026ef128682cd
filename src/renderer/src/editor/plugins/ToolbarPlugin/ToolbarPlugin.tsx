import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LinkIcon, ListIcon, TableIcon, UndoIcon } from '../../../app/icons';
import { ToolButton } from './ToolButton';
import {
  $readToolbarState,
  BLOCK_LABELS,
  normaliseUrl,
  setBlockType,
  type Block,
  type ToolbarState,
} from './utils';

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
          const next = editorState.read($readToolbarState);
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

  const setBlock = (block: Block) => setBlockType(editor, block, state.block);

  function applyLink(): void {
    const url = normaliseUrl(linkDraft ?? '');
    setLinkDraft(null);
    if (url) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    editor.focus();
  }

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
      {FORMATS.map(([format, label, glyph, keys, optional]) => (
        <ToolButton
          key={format}
          label={label}
          keys={keys}
          optional={optional}
          pressed={state.formats.includes(`${format},`)}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </ToolButton>
      ))}
      {linkDraft === null ? (
        <ToolButton
          label={state.link ? 'Remove link' : 'Link'}
          pressed={state.link}
          onClick={() => {
            if (state.link) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
            else setLinkDraft('https://');
          }}
        >
          <LinkIcon className="tool-svg" />
        </ToolButton>
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
      <ToolButton label="Bulleted list" pressed={state.block === 'bullet'} onClick={() => setBlock('bullet')}>
        <ListIcon kind="bullet" className="tool-svg" />
      </ToolButton>
      <ToolButton label="Numbered list" pressed={state.block === 'number'} onClick={() => setBlock('number')}>
        <ListIcon kind="number" className="tool-svg" />
      </ToolButton>
      <ToolButton label="Check list" pressed={state.block === 'check'} onClick={() => setBlock('check')}>
        <ListIcon kind="check" className="tool-svg" />
      </ToolButton>
      <ToolButton
        label="Block quote"
        pressed={state.block === 'quote'}
        onClick={() => setBlock(state.block === 'quote' ? 'paragraph' : 'quote')}
      >
        <span className="tool-glyph serif">❝</span>
      </ToolButton>
      <ToolButton
        label="Code block"
        optional
        pressed={state.block === 'code'}
        onClick={() => setBlock(state.block === 'code' ? 'paragraph' : 'code')}
      >
        <span className="tool-glyph mono">{'{}'}</span>
      </ToolButton>
      <ToolButton
        label="Insert table"
        onClick={() =>
          editor.dispatchCommand(INSERT_TABLE_COMMAND, {
            rows: '3',
            columns: '3',
            includeHeaders: { rows: true, columns: false },
          })
        }
      >
        <TableIcon className="tool-svg" />
      </ToolButton>
      <ToolButton
        label="Insert divider"
        optional
        onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
      >
        <span className="tool-glyph">―</span>
      </ToolButton>
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
      <ToolButton
        label="Undo"
        keys="Ctrl+Z"
        optional
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <UndoIcon className="tool-svg" />
      </ToolButton>
      <ToolButton
        label="Redo"
        keys="Ctrl+Shift+Z"
        optional
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <UndoIcon redo className="tool-svg" />
      </ToolButton>
    </div>
  );
}
