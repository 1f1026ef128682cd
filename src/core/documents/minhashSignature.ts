import { characterClass } from '../../shared/text/tokenize';
/** Hashes per signature; 64 × 32 bits = 256 bytes per document. */
export const SIGNATURE_LENGTH = 64;
/** Words per shingle: long enough that two articles on one topic share few, short enough to survive small edits. */
const SHINGLE_WORDS = 5;

/** Every position of an empty (or too short) text's signature: it matches nothing. */
export const EMPTY = 0xffffffff;
/** Bits of a shingle's hash that choose its bin: 2^6 = SIGNATURE_LENGTH bins. */
const BIN_SHIFT = 32 - Math.log2(SIGNATURE_LENGTH);

/**
 * The MinHash signature of a text's word 5-shingles (case folded), so that the share of equal
 * positions in two signatures estimates the Jaccard similarity of the texts. One-permutation
 * MinHash (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017): each shingle is
 * hashed once and kept as the minimum of one of 64 bins, instead of hashed 64 times (one per
 * position), which made the signature 9 % of an import's CPU; a bin no shingle fell into copies
 * the bin that a fixed probe sequence for it meets first, so short texts compare alike.
 * An empty or very short text gets a signature of 0xFFFFFFFF, which matches nothing by design.
 */
export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY);
  // Lower case is enough: reprints share their spelling (full folding costs more than the hashing).
  const wordHashes = wordHashesOf(text.toLowerCase());
  if (wordHashes.length < SHINGLE_WORDS) return signature;
  const filled = new Uint8Array(SIGNATURE_LENGTH);
  for (let i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
    // The shingle's words in order (FNV-1a over their hashes), then mixed well.
    let shingle = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) shingle = Math.imul(shingle ^ wordHashes[i + k]!, 0x01000193);
    const hash = mix32(shingle);
    const bin = hash >>> BIN_SHIFT;
    const value = mix32(hash ^ 0x9e3779b9);
    if (value <= signature[bin]!) {
      signature[bin] = value;
      filled[bin] = 1;
    }
  }
  // Densification: every empty bin takes the value of the first filled bin its own fixed probe
  // sequence meets (the same sequence in every text, so two copies fill their gaps alike).
  for (let bin = 0; bin < SIGNATURE_LENGTH; bin++) {
    if (filled[bin]) continue;
    for (let attempt = 1; ; attempt++) {
      const from = mix32(Math.imul(bin + 1, 0x9e3779b9) ^ Math.imul(attempt, 0x85ebca6b)) >>> BIN_SHIFT;
      if (filled[from]) {
        signature[bin] = signature[from]!;
        break;
      }
    }
  }
  return signature;
}

/** The estimated Jaccard similarity of two signatures (0–1); empty texts are similar to nothing. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < SIGNATURE_LENGTH; k++) if (a[k] === b[k] && a[k] !== EMPTY) equal++;
  return equal / SIGNATURE_LENGTH;
}

/** Reads a signature stored as a BLOB. */
export function signatureFrom(blob: Uint8Array): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, SIGNATURE_LENGTH);
}

/** A letter or digit, as /[\p{L}\p{N}]+/gu counts words (without marks, unlike the tokenizer). */
const letterOrDigitLength = characterClass(/^[\p{L}\p{N}]$/u);
let hashes: Uint32Array = new Uint32Array(4096);

/**
 * The FNV-1a hash of each word (run of letters and digits, as /[\p{L}\p{N}]+/gu finds them) of
 * a lower-cased text, in one pass over its characters: no regular expression match and no string
 * per word (the signature was a tenth of an import worker's time). Returns a view of a buffer
 * reused by the next call.
 */
function wordHashesOf(text: string): Uint32Array {
  let count = 0;
  let hash = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length;) {
    const units = letterOrDigitLength(text, i);
    if (units === 0) {
      if (inWord) {
        if (count === hashes.length) hashes = grow(hashes);
        hashes[count++] = hash >>> 0;
        inWord = false;
      }
      i++;
      continue;
    }
    if (!inWord) {
      hash = 0x811c9dc5;
      inWord = true;
    }
    for (const end = i + units; i < end; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  if (inWord) {
    if (count === hashes.length) hashes = grow(hashes);
    hashes[count++] = hash >>> 0;
  }
  return hashes.subarray(0, count);
}

function grow(array: Uint32Array): Uint32Array {
  const larger = new Uint32Array(array.length * 2);
  larger.set(array);
  return larger;
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
