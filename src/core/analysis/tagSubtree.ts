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
