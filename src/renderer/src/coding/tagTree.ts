import type { Tag } from '../../../shared/model';

export interface TagIndex {
  byId: Map<number, Tag>;
  /** Children in codebook order; `null` holds the top level. */
  children: Map<number | null, Tag[]>;
}

/** Indexes a `tags-list` answer (already in codebook order: parent, sort, name). */
export function indexTags(tags: readonly Tag[]): TagIndex {
  const byId = new Map<number, Tag>();
  const children = new Map<number | null, Tag[]>();
  for (const tag of tags) byId.set(tag.id, tag);
  for (const tag of tags) {
    // A parent missing from the list (mid-update) puts the tag at the top rather than losing it.
    const parent = tag.parent_id !== null && byId.has(tag.parent_id) ? tag.parent_id : null;
    const list = children.get(parent);
    if (list) list.push(tag);
    else children.set(parent, [tag]);
  }
  return { byId, children };
}

export interface TagRowInfo {
  tag: Tag;
  depth: number;
  hasChildren: boolean;
}

/** The tree as rows in display order, skipping the insides of collapsed tags. */
export function flattenTags(index: TagIndex, collapsed: ReadonlySet<number> = new Set()): TagRowInfo[] {
  const rows: TagRowInfo[] = [];
  const walk = (parent: number | null, depth: number): void => {
    for (const tag of index.children.get(parent) ?? []) {
      const hasChildren = (index.children.get(tag.id)?.length ?? 0) > 0;
      rows.push({ tag, depth, hasChildren });
      if (hasChildren && !collapsed.has(tag.id)) walk(tag.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** "Politics › Diplomacy": the names from the top of the tree down to the tag's parent. */
export function parentPath(index: TagIndex, tag: Tag): string {
  const names: string[] = [];
  let at = tag.parent_id === null ? undefined : index.byId.get(tag.parent_id);
  for (let guard = 0; at && guard < 50; guard++) {
    names.unshift(at.name);
    at = at.parent_id === null ? undefined : index.byId.get(at.parent_id);
  }
  return names.join(' › ');
}

/** The tag and everything below it. */
export function descendantIds(index: TagIndex, id: number): Set<number> {
  const ids = new Set<number>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const child of index.children.get(stack.pop()!) ?? []) {
      if (!ids.has(child.id)) {
        ids.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return ids;
}

/** Case- and accent-insensitive form for filtering names as the user types. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `set` with `id` added (a new set, for React state). */
export function withIn(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  return new Set([...set, id]);
}

/** `set` without `id`; the same set when it was not there, so state does not change needlessly. */
export function withOut(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}

/** The tag's siblings (itself included) in codebook order. */
export function siblingsOf(index: TagIndex, tag: Tag): Tag[] {
  return index.children.get(tag.parent_id) ?? [];
}
