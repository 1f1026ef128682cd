import type { Tag } from '../shared/model';

/** The path of a tag in the codebook, "Actors / Russia / Lavrov". */
export function tagPath(tag: Tag, tags: Tag[]): string {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const names: string[] = [];
  for (let at: Tag | undefined = tag; at; at = at.parent_id === null ? undefined : byId.get(at.parent_id))
    names.unshift(at.name);
  return names.join(' / ');
}

/**
 * Finds a tag by id, name or path ("Actors/Russia"), case-insensitively. An ambiguous name is an
 * error that lists the candidates' paths, so the user can type one of them.
 */
export function resolveTag(reference: string, tags: Tag[]): Tag {
  if (/^\d+$/.test(reference)) {
    const tag = tags.find((t) => t.id === Number(reference));
    if (tag) return tag;
  }
  const wanted = reference
    .split('/')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .join(' / ');
  const matches = tags.filter((tag) => {
    const path = tagPath(tag, tags).toLowerCase();
    return path === wanted || path.endsWith(' / ' + wanted);
  });
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new Error(`No tag "${reference}". \`lectern tags\` lists the codebook.`);
  throw new Error(
    `"${reference}" names several tags: ${matches.map((t) => tagPath(t, tags)).join('; ')}. Give the full path.`,
  );
}
