import { inflateSync } from 'node:zlib';

/** The most one non-image stream may inflate to. */
const MAX_STREAM_BYTES = 64 * 1024 * 1024;
/** The most all non-image streams of one PDF may inflate to. */
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;

/**
 * Whether a PDF's compressed streams would inflate to more than a reader can hold: a "PDF bomb"
 * (a few hundred KB that expand to gigabytes when the text is extracted). Only non-image Flate
 * streams count, as text extraction never decodes images. Each stream is inflated by zlib with
 * an output cap, so the check itself cannot blow up. Returns a reason, or null.
 */
export function pdfBombReason(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let at = 0;
  for (;;) {
    const start = buffer.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    at = start + 6;
    // "endstream" also contains "stream"; a real start is followed by a line break.
    if (buffer[start - 1] === 0x64 /* d */) continue;
    let dataStart = at;
    if (buffer[dataStart] === 0x0d) dataStart++;
    if (buffer[dataStart] === 0x0a) dataStart++;
    else if (dataStart === at) continue;
    const dictionary = buffer.subarray(Math.max(0, start - 400), start).toString('latin1');
    const dictStart = dictionary.lastIndexOf('<<');
    const dict = dictStart >= 0 ? dictionary.slice(dictStart) : dictionary;
    const end = buffer.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    at = end + 9;
    if (!/\/FlateDecode/.test(dict) || /\/Subtype\s*\/Image/.test(dict)) continue;
    const data = buffer.subarray(dataStart, end);
    let size: number;
    try {
      size = inflateSync(data, {
        maxOutputLength: MAX_STREAM_BYTES,
        finishFlush: 2 /* Z_SYNC_FLUSH */,
      }).length;
    } catch (error) {
      if (error instanceof RangeError) {
        return `a compressed part of ${(data.length / 1024).toFixed(0)} KB expands to more than ${MAX_STREAM_BYTES / 1024 / 1024} MB (a "PDF bomb")`;
      }
      continue; // A damaged stream: the PDF reader decides what to make of it.
    }
    total += size;
    if (total > MAX_TOTAL_BYTES) {
      return `its compressed parts expand to more than ${MAX_TOTAL_BYTES / 1024 / 1024} MB (a "PDF bomb")`;
    }
  }
  return null;
}
