import type { Db } from '../db/open';

type TagRow = { id: number; parent_id: number | null; name: string };

/**
 * The codebook read once for resolving tag references: `matching` finds the tags a name or path
 * names (Actors/Russia, Russia; any case, the path's tail), `withSubtags` adds every descendant.
 * Callers decide what several matches mean (search takes them all; a chart asks for the path).
 */
export function tagReferences(db: Db) {
  const tags = db.prepare<[], TagRow>('SELECT id, parent_id, name FROM tags').all();
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const path = (tag: TagRow): string => {
    const names: string[] = [];
    for (
      let at: TagRow | undefined = tag;
      at;
      at = at.parent_id === null ? undefined : byId.get(at.parent_id)
    )
      names.unshift(at.name);
    return names.join('/');
  };
  return {
    path,
    matching(reference: string): TagRow[] {
      const wanted = reference
        .split('/')
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean)
        .join('/');
      return tags.filter((tag) => {
        const full = path(tag).toLowerCase();
        return full === wanted || full.endsWith('/' + wanted);
      });
    },
    /** The given tags first, then all their sub-tags (each once). */
    withSubtags(roots: number[]): number[] {
      const ids = [...new Set(roots)];
      const seen = new Set(ids);
      for (let i = 0; i < ids.length; i++)
        for (const tag of tags)
          if (tag.parent_id === ids[i] && !seen.has(tag.id)) {
            seen.add(tag.id);
            ids.push(tag.id);
          }
      return ids;
    },
  };
}
