import { memo, useMemo, useRef, useState } from 'react';
import './codebook.css';
import type { Tag } from '../../../shared/model';
import { AlertIcon } from '../app/icons';
import { useEngineQuery } from '../app/useEngineQuery';
import { useCoding } from './CodingProvider';
import { DeleteTagDialog } from './DeleteTagDialog';
import { MergeTagDialog } from './MergeTagDialog';
import { NameInput } from './NameInput';
import { TagDetails } from './TagDetails';
import { TagMenu, type TagMenuAction } from './TagMenu';
import { TagRow } from './TagRow';
import { descendantIds, flattenTags, foldName, withIn, withOut, type TagRowInfo } from './tagTree';
import { useTagDragDrop } from './useTagDragDrop';
import type { TagCommands } from './useTagCommands';
import { useTreeKeys } from './useTreeKeys';

interface Props {
  commands: TagCommands;
  /** The tag whose passages the browser shows. */
  openedTagId: number | null;
  onOpenTag(tagId: number): void;
  onOpenOrphans(): void;
}

/**
 * The codebook: the tag tree with counts, a filter, inline rename (double-click, F2), colours,
 * descriptions, drag to re-parent or reorder (Alt+drop merges), a menu per tag (right-click or
 * ⋯) and the keyboard equivalents of all of it (Alt+↑/↓ reorder, Alt+→/← indent and outdent).
 * The pane holds the tree's state (filter, collapsed set, focus, rename, menu, dialogs); the row
 * is TagRow, the dragging useTagDragDrop, the keys useTreeKeys.
 */
export const CodebookPane = memo(function CodebookPane({
  commands,
  openedTagId,
  onOpenTag,
  onOpenOrphans,
}: Props) {
  const { tags, index, loaded } = useCoding();
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [creating, setCreating] = useState<{ parentId: number | null } | null>(null);
  const [menu, setMenu] = useState<{ tag: Tag; x: number; y: number } | null>(null);
  const [merging, setMerging] = useState<Tag | null>(null);
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const tree = useRef<HTMLUListElement>(null);
  const expand = (id: number) => setCollapsed((old) => withOut(old, id));
  const drag = useTagDragDrop(index, commands, expand);

  const orphans =
    useEngineQuery(
      'orphans',
      async (api) => (await api.call('passages-list', { status: 'orphaned', limit: 1 })).total,
      { refreshOn: { 'on-coding-changed': true }, fallback: 0 },
    ).data ?? 0;

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

  const openMenu = (tag: Tag, x: number, y: number) => setMenu({ tag, x, y });
  const onTreeKeyDown = useTreeKeys({
    rows,
    index,
    focused,
    collapsed,
    setCollapsed,
    focusRow,
    commands,
    onOpen: onOpenTag,
    onRename: (tag) => setRenamingId(tag.id),
    onDelete: setDeleting,
    onMenu: openMenu,
  });

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
          {rows.map((row) => (
            <TagRow
              key={row.tag.id}
              row={row}
              expanded={row.hasChildren ? !collapsed.has(row.tag.id) || !!filter : undefined}
              selected={row.tag.id === openedTagId}
              focused={row.tag.id === focused}
              renaming={renamingId === row.tag.id}
              creatingSubtag={creating?.parentId === row.tag.id}
              indicator={drag.indicatorOf(row.tag.id)}
              dragProps={drag.rowProps(row.tag)}
              onFocus={(tag) => setFocusedId(tag.id)}
              onOpen={(tag) => onOpenTag(tag.id)}
              onStartRename={(tag) => setRenamingId(tag.id)}
              onRenamed={(tag, name) => {
                setRenamingId(null);
                focusRow(tag.id);
                if (name && name !== tag.name) void commands.update(tag, { name });
              }}
              onCreated={(parent, name) => {
                setCreating(null);
                if (name) void commands.create(name, parent.id);
              }}
              onToggle={(tag) =>
                setCollapsed((old) => (old.has(tag.id) ? withOut(old, tag.id) : withIn(old, tag.id)))
              }
              onMenu={openMenu}
            />
          ))}
        </ul>
        {drag.dragging ? (
          <div className={`tree-drop-end${drag.overTopLevel ? ' active' : ''}`} {...drag.topLevelProps}>
            Drop here for the top level · hold <kbd>Alt</kbd> over a tag to merge into it
          </div>
        ) : null}
        {orphans > 0 ? (
          <button type="button" className="orphans-link" onClick={onOpenOrphans}>
            <span className="orphans-icon" aria-hidden="true">
              <AlertIcon size={12} />
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
