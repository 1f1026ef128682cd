/** Hashes per signature; 64 × 32 bits = 256 bytes per document. */
export const SIGNATURE_LENGTH = 64;
/** Words per shingle: long enough that two articles on one topic share few, short enough to survive small edits. */
const SHINGLE_WORDS = 5;

// Fixed seeds, so signatures stored by one run compare with those of the next.
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) =>
  mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

/**
 * The MinHash signature of a text's word 5-shingles (case folded), so that the
 * share of equal positions in two signatures estimates the Jaccard similarity of the texts.
 * An empty or very short text gets a signature of 0xFFFFFFFF, which matches nothing by design.
 */
export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  // Lower case is enough: reprints share their spelling (full folding costs more than the hashing).
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE_WORDS) return signature;
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' '));
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      const h = mix32(shingle ^ SEEDS[k]!);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of two signatures (0–1); empty texts are similar to nothing. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < SIGNATURE_LENGTH; k++) if (a[k] === b[k] && a[k] !== 0xffffffff) equal++;
  return equal / SIGNATURE_LENGTH;
}

/** Reads a signature stored as a BLOB. */
export function signatureFrom(blob: Uint8Array): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, SIGNATURE_LENGTH);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit values. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
