import { memo, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import './codebook.css';
import type { Tag } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { whenIdle } from '../app/whenIdle';
import { useCoding } from './CodingProvider';
import { DeleteTagDialog } from './DeleteTagDialog';
import { MergeTagDialog } from './MergeTagDialog';
import { NameInput } from './NameInput';
import { TagDetails } from './TagDetails';
import { TagMenu, type TagMenuAction } from './TagMenu';
import { descendantIds, flattenTags, foldName, type TagRowInfo } from './tagTree';
import type { TagCommands } from './useTagCommands';

interface Props {
  commands: TagCommands;
  /** The tag whose passages the browser shows. */
  openedTagId: number | null;
  onOpenTag(tagId: number): void;
  onOpenOrphans(): void;
}

type DropWhere = 'before' | 'inside' | 'after';
const DRAG_TYPE = 'application/x-lectern-tag';

/**
 * The codebook: the tag tree with counts, a filter, inline rename (double-click, F2), colours,
 * descriptions, drag to re-parent or reorder (Alt+drop merges), a menu per tag (right-click or
 * ⋯) and the keyboard equivalents of all of it (Alt+↑/↓ reorder, Alt+→/← indent and outdent).
 * Over 300 lines because the tree row, its drag-and-drop and its keys share the pane's state
 * (focus, rename, drop indicator, collapsed set); they are the next to move into a TagRow and
 * useTagDragDrop / useTreeKeys. Dialogs and the name field already live in their own files.
 */
export const CodebookPane = memo(function CodebookPane({
  commands,
  openedTagId,
  onOpenTag,
  onOpenOrphans,
}: Props) {
  const api = useApi();
  const { tags, index, loaded } = useCoding();
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [creating, setCreating] = useState<{ parentId: number | null } | null>(null);
  const [menu, setMenu] = useState<{ tag: Tag; x: number; y: number } | null>(null);
  const [merging, setMerging] = useState<Tag | null>(null);
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const [drop, setDrop] = useState<{ id: number | null; where: DropWhere } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [orphans, setOrphans] = useState(0);
  const tree = useRef<HTMLUListElement>(null);
  const dragged = useRef<number | null>(null);

  useEffect(() => {
    let current = true;
    const count = () =>
      api
        .call('passages-list', { status: 'orphaned', limit: 1 })
        .then((page) => current && setOrphans(page.total))
        .catch(() => undefined);
    void count();
    const refresh = whenIdle(() => void count());
    const off = api.on('on-coding-changed', () => refresh.schedule());
    return () => {
      current = false;
      off();
      refresh.cancel();
    };
  }, [api]);

  const rows = useMemo((): TagRowInfo[] => {
    const wanted = foldName(filter.trim());
    if (!wanted) return flattenTags(index, collapsed);
    const keep = new Set<number>();
    for (const tag of tags) {
      if (!foldName(tag.name).includes(wanted)) continue;
      for (
        let at: Tag | undefined = tag;
        at;
        at = at.parent_id === null ? undefined : index.byId.get(at.parent_id)
      ) {
        keep.add(at.id);
      }
    }
    return flattenTags(index).filter((row) => keep.has(row.tag.id));
  }, [filter, index, collapsed, tags]);

  const focused =
    focusedId !== null && index.byId.has(focusedId) ? focusedId : (openedTagId ?? rows[0]?.tag.id ?? null);
  const detailTag = (openedTagId !== null ? index.byId.get(openedTagId) : undefined) ?? null;

  const focusRow = (id: number): void => {
    setFocusedId(id);
    requestAnimationFrame(() => tree.current?.querySelector<HTMLElement>(`[data-tag-id="${id}"]`)?.focus());
  };

  const siblingsOf = (tag: Tag): Tag[] => index.children.get(tag.parent_id) ?? [];

  function moveBy(tag: Tag, delta: -1 | 1): void {
    const siblings = siblingsOf(tag);
    const at = siblings.findIndex((t) => t.id === tag.id);
    if (delta < 0 && at > 0) void commands.move(tag, tag.parent_id, siblings[at - 1]!.id);
    if (delta > 0 && at < siblings.length - 1)
      void commands.move(tag, tag.parent_id, siblings[at + 2]?.id ?? null);
  }

  function indent(tag: Tag): void {
    const siblings = siblingsOf(tag);
    const previous = siblings[siblings.findIndex((t) => t.id === tag.id) - 1];
    if (!previous) return;
    setCollapsed((old) => withOut(old, previous.id));
    void commands.move(tag, previous.id, null);
  }

  function outdent(tag: Tag): void {
    if (tag.parent_id === null) return;
    const parent = index.byId.get(tag.parent_id);
    if (!parent) return;
    const parentSiblings = siblingsOf(parent);
    const after = parentSiblings[parentSiblings.findIndex((t) => t.id === parent.id) + 1];
    void commands.move(tag, parent.parent_id, after?.id ?? null);
  }

  function onTreeKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
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
    } else if (event.key === 'Enter' || event.key === ' ') onOpenTag(tag.id);
    else if (event.key === 'F2') setRenamingId(tag.id);
    else if (event.key === 'Delete' || event.key === 'Backspace') setDeleting(tag);
    else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      const rect = (event.target as HTMLElement).getBoundingClientRect();
      setMenu({ tag, x: rect.left + 40, y: rect.bottom });
    } else return;
    event.preventDefault();
  }

  function whereIn(event: DragEvent<HTMLElement>): DropWhere {
    const rect = event.currentTarget.getBoundingClientRect();
    const y = (event.clientY - rect.top) / rect.height;
    return y < 0.28 ? 'before' : y > 0.72 ? 'after' : 'inside';
  }

  function canDrop(targetId: number | null): boolean {
    const id = dragged.current;
    if (id === null) return false;
    return targetId === null || !descendantIds(index, id).has(targetId);
  }

  function onDrop(target: Tag | null, where: DropWhere, merge: boolean): void {
    const id = dragged.current;
    dragged.current = null;
    setDragging(false);
    setDrop(null);
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
      setCollapsed((old) => withOut(old, target.id));
      void commands.move(tag, target.id, null);
      return;
    }
    const siblings = siblingsOf(target).filter((t) => t.id !== tag.id);
    const at = siblings.findIndex((t) => t.id === target.id);
    const before = where === 'before' ? target.id : (siblings[at + 1]?.id ?? null);
    void commands.move(tag, target.parent_id, before);
  }

  function onMenu(action: TagMenuAction, tag: Tag): void {
    setMenu(null);
    if (action === 'rename') setRenamingId(tag.id);
    else if (action === 'subtag') {
      setCollapsed((old) => withOut(old, tag.id));
      setCreating({ parentId: tag.id });
    } else if (action === 'merge') setMerging(tag);
    else if (action === 'delete') setDeleting(tag);
    else if (action === 'open') onOpenTag(tag.id);
    else if (action === 'top') void commands.move(tag, null, null);
  }

  return (
    <section className="codebook" aria-label="Codebook">
      <div className="codebook-tools">
        <input
          type="search"
          className="filter-input"
          aria-label="Filter tags"
          placeholder="Filter tags"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter) {
              event.preventDefault();
              setFilter('');
            } else if (event.key === 'ArrowDown' && rows[0]) {
              event.preventDefault();
              focusRow(rows[0].tag.id);
            }
          }}
        />
        <button type="button" className="button small" onClick={() => setCreating({ parentId: null })}>
          + New tag
        </button>
      </div>
      <div className="pane-scroll codebook-scroll">
        {creating?.parentId === null ? (
          <NameInput
            label="New tag name"
            initial=""
            depth={0}
            onDone={(name) => {
              setCreating(null);
              if (name) void commands.create(name, null);
            }}
          />
        ) : null}
        {loaded && tags.length === 0 && !creating ? (
          <div className="empty-state">
            <p className="empty-title">No tags yet</p>
            <p>Select text in the reader and type a name in the palette, or create the first tag here.</p>
          </div>
        ) : null}
        {filter && rows.length === 0 ? (
          <p className="codebook-none muted">No tag matches “{filter.trim()}”.</p>
        ) : null}
        <ul ref={tree} className="tag-tree" role="tree" aria-label="Tags" onKeyDown={onTreeKeyDown}>
          {rows.map((row) => {
            const { tag, depth, hasChildren } = row;
            const expanded = hasChildren ? !collapsed.has(tag.id) || !!filter : undefined;
            const indicator = drop && drop.id === tag.id ? drop.where : null;
            return (
              <li
                key={tag.id}
                role="treeitem"
                aria-level={depth + 1}
                aria-expanded={expanded}
                aria-selected={tag.id === openedTagId}
                aria-label={`${tag.name}, ${tag.total} ${tag.total === 1 ? 'passage' : 'passages'}`}
                data-tag-id={tag.id}
                tabIndex={tag.id === focused ? 0 : -1}
                className={`tag-row${indicator ? ` drop-${indicator}` : ''}`}
                style={{ paddingLeft: 8 + depth * 16 }}
                draggable={renamingId !== tag.id}
                onFocus={(event) => {
                  if (event.target === event.currentTarget) setFocusedId(tag.id);
                }}
                onClick={() => {
                  setFocusedId(tag.id);
                  onOpenTag(tag.id);
                }}
                onDoubleClick={(event) => {
                  event.preventDefault();
                  setRenamingId(tag.id);
                }}
                onContextMenu={(event) => {
                  event.preventDefault();
                  setMenu({ tag, x: event.clientX, y: event.clientY });
                }}
                onDragStart={(event) => {
                  dragged.current = tag.id;
                  setDragging(true);
                  event.dataTransfer.setData(DRAG_TYPE, String(tag.id));
                  event.dataTransfer.setData('text/plain', tag.name);
                  event.dataTransfer.effectAllowed = 'move';
                }}
                onDragEnd={() => {
                  dragged.current = null;
                  setDragging(false);
                  setDrop(null);
                }}
                onDragOver={(event) => {
                  if (!canDrop(tag.id) || dragged.current === tag.id) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = event.altKey ? 'link' : 'move';
                  const where = whereIn(event);
                  if (drop?.id !== tag.id || drop.where !== where) setDrop({ id: tag.id, where });
                }}
                onDragLeave={(event) => {
                  if (!event.currentTarget.contains(event.relatedTarget as Node)) setDrop(null);
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  onDrop(tag, whereIn(event), event.altKey || event.ctrlKey || event.metaKey);
                }}
              >
                {renamingId === tag.id ? (
                  <NameInput
                    label={`Rename ${tag.name}`}
                    initial={tag.name}
                    depth={-1}
                    onDone={(name) => {
                      setRenamingId(null);
                      focusRow(tag.id);
                      if (name && name !== tag.name) void commands.update(tag, { name });
                    }}
                  />
                ) : (
                  <>
                    <span
                      className={`tree-chevron${hasChildren ? '' : ' leaf'}`}
                      aria-hidden="true"
                      onClick={(event) => {
                        event.stopPropagation();
                        if (hasChildren)
                          setCollapsed((old) =>
                            old.has(tag.id) ? withOut(old, tag.id) : withIn(old, tag.id),
                          );
                      }}
                    >
                      {hasChildren ? '›' : ''}
                    </span>
                    <span className="swatch" style={{ background: tag.color }} aria-hidden="true" />
                    <span className="tag-name">{tag.name}</span>
                    {tag.memo ? (
                      <span className="tag-memo-mark" title={tag.memo} aria-hidden="true">
                        ¶
                      </span>
                    ) : null}
                    <span
                      className="tag-count"
                      title={`${tag.count} ${tag.count === 1 ? 'passage' : 'passages'} coded with this tag${
                        hasChildren ? `, ${tag.total} with its sub-tags` : ''
                      }`}
                    >
                      {hasChildren && tag.total !== tag.count ? (
                        <>
                          <span className="tag-count-own">{tag.count} ·</span> {tag.total}
                        </>
                      ) : (
                        tag.count
                      )}
                    </span>
                    <button
                      type="button"
                      className="icon-button small tag-more"
                      aria-label={`Actions for ${tag.name}`}
                      tabIndex={-1}
                      onClick={(event) => {
                        event.stopPropagation();
                        const rect = event.currentTarget.getBoundingClientRect();
                        setMenu({ tag, x: rect.left, y: rect.bottom + 2 });
                      }}
                    >
                      ⋯
                    </button>
                  </>
                )}
                {creating?.parentId === tag.id ? (
                  <NameInput
                    label={`New sub-tag of ${tag.name}`}
                    initial=""
                    depth={1}
                    onDone={(name) => {
                      setCreating(null);
                      if (name) void commands.create(name, tag.id);
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
        {dragging ? (
          <div
            className={`tree-drop-end${drop?.id === null ? ' active' : ''}`}
            onDragOver={(event) => {
              if (!canDrop(null)) return;
              event.preventDefault();
              if (drop?.id !== null) setDrop({ id: null, where: 'after' });
            }}
            onDragLeave={() => setDrop((d) => (d?.id === null ? null : d))}
            onDrop={(event) => {
              event.preventDefault();
              onDrop(null, 'after', false);
            }}
          >
            Drop here for the top level · hold <kbd>Alt</kbd> over a tag to merge into it
          </div>
        ) : null}
        {orphans > 0 ? (
          <button type="button" className="orphans-link" onClick={onOpenOrphans}>
            <span className="orphans-icon" aria-hidden="true">
              !
            </span>
            {orphans} orphaned {orphans === 1 ? 'passage' : 'passages'}
            <span className="muted"> — their text changed; re-attach them</span>
          </button>
        ) : null}
      </div>
      {detailTag ? <TagDetails key={detailTag.id} tag={detailTag} commands={commands} /> : null}
      {menu ? (
        <TagMenu
          tag={menu.tag}
          x={menu.x}
          y={menu.y}
          onAction={(action) => onMenu(action, menu.tag)}
          onClose={() => setMenu(null)}
        />
      ) : null}
      {merging ? (
        <MergeTagDialog
          tag={merging}
          exclude={descendantIds(index, merging.id)}
          onMerge={(into) => {
            setMerging(null);
            void commands.merge(merging, into);
          }}
          onClose={() => setMerging(null)}
        />
      ) : null}
      {deleting ? (
        <DeleteTagDialog
          tag={deleting}
          subtags={descendantIds(index, deleting.id).size - 1}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null);
            void commands.remove(deleting);
          }}
        />
      ) : null}
    </section>
  );
});

function withIn(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  return new Set([...set, id]);
}

function withOut(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}
