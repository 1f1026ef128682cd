import { inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ImportProblem } from '../ReadDocument';

/** One file in a zip archive, from its central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
  directory: boolean;
}

/** Limits that keep a zip bomb from filling memory: per entry, per archive, and by ratio. */
export const ZIP_LIMITS = {
  entries: 10_000,
  entryBytes: 200 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  /** Real documents compress 3–20×; text of one repeated byte reaches 1,000×. */
  ratio: 200,
  /** Below this size the ratio is not checked (a small blank file compresses well too). */
  ratioFloor: 1024 * 1024,
};

/**
 * The entries of a zip archive (also DOCX, ODT, EPUB), read from its central directory. Refuses
 * archives whose paths leave the archive ("zip slip": `../`, absolute paths) and archives whose
 * stated sizes add up to a zip bomb, before anything is inflated.
 */
export function listZip(bytes: Uint8Array, name: string): ZipEntry[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) {
    throw new ImportProblem(
      `Not imported: ${name} is not a complete zip archive (it may be cut off or damaged). Download or export it again.`,
    );
  }
  const count = buffer.readUInt16LE(eocd + 10);
  const directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ImportProblem(
      `Not imported: ${name} is a ZIP64 archive, which Lectern does not read. Unpack it and import the folder.`,
    );
  }
  if (count > ZIP_LIMITS.entries) {
    throw new ImportProblem(
      `Not imported: ${name} holds ${count} files; Lectern reads archives of up to ${ZIP_LIMITS.entries}. Unpack it and import the folder.`,
    );
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) {
      throw new ImportProblem(
        `Not imported: the file list of ${name} is damaged. Download or export it again.`,
      );
    }
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const rawName = buffer.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise it is in the DOS code page.
    const entryName = flags & 0x800 ? rawName.toString('utf8') : iconv.decode(rawName, 'cp437');
    at += 46 + nameLength + extraLength + commentLength;
    if (leavesArchive(entryName)) {
      throw new ImportProblem(
        `Not imported: ${name} contains the path "${entryName}", which points outside the archive (a "zip slip"). Lectern refuses such archives; if you trust it, unpack it with care and import the files.`,
      );
    }
    declared += size;
    if (
      size > ZIP_LIMITS.entryBytes ||
      declared > ZIP_LIMITS.totalBytes ||
      tooCompressed(compressedSize, size)
    ) {
      throw bomb(name);
    }
    entries.push({
      name: entryName,
      method,
      compressedSize,
      size,
      localOffset,
      encrypted: (flags & 1) === 1,
      directory: entryName.endsWith('/'),
    });
  }
  return entries;
}

/** Inflates one entry, never beyond the size it states (a lying entry is a bomb). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, archive: string): Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.encrypted) {
    throw new ImportProblem(
      `Not imported: ${archive} is protected by a password (${entry.name}). Unpack it with the password and import the files.`,
    );
  }
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) {
    throw new ImportProblem(
      `Not imported: ${archive} is damaged (${entry.name} cannot be found in it). Download or export it again.`,
    );
  }
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) {
    throw new ImportProblem(
      `Not imported: ${archive} is cut off (${entry.name} is incomplete). Download or export it again.`,
    );
  }
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) {
    throw new ImportProblem(
      `Not imported: ${archive} uses a compression method Lectern does not read (${entry.method}) for ${entry.name}. Re-pack it as a standard zip.`,
    );
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    if (error instanceof RangeError) throw bomb(archive);
    throw new ImportProblem(
      `Not imported: ${archive} is damaged (${entry.name} cannot be unpacked). Download or export it again.`,
    );
  }
}

/** The entries as a name → bytes map (for DOCX/ODT/EPUB, whose parts are small), within limits. */
export function unzipAll(
  bytes: Uint8Array,
  name: string,
  wanted: (entry: ZipEntry) => boolean = () => true,
): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of listZip(bytes, name)) {
    if (!entry.directory && wanted(entry)) files.set(entry.name, readZipEntry(bytes, entry, name));
  }
  return files;
}

function bomb(name: string): ImportProblem {
  return new ImportProblem(
    `Not imported: ${name} would unpack to far more than it holds (a "zip bomb"; Lectern stops at ${ZIP_LIMITS.entryBytes / 1024 / 1024} MB a file, ${ZIP_LIMITS.totalBytes / 1024 / 1024} MB in all, ${ZIP_LIMITS.ratio}× compression).`,
  );
}

function tooCompressed(compressed: number, size: number): boolean {
  return size > ZIP_LIMITS.ratioFloor && size / Math.max(compressed, 1) > ZIP_LIMITS.ratio;
}

/** `../x`, `a/../../x`, `/etc/x`, `C:\x`, `\\server\x`: a path that would land outside. */
export function leavesArchive(path: string): boolean {
  const normal = path.replace(/\\/g, '/');
  if (normal.startsWith('/') || /^[a-z]:/i.test(normal)) return true;
  let depth = 0;
  for (const part of normal.split('/')) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= earliest; at--) {
    if (buffer.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}
