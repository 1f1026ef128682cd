import type { Tag } from '../../../shared/model';
import { flattenTags, foldName, parentPath, type TagIndex } from './tagTree';

export type PaletteOption =
  | { kind: 'tag'; tag: Tag; path: string; section: 'recent' | 'all' | 'match' }
  | {
      kind: 'create';
      /** The new tag's name (the last part of what was typed). */
      name: string;
      /** Names of its parents from the top, as typed ("Actors" for `Actors/Russia`). */
      parents: string[];
      /** How many of those parents do not exist yet and will be created too. */
      newParents: number;
      /** What to hand to `createTagPath`: the parts joined with "/". */
      path: string;
    };

const RECENT_SHOWN = 5;

/** "Actors / Russia " → ["Actors", "Russia"]: a typed tag path, empty parts dropped. */
export function splitTagPath(query: string): string[] {
  return query
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '');
}

/** The tag at a path of names from the top (folded comparison), or null with how far it got. */
export function findTagPath(
  index: TagIndex,
  names: readonly string[],
): { found: Tag | null; existing: Tag[] } {
  const existing: Tag[] = [];
  let parent: number | null = null;
  for (const name of names) {
    const wanted = foldName(name);
    const next: Tag | undefined = (index.children.get(parent) ?? []).find(
      (tag) => foldName(tag.name) === wanted,
    );
    if (!next) return { found: null, existing };
    existing.push(next);
    parent = next.id;
  }
  return { found: existing.at(-1) ?? null, existing };
}

/**
 * What the tag palette lists for a query: with nothing typed, recent tags first and then the
 * whole codebook in tree order; with a query, the tags whose name (or path) contains it, best
 * first (exact, then prefix, then recent). "Create tag …" comes only when no tag anywhere in the
 * tree has that name — an existing tag is offered instead of a second one. A query with "/" is a
 * path: `Actors/Russia` matches Russia under Actors, or offers to create it there (and Actors too
 * when it does not exist yet).
 */
export function paletteOptions(
  index: TagIndex,
  recent: readonly number[],
  query: string,
  exclude: ReadonlySet<number>,
): PaletteOption[] {
  const parts = splitTagPath(query);
  const isPath = parts.length > 1;
  const wanted = foldName(isPath ? parts.join('/') : (parts[0] ?? ''));
  const all = flattenTags(index)
    .map((row) => row.tag)
    .filter((tag) => !exclude.has(tag.id));
  if (!wanted) {
    const recentTags = recent
      .map((id) => index.byId.get(id))
      .filter((tag): tag is Tag => !!tag && !exclude.has(tag.id))
      .slice(0, RECENT_SHOWN);
    const shown = new Set(recentTags.map((tag) => tag.id));
    return [
      ...recentTags.map((tag) => ({
        kind: 'tag' as const,
        tag,
        path: parentPath(index, tag),
        section: 'recent' as const,
      })),
      ...all
        .filter((tag) => !shown.has(tag.id))
        .map((tag) => ({ kind: 'tag' as const, tag, path: parentPath(index, tag), section: 'all' as const })),
    ];
  }
  const recentRank = new Map(recent.map((id, i) => [id, i]));
  const scored: Array<{ tag: Tag; path: string; score: number; order: number }> = [];
  all.forEach((tag, order) => {
    const path = parentPath(index, tag);
    const name = foldName(isPath ? fullPath(path, tag) : tag.name);
    let score: number;
    if (name === wanted) score = 0;
    else if (name.startsWith(wanted)) score = 1;
    else if (name.split(/[\s\-_/]+/).some((word) => word.startsWith(wanted))) score = 2;
    else if (name.includes(wanted)) score = 3;
    else if (!isPath && foldName(path).includes(wanted)) score = 4;
    else return;
    scored.push({
      tag,
      path,
      score,
      order: recentRank.has(tag.id) ? -1000 + recentRank.get(tag.id)! : order,
    });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  const options: PaletteOption[] = scored.map(({ tag, path }) => ({
    kind: 'tag',
    tag,
    path,
    section: 'match',
  }));
  // A name that exists anywhere (already applied ones included) is never created twice.
  const exists = isPath
    ? findTagPath(index, parts).found !== null
    : [...index.byId.values()].some((tag) => foldName(tag.name) === wanted);
  if (!exists) {
    const { existing } = findTagPath(index, parts.slice(0, -1));
    options.push({
      kind: 'create',
      name: parts.at(-1)!,
      parents: parts.slice(0, -1),
      newParents: parts.length - 1 - existing.length,
      path: parts.join('/'),
    });
  }
  return options;
}

/** "Actors/Russia": the names from the top down to the tag itself, for matching typed paths. */
function fullPath(parents: string, tag: Tag): string {
  return parents ? `${parents.split(' › ').join('/')}/${tag.name}` : tag.name;
}
