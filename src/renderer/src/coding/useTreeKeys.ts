import type { KeyboardEvent } from 'react';
import type { Tag } from '../../../shared/model';
import { siblingsOf, withIn, withOut, type TagIndex, type TagRowInfo } from './tagTree';
import type { TagCommands } from './useTagCommands';

interface TreeKeys {
  rows: TagRowInfo[];
  index: TagIndex;
  focused: number | null;
  collapsed: ReadonlySet<number>;
  setCollapsed(update: (old: ReadonlySet<number>) => ReadonlySet<number>): void;
  focusRow(id: number): void;
  commands: TagCommands;
  onOpen(tagId: number): void;
  onRename(tag: Tag): void;
  onDelete(tag: Tag): void;
  onMenu(tag: Tag, x: number, y: number): void;
}

/**
 * The codebook tree's keys, as the WAI-ARIA tree pattern has them (↑ ↓ Home End, → opens or
 * goes to the first child, ← closes or goes to the parent, Enter opens) plus the keyboard
 * equivalents of dragging: Alt+↑/↓ reorder, Alt+→ indents under the tag above, Alt+← outdents.
 * F2 renames, Delete deletes, the context-menu key or Shift+F10 opens the tag's menu.
 */
export function useTreeKeys(keys: TreeKeys): (event: KeyboardEvent<HTMLUListElement>) => void {
  const { rows, index, focused, collapsed, setCollapsed, focusRow, commands } = keys;

  function moveBy(tag: Tag, delta: -1 | 1): void {
    const siblings = siblingsOf(index, tag);
    const at = siblings.findIndex((t) => t.id === tag.id);
    if (delta < 0 && at > 0) void commands.move(tag, tag.parent_id, siblings[at - 1]!.id);
    if (delta > 0 && at < siblings.length - 1)
      void commands.move(tag, tag.parent_id, siblings[at + 2]?.id ?? null);
  }

  function indent(tag: Tag): void {
    const siblings = siblingsOf(index, tag);
    const previous = siblings[siblings.findIndex((t) => t.id === tag.id) - 1];
    if (!previous) return;
    setCollapsed((old) => withOut(old, previous.id));
    void commands.move(tag, previous.id, null);
  }

  function outdent(tag: Tag): void {
    if (tag.parent_id === null) return;
    const parent = index.byId.get(tag.parent_id);
    if (!parent) return;
    const parentSiblings = siblingsOf(index, parent);
    const after = parentSiblings[parentSiblings.findIndex((t) => t.id === parent.id) + 1];
    void commands.move(tag, parent.parent_id, after?.id ?? null);
  }

  return function onTreeKeyDown(event) {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    const at = rows.findIndex((row) => row.tag.id === focused);
    const row = rows[at];
    if (!row) return;
    const { tag } = row;
    if (event.altKey) {
      if (event.key === 'ArrowUp') moveBy(tag, -1);
      else if (event.key === 'ArrowDown') moveBy(tag, 1);
      else if (event.key === 'ArrowRight') indent(tag);
      else if (event.key === 'ArrowLeft') outdent(tag);
      else return;
      event.preventDefault();
      return;
    }
    if (event.key === 'ArrowDown' && rows[at + 1]) focusRow(rows[at + 1]!.tag.id);
    else if (event.key === 'ArrowUp' && rows[at - 1]) focusRow(rows[at - 1]!.tag.id);
    else if (event.key === 'Home' && rows[0]) focusRow(rows[0].tag.id);
    else if (event.key === 'End' && rows.length > 0) focusRow(rows[rows.length - 1]!.tag.id);
    else if (event.key === 'ArrowRight' && row.hasChildren) {
      if (collapsed.has(tag.id)) setCollapsed((old) => withOut(old, tag.id));
      else if (rows[at + 1]) focusRow(rows[at + 1]!.tag.id);
    } else if (event.key === 'ArrowLeft') {
      if (row.hasChildren && !collapsed.has(tag.id)) setCollapsed((old) => withIn(old, tag.id));
      else if (tag.parent_id !== null) focusRow(tag.parent_id);
    } else if (event.key === 'Enter' || event.key === ' ') keys.onOpen(tag.id);
    else if (event.key === 'F2') keys.onRename(tag);
    else if (event.key === 'Delete' || event.key === 'Backspace') keys.onDelete(tag);
    else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      const rect = (event.target as HTMLElement).getBoundingClientRect();
      keys.onMenu(tag, rect.left + 40, rect.bottom);
    } else return;
    event.preventDefault();
  };
}
