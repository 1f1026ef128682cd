/**
 * Binary search over indexes 0…length-1 whose predicate holds for a leading run and then never:
 * the index of the first one for which `before(i)` is false (`length` when it holds for all).
 * Reading-order lists (paragraphs by offset, passages by position) are searched with it.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
