import type { HTMLAttributes } from 'react';
import type { Tag } from '../../../shared/model';
import { ChevronIcon, MoreIcon } from '../app/icons';
import { NameInput } from './NameInput';
import type { TagRowInfo } from './tagTree';
import type { DropWhere } from './useTagDragDrop';

interface Props {
  row: TagRowInfo;
  /** Undefined for a leaf; true while its sub-tags show. */
  expanded: boolean | undefined;
  /** The tag whose passages the centre lists. */
  selected: boolean;
  /** The row the tree's roving tab stop is on. */
  focused: boolean;
  renaming: boolean;
  creatingSubtag: boolean;
  /** Where a dragged tag would land on this row. */
  indicator: DropWhere | null;
  dragProps: Pick<
    HTMLAttributes<HTMLElement>,
    'onDragStart' | 'onDragEnd' | 'onDragOver' | 'onDragLeave' | 'onDrop'
  >;
  onFocus(tag: Tag): void;
  onOpen(tag: Tag): void;
  onStartRename(tag: Tag): void;
  onRenamed(tag: Tag, name: string | null): void;
  onCreated(parent: Tag, name: string | null): void;
  onToggle(tag: Tag): void;
  onMenu(tag: Tag, x: number, y: number): void;
}

/**
 * One tag in the codebook tree: chevron, colour, name, a ¶ when it has a description, its
 * passage count (own · with sub-tags) and a ⋯ menu button; or the rename field in its place.
 */
export function TagRow({
  row,
  expanded,
  selected,
  focused,
  renaming,
  creatingSubtag,
  indicator,
  dragProps,
  onFocus,
  onOpen,
  onStartRename,
  onRenamed,
  onCreated,
  onToggle,
  onMenu,
}: Props) {
  const { tag, depth, hasChildren } = row;
  return (
    <li
      role="treeitem"
      aria-level={depth + 1}
      aria-expanded={expanded}
      aria-selected={selected}
      aria-label={`${tag.name}, ${tag.total} ${tag.total === 1 ? 'passage' : 'passages'}`}
      data-tag-id={tag.id}
      tabIndex={focused ? 0 : -1}
      className={`tag-row${indicator ? ` drop-${indicator}` : ''}`}
      style={{ paddingLeft: 8 + depth * 16 }}
      draggable={!renaming}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus(tag);
      }}
      onClick={() => {
        onFocus(tag);
        onOpen(tag);
      }}
      onDoubleClick={(event) => {
        event.preventDefault();
        onStartRename(tag);
      }}
      onContextMenu={(event) => {
        event.preventDefault();
        onMenu(tag, event.clientX, event.clientY);
      }}
      {...dragProps}
    >
      {renaming ? (
        <NameInput
          label={`Rename ${tag.name}`}
          initial={tag.name}
          depth={-1}
          onDone={(name) => onRenamed(tag, name)}
        />
      ) : (
        <>
          <span
            className={`tree-chevron${hasChildren ? '' : ' leaf'}`}
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              if (hasChildren) onToggle(tag);
            }}
          >
            {hasChildren ? <ChevronIcon size={13} /> : null}
          </span>
          <span className="swatch" style={{ background: tag.color }} aria-hidden="true" />
          <span className="tag-name">{tag.name}</span>
          {tag.memo ? (
            <span className="tag-memo-mark" title={tag.memo} aria-hidden="true">
              ¶
            </span>
          ) : null}
          <TagCount tag={tag} hasChildren={hasChildren} />
          <button
            type="button"
            className="icon-button small tag-more"
            aria-label={`Actions for ${tag.name}`}
            tabIndex={-1}
            onClick={(event) => {
              event.stopPropagation();
              const rect = event.currentTarget.getBoundingClientRect();
              onMenu(tag, rect.left, rect.bottom + 2);
            }}
          >
            <MoreIcon size={14} />
          </button>
        </>
      )}
      {creatingSubtag ? (
        <NameInput
          label={`New sub-tag of ${tag.name}`}
          initial=""
          depth={1}
          onDone={(name) => onCreated(tag, name)}
        />
      ) : null}
    </li>
  );
}

/** "3" for a tag's own passages, "1 · 3" when its sub-tags add to them. */
function TagCount({ tag, hasChildren }: { tag: Tag; hasChildren: boolean }) {
  return (
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
  );
}
