import { LecternError } from '../../shared/errors';
import type { Db } from '../db/open';
import { tagReferences } from '../tags/tagReferences';

/**
 * The tag named by a path or name (Actors/Russia, Russia; any case) followed by its sub-tags.
 * Several tags of that name are an error listing their paths.
 */
export function tagSubtreeIds(db: Db, reference: string): number[] {
  const codebook = tagReferences(db);
  const found = codebook.matching(reference);
  if (found.length === 0) throw new LecternError('invalid-argument', `No tag is named "${reference}".`);
  if (found.length > 1)
    throw new LecternError(
      'invalid-argument',
      `"${reference}" names several tags: ${found.map(codebook.path).join('; ')}. Give the full path.`,
    );
  return codebook.withSubtags([found[0]!.id]);
}

/**
 * A recursive CTE `closure (ancestor, tag)`: every tag with itself and with each of its ancestors,
 * so joining passage_tags on `tag` counts a passage for every tag above it. Write after `WITH RECURSIVE`.
 */
export const TAG_CLOSURE = `closure (ancestor, tag) AS (
    SELECT id, id FROM tags
    UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN tags t ON t.parent_id = c.tag)`;
