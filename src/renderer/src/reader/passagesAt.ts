import type { Passage } from '../../../shared/model';

/** The anchored passages covering a body offset, as ids, innermost (shortest) last. */
export function passagesAt(byId: ReadonlyMap<number, Passage>, offset: number): number[] {
  const found: Passage[] = [];
  for (const passage of byId.values()) {
    if (passage.status === 'anchored' && passage.start <= offset && offset < passage.end) found.push(passage);
  }
  return found.sort((a, b) => b.end - b.start - (a.end - a.start)).map((p) => p.id);
}

/** The passages of `ids` that exist, innermost (shortest) first: the one surely under the pointer. */
export function innermostFirst(byId: ReadonlyMap<number, Passage>, ids: readonly number[]): number[] {
  return ids
    .map((id) => byId.get(id))
    .filter((p): p is Passage => !!p)
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .map((p) => p.id);
}
