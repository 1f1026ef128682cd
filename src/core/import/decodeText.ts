import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A decoded text file: the text, the encoding it was read as, and what was not quite right. */
export interface DecodedText {
  text: string;
  /** The encoding's usual name: utf-8, utf-16le, windows-1252, iso-8859-1, koi8-r, … */
  encoding: string;
  /** Set when the bytes were not all valid in that encoding (they were replaced, not guessed). */
  warning?: string;
}

// Single-byte encodings a researcher's older files come in; each decoded text is scored for
// plausibility and the best one wins (a detector alone mistakes short texts).
// Ties go to the earlier, more common one (a small prior below).
const LEGACY = [
  'windows-1252',
  'iso-8859-15',
  'windows-1251',
  'koi8-r',
  'windows-1250',
  'iso-8859-7',
  'windows-1254',
];
// Multi-byte legacy encodings trusted only from the detector (they cannot be scored word by word).
const CJK = new Set(['shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr', 'iso-2022-jp']);

/**
 * Turns a file's bytes into text, or says in words why it cannot: empty, binary, or no text
 * encoding fits. UTF-8 (with or without BOM), UTF-16 (with or without BOM), the Western,
 * Cyrillic, Central-European, Greek and Turkish single-byte encodings and the common CJK ones are
 * read; the encoding is reported so the Details pane can show it. One bad byte in a UTF-8 file is
 * replaced by U+FFFD with a warning, rather than the whole file being read as Windows-1252.
 * Decoding goes through iconv-lite because Node's TextDecoder maps 0x80–0x9F of Windows-1252 to
 * control characters.
 */
export function decodeText(bytes: Uint8Array): DecodedText | { problem: string } {
  if (bytes.length === 0) return { problem: 'the file is empty' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(buffer.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(buffer.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(buffer.subarray(2), 'utf-16be');
  const unmarked = utf16WithoutBom(buffer);
  if (unmarked) return utf16(buffer, unmarked);
  if (looksBinary(bytes)) return binary();
  return utf8(buffer);
}

const binary = () => ({
  problem: 'it is a binary file, not text (for example an image, archive or office document)',
});

function checked(decoded: DecodedText): DecodedText | { problem: string } {
  if (decoded.text.trim() === '') return { problem: 'the file contains only white space' };
  return decoded;
}

function utf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): DecodedText | { problem: string } {
  const text = iconv.decode(bytes, encoding === 'utf-16le' ? 'utf-16le' : 'utf-16be');
  if (controlShare(text) > 0.05) return binary();
  return checked({ text, encoding });
}

/** Valid UTF-8; else UTF-8 with a few bad bytes; else the best-scoring legacy encoding. */
function utf8(bytes: Buffer): DecodedText | { problem: string } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code > 0x7f) nonAscii++;
  }
  replaced -= countGenuineReplacementChars(bytes);
  if (replaced === 0) return checked({ text, encoding: 'utf-8' });
  // Mostly valid multi-byte sequences with a stray bad byte: a damaged UTF-8 file, not a legacy one.
  if (nonAscii >= 3 && replaced <= Math.max(3, nonAscii * 0.02)) {
    return checked({
      text,
      encoding: 'utf-8',
      warning: `${replaced} invalid byte${replaced === 1 ? ' was' : 's were'} replaced by � (the file is UTF-8 with damage)`,
    });
  }
  return legacy(bytes);
}

function countGenuineReplacementChars(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf('\uFFFD'); at >= 0; at = bytes.indexOf('\uFFFD', at + 3)) count++;
  return count;
}

function legacy(bytes: Buffer): DecodedText | { problem: string } {
  const sample = bytes.subarray(0, 64 * 1024);
  const detected = chardet.analyse(sample);
  const top = detected[0];
  if (top && top.confidence >= 80 && CJK.has(top.name.toLowerCase())) {
    // CJK text has no spaces to score words by: trust a confident detector if nothing is left undecoded.
    const text = iconv.decode(bytes, top.name);
    if (!text.includes('\uFFFD') && controlShare(text.slice(0, 20_000)) < 0.01)
      return checked({ text, encoding: top.name.toLowerCase() });
  }
  let best = { encoding: '', score: -1 };
  LEGACY.forEach((encoding, rank) => {
    const confidence = detected.find((d) => normalise(d.name) === encoding)?.confidence ?? 0;
    // The word-level score decides; the detector and the prior for common encodings break ties.
    const score =
      plausibility(iconv.decode(sample, encoding)) + confidence / 2000 + (LEGACY.length - rank) / 300;
    if (score > best.score) best = { encoding, score };
  });
  if (best.score < 0.6) return binary();
  const text = iconv.decode(bytes, best.encoding);
  if (controlShare(text.slice(0, 20_000)) > 0.02) return binary();
  return checked({ text, encoding: best.encoding === 'windows-1252' ? westernName(bytes) : best.encoding });
}

function normalise(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'iso-8859-1') return 'windows-1252';
  if (lower === 'iso-8859-5') return 'windows-1251';
  if (lower === 'iso-8859-2') return 'windows-1250';
  if (lower === 'iso-8859-9') return 'windows-1254';
  return lower;
}

/**
 * Windows-1252 and the ISO-8859 Latin sets agree except at 0x80–0x9F (only 1252 has letters
 * there) and at € Š š Ž ž Œ œ Ÿ (8859-15). The name shown is the one the bytes point to.
 */
function westernName(bytes: Buffer): string {
  let c1 = false;
  let euroSign = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80 && byte <= 0x9f) c1 = true;
    // 8859-15's € at 0xA4 (¤ in 8859-1) next to an amount.
    if (
      byte === 0xa4 &&
      (isDigit(bytes[i - 1]) || isDigit(bytes[i + 1]) || isDigit(bytes[i - 2]) || isDigit(bytes[i + 2]))
    )
      euroSign = true;
  }
  if (c1) return 'windows-1252';
  return euroSign ? 'iso-8859-15' : 'iso-8859-1';
}

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * The share of words with non-ASCII letters that look like words: letters of one script, in
 * lower, Title or UPPER case (Windows-1251 read as KOI8-R gives "пРИВЕТ"; Latin read as
 * Cyrillic mixes scripts). Random bytes score near zero.
 */
function plausibility(text: string): number {
  let good = 0;
  let total = 0;
  for (const raw of text.split(/\s+/)) {
    if (!/[^\p{ASCII}]/u.test(raw)) continue;
    // ¤ is almost never written: it is a euro sign or another letter read in the wrong encoding.
    if (raw.includes('¤')) {
      total++;
      continue;
    }
    const word = raw.replace(/^[\p{P}\p{S}\d]+|[\p{P}\p{S}\d]+$/gu, '');
    // A lone dash, quote mark, ellipsis or € is text; a longer run of symbols is not.
    if (word === '' && raw.length <= 2) continue;
    total++;
    if (!/^\p{L}+(?:[-'’]\p{L}+)*$/u.test(word)) continue;
    const scripts = new Set([...word.replace(/[-'’]/g, '')].map(scriptOf));
    if (scripts.size > 1) continue;
    const rest = word.slice(1);
    if (rest === rest.toLowerCase() || word === word.toUpperCase()) good++;
  }
  return total === 0 ? 1 : good / total;
}

function scriptOf(char: string): string {
  if (/\p{Script=Latin}/u.test(char)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(char)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(char)) return 'greek';
  return 'other';
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) ||
      (code >= 0x7f && code <= 0x9f)
    )
      control++;
  }
  return control / text.length;
}

/**
 * UTF-16 without a byte-order mark: in a sample, one byte of each pair is mostly zero (Latin
 * text) or mostly one value (one script's block), the other varies. Returns the byte order.
 */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 8192) & ~1;
  if (length < 4) return null;
  const evenZeros = countZeros(bytes, 0, length);
  const oddZeros = countZeros(bytes, 1, length);
  // UTF-16 text has zero bytes (at least the high byte of every space); most files have none.
  if (evenZeros === 0 && oddZeros === 0) return null;
  const half = length / 2;
  if (oddZeros > half * 0.2 && evenZeros < half * 0.02) return 'utf-16le';
  if (evenZeros > half * 0.2 && oddZeros < half * 0.02) return 'utf-16be';
  // Non-Latin text (Cyrillic 0x04xx, Greek 0x03xx …): high bytes from a few values plus spaces' zeros.
  const le = fewValues(bytes, 1, length);
  const be = fewValues(bytes, 0, length);
  if (le && !be && oddZeros > 0) return 'utf-16le';
  if (be && !le && evenZeros > 0) return 'utf-16be';
  return null;
}

function countZeros(bytes: Buffer, from: number, length: number): number {
  let zeros = 0;
  for (let i = from; i < length; i += 2) if (bytes[i] === 0) zeros++;
  return zeros;
}

function fewValues(bytes: Buffer, from: number, length: number): boolean {
  const values = new Set<number>();
  for (let i = from; i < length; i += 2) values.add(bytes[i]!);
  return values.size <= 4 && length >= 64;
}

/** NUL bytes, or many control characters, in the first 8 KB mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.1;
}
