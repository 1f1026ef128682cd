import type { Tag } from '../../../shared/model';
import { flattenTags, foldName, parentPath, type TagIndex } from './tagTree';

export type PaletteOption =
  | { kind: 'tag'; tag: Tag; path: string; section: 'recent' | 'all' | 'match' }
  | { kind: 'create'; name: string };

const RECENT_SHOWN = 5;

/**
 * What the tag palette lists for a query: with nothing typed, recent tags first and then the
 * whole codebook in tree order; with a query, the tags whose name (or parent's name) contains it,
 * best first (exact, then prefix, then recent), and "Create tag …" when no name matches exactly.
 */
export function paletteOptions(
  index: TagIndex,
  recent: readonly number[],
  query: string,
  exclude: ReadonlySet<number>,
): PaletteOption[] {
  const wanted = foldName(query.trim());
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
    const name = foldName(tag.name);
    const path = parentPath(index, tag);
    let score: number;
    if (name === wanted) score = 0;
    else if (name.startsWith(wanted)) score = 1;
    else if (name.split(/[\s\-_/]+/).some((word) => word.startsWith(wanted))) score = 2;
    else if (name.includes(wanted)) score = 3;
    else if (foldName(path).includes(wanted)) score = 4;
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
  const exact = [...index.byId.values()].some(
    (tag) => foldName(tag.name) === wanted && tag.parent_id === null,
  );
  if (!exact) options.push({ kind: 'create', name: query.trim().replace(/\s+/g, ' ') });
  return options;
}
