import { strFromU8, unzipSync } from 'fflate';
import { LecternError } from '../../shared/errors';

/** The largest single file Lectern reads out of a .qdpx (a source text beyond this is skipped). */
export const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
/** The most a .qdpx may unpack to in all, against zip bombs. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

export interface UnpackedQdpx {
  /** The project.qde text (or the one .qde at the top level, as ATLAS.ti names it after the project). */
  qde: string;
  qdeName: string;
  /** Files by their path in the zip, lower-cased, with "Sources/" and "sources/" both as "sources/". */
  files: Map<string, Uint8Array>;
  /** Files left unread, with why (too large). */
  skipped: Array<{ path: string; reason: string }>;
}

/**
 * Opens a .qdpx: checks it is a zip, refuses entries whose path would leave the folder it is
 * unpacked into (zip-slip: "../", absolute paths, drive letters), skips entries too large to read,
 * and finds the .qde. Reads nothing to disk.
 */
export function unpackQdpx(bytes: Uint8Array, label: string): UnpackedQdpx {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new LecternError(
      'invalid-argument',
      `${label} is not a REFI-QDA project: a .qdpx is a zip archive, and this file is not one. ` +
        'Export the project again from the other program as "REFI-QDA Project (.qdpx)".',
    );
  }
  const skipped: UnpackedQdpx['skipped'] = [];
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false;
        if (isUnsafePath(file.name)) {
          throw new LecternError(
            'invalid-argument',
            `${label} was refused: it holds a file with an unsafe path ("${file.name}") that points outside the project. ` +
              'Nothing was imported. The file may have been tampered with; ask its sender for a fresh export.',
          );
        }
        if (file.originalSize > MAX_ENTRY_BYTES) {
          skipped.push({
            path: file.name,
            reason: `${(file.originalSize / 1024 / 1024).toFixed(0)} MB unpacked, more than the ${MAX_ENTRY_BYTES / 1024 / 1024} MB Lectern reads from one file`,
          });
          return false;
        }
        total += file.originalSize;
        if (total > MAX_TOTAL_BYTES) {
          throw new LecternError(
            'invalid-argument',
            `${label} unpacks to more than ${MAX_TOTAL_BYTES / 1024 / 1024 / 1024} GB; Lectern does not import projects that large. Nothing was imported.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof LecternError) throw error;
    throw new LecternError(
      'invalid-argument',
      `${label} could not be unpacked (${(error as Error).message}): the zip archive is damaged or incomplete. Nothing was imported.`,
    );
  }
  const files = new Map<string, Uint8Array>();
  const qdes: string[] = [];
  for (const [name, data] of Object.entries(entries)) {
    const path = name.replace(/\\/g, '/').replace(/^\.\//, '');
    files.set(path.toLowerCase(), data);
    if (!path.includes('/') && path.toLowerCase().endsWith('.qde')) qdes.push(path);
  }
  const qdeName =
    qdes.find((name) => name.toLowerCase() === 'project.qde') ?? (qdes.length === 1 ? qdes[0] : undefined);
  if (!qdeName) {
    throw new LecternError(
      'invalid-argument',
      qdes.length === 0
        ? `${label} holds no project.qde: it is a zip, but not a REFI-QDA project. Nothing was imported.`
        : `${label} holds several .qde files (${qdes.join(', ')}) and none is named project.qde; Lectern cannot tell which is the project. Nothing was imported.`,
    );
  }
  const qde = strFromU8(files.get(qdeName.toLowerCase())!).replace(/^\uFEFF/, '');
  return { qde, qdeName, files, skipped };
}

/** True for a zip entry path that would escape the folder it is unpacked into. */
export function isUnsafePath(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  return path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.split('/').some((part) => part === '..');
}
