import { useRef, useState, type DragEvent, type HTMLAttributes } from 'react';
import type { Tag } from '../../../shared/model';
import { descendantIds, siblingsOf, type TagIndex } from './tagTree';
import type { TagCommands } from './useTagCommands';

export type DropWhere = 'before' | 'inside' | 'after';
const DRAG_TYPE = 'application/x-lectern-tag';

type DragProps = Pick<
  HTMLAttributes<HTMLElement>,
  'onDragStart' | 'onDragEnd' | 'onDragOver' | 'onDragLeave' | 'onDrop'
>;

/** Above the top 28 % of a row: before it; below the bottom 28 %: after it; between: into it. */
function whereIn(event: DragEvent<HTMLElement>): DropWhere {
  const rect = event.currentTarget.getBoundingClientRect();
  const y = (event.clientY - rect.top) / rect.height;
  return y < 0.28 ? 'before' : y > 0.72 ? 'after' : 'inside';
}

/**
 * Dragging tags in the codebook: onto a row's upper or lower edge reorders, onto its middle
 * re-parents (Alt/Ctrl/⌘ merges instead), onto the strip below the tree moves to the top level.
 * A tag never drops into its own sub-tree. `expand` opens a tag that receives a child.
 */
export function useTagDragDrop(index: TagIndex, commands: TagCommands, expand: (id: number) => void) {
  const [drop, setDrop] = useState<{ id: number | null; where: DropWhere } | null>(null);
  const [dragging, setDragging] = useState(false);
  const dragged = useRef<number | null>(null);

  function canDrop(targetId: number | null): boolean {
    const id = dragged.current;
    if (id === null) return false;
    return targetId === null || !descendantIds(index, id).has(targetId);
  }

  function end(): void {
    dragged.current = null;
    setDragging(false);
    setDrop(null);
  }

  function onDrop(target: Tag | null, where: DropWhere, merge: boolean): void {
    const id = dragged.current;
    end();
    const tag = id === null ? undefined : index.byId.get(id);
    if (!tag || (target && target.id === tag.id)) return;
    if (!target) {
      void commands.move(tag, null, null);
      return;
    }
    if (where === 'inside' && merge) {
      void commands.merge(tag, target);
      return;
    }
    if (where === 'inside') {
      expand(target.id);
      void commands.move(tag, target.id, null);
      return;
    }
    const siblings = siblingsOf(index, target).filter((t) => t.id !== tag.id);
    const at = siblings.findIndex((t) => t.id === target.id);
    const before = where === 'before' ? target.id : (siblings[at + 1]?.id ?? null);
    void commands.move(tag, target.parent_id, before);
  }

  /** The drag handlers of one tag's row. */
  function rowProps(tag: Tag): DragProps {
    return {
      onDragStart: (event) => {
        dragged.current = tag.id;
        setDragging(true);
        event.dataTransfer.setData(DRAG_TYPE, String(tag.id));
        event.dataTransfer.setData('text/plain', tag.name);
        event.dataTransfer.effectAllowed = 'move';
      },
      onDragEnd: end,
      onDragOver: (event) => {
        if (!canDrop(tag.id) || dragged.current === tag.id) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = event.altKey ? 'link' : 'move';
        const where = whereIn(event);
        if (drop?.id !== tag.id || drop.where !== where) setDrop({ id: tag.id, where });
      },
      onDragLeave: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node)) setDrop(null);
      },
      onDrop: (event) => {
        event.preventDefault();
        onDrop(tag, whereIn(event), event.altKey || event.ctrlKey || event.metaKey);
      },
    };
  }

  /** The handlers of the strip below the tree (drop for the top level). */
  const topLevelProps: DragProps = {
    onDragOver: (event) => {
      if (!canDrop(null)) return;
      event.preventDefault();
      if (drop?.id !== null) setDrop({ id: null, where: 'after' });
    },
    onDragLeave: () => setDrop((d) => (d?.id === null ? null : d)),
    onDrop: (event) => {
      event.preventDefault();
      onDrop(null, 'after', false);
    },
  };

  return {
    dragging,
    /** Where a drop would land on the row of `id`, for its indicator. */
    indicatorOf: (id: number): DropWhere | null => (drop && drop.id === id ? drop.where : null),
    overTopLevel: drop?.id === null,
    rowProps,
    topLevelProps,
  };
}
