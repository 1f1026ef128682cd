import { LecternError } from '../../shared/errors';
import type { Db } from '../db/open';

/**
 * The tag named by a path or name (Actors/Russia, Russia; any case) followed by its sub-tags.
 * Several tags of that name are an error listing their paths.
 */
export function tagSubtreeIds(db: Db, reference: string): number[] {
  const tags = db
    .prepare<[], { id: number; parent_id: number | null; name: string }>(
      'SELECT id, parent_id, name FROM tags',
    )
    .all();
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const path = (tag: (typeof tags)[number]) => {
    const names: string[] = [];
    for (
      let at: typeof tag | undefined = tag;
      at;
      at = at.parent_id === null ? undefined : byId.get(at.parent_id)
    )
      names.unshift(at.name);
    return names.join('/');
  };
  const wanted = reference
    .split('/')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .join('/');
  const found = tags.filter((tag) => {
    const full = path(tag).toLowerCase();
    return full === wanted || full.endsWith('/' + wanted);
  });
  if (found.length === 0) throw new LecternError('invalid-argument', `No tag is named "${reference}".`);
  if (found.length > 1)
    throw new LecternError(
      'invalid-argument',
      `"${reference}" names several tags: ${found.map(path).join('; ')}. Give the full path.`,
    );
  const ids = [found[0]!.id];
  for (let i = 0; i < ids.length; i++) for (const tag of tags) if (tag.parent_id === ids[i]) ids.push(tag.id);
  return ids;
}
