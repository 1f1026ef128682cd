import type { Tag } from '../../../shared/model';
import type { Api } from '../../../shared/api';
import { findTagPath, splitTagPath } from './paletteOptions';
import type { TagIndex } from './tagTree';

/**
 * Creates the tag a palette path names (`Actors/Russia`): the parents that exist are used, those
 * missing are created on the way; returns the last one. A name without "/" is a top-level tag.
 * `color` is for the new tag itself (the caller knows what it must differ from); new parents get
 * the engine's choice. Each tag created is one undo step.
 */
export async function createTagPath(api: Api, index: TagIndex, path: string, color?: string): Promise<Tag> {
  const parts = splitTagPath(path);
  if (parts.length === 0) throw new Error('A tag needs a name.');
  const { existing } = findTagPath(index, parts.slice(0, -1));
  let parent: number | null = existing.at(-1)?.id ?? null;
  for (const name of parts.slice(existing.length, -1)) {
    parent = (await api.call('tags-create', { name, parent_id: parent })).id;
  }
  return api.call('tags-create', {
    name: parts.at(-1)!,
    parent_id: parent,
    ...(color ? { color } : {}),
  });
}
