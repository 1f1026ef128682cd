/**
 * Turns a file's bytes into text, or says in words why it cannot: empty, binary, or not a text
 * encoding Lectern reads. UTF-8 (with or without BOM) and UTF-16 with BOM are read as such;
 * anything else that is not valid UTF-8 is read as Windows-1252, the usual encoding of older
 * Western-European text files.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'the file is empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (looksBinary(bytes)) {
    return { problem: 'it is a binary file, not text (for example an image, archive or office document)' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return checked(text);
}

function checked(text: string): { text: string } | { problem: string } {
  if (text.trim() === '') return { problem: 'the file contains only white space' };
  return { text };
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
