import { strFromU8 } from 'fflate';
import { LecternError } from '../../shared/errors';
import { NOTE_LINK, PASSAGE_EMBED, TAG_REF } from '../../shared/editorNodes';
import type { Paragraph, RefiImportReport } from '../../shared/model';
import { textQuote } from '../annotate/textQuote';
import type { Db } from '../db/open';
import type { PassageRecord } from './lecternProject';
import { documentStore } from '../documents/documentStore';
import { contentHash } from '../import/prepareFile';
import { markdownToNote } from '../notes/markdownToNote';
import { parseNoteJson, walkNodes, type NodeJson } from '../notes/noteJson';
import { noteStore } from '../notes/noteStore';
import { TAG_PALETTE } from '../tags/tagPalette';
import {
  DOCUMENT_VARIABLES,
  EXTENSION_FILE,
  EXTENSION_FORMAT,
  QUOTATIONS_CASE,
  SPEAKER_VARIABLE,
  type LecternExtension,
} from './buildQdpx';
import { utf16Counter } from './codePoints';
import type { QdeCode, QdeProject, QdeSelection, QdeSource } from './parseQde';

export interface RefiImportInput {
  label: string;
  project: QdeProject;
  /** Files of the .qdpx by lower-cased path ("sources/…"); empty for a .qdc. */
  files: Map<string, Uint8Array>;
  skippedFiles: Array<{ path: string; reason: string }>;
  warnings: string[];
}

/**
 * Writes a parsed REFI-QDA project (or codebook) into a Lectern project in ONE transaction:
 * everything lands, or on any failure nothing does. Lenient where real exports differ from the
 * standard (README of the schemas): sources/ or Sources/, `\r\n` counted as one character
 * (ATLAS.ti) or two (the standard, NVivo), memos in <Description>, missing colours. What cannot
 * be carried over is listed in the report, never silently dropped.
 */
export function importRefi(db: Db, input: RefiImportInput): RefiImportReport {
  const started = performance.now();
  const { project, files, label } = input;
  const notCarried: string[] = [...project.dropped.map((what) => `${what}: left out`)];
  for (const skipped of input.skippedFiles) notCarried.push(`${skipped.path}: not read (${skipped.reason})`);
  for (const [element, count] of Object.entries(project.unsupported))
    notCarried.push(
      `${count} ${element} element${count === 1 ? '' : 's'}: Lectern has no ${element.toLowerCase()}s`,
    );

  const extension = readExtension(files);
  const docs = documentStore(db);
  const notesStore = noteStore(db);
  const now = new Date().toISOString();
  const report: RefiImportReport = {
    file: label,
    origin: project.origin,
    documents: 0,
    documents_matched: 0,
    tags: 0,
    tags_matched: 0,
    passages: 0,
    notes: 0,
    coders: 0,
    line_breaks: null,
    warnings: input.warnings,
    not_carried_over: notCarried,
    elapsed_ms: 0,
  };
  // ATLAS.ti counts a line break \r\n as one character, the standard (and NVivo) as two.
  const crlfAsOne = /atlas/i.test(project.origin);

  const noteText = new Map<string, string>();
  for (const note of project.notes) noteText.set(note.guid, readNoteText(note, files) ?? '');
  const usedNotes = new Set<string>();
  const memoFrom = (description: string, noteRefs: string[]) => {
    const parts = description.trim() ? [description.trim()] : [];
    for (const ref of noteRefs) {
      const text = noteText.get(ref);
      if (text === undefined) {
        notCarried.push(`a memo reference to note ${ref}, which the project does not contain`);
        continue;
      }
      usedNotes.add(ref);
      if (text.trim()) parts.push(text.trim());
    }
    return parts.join('\n\n');
  };

  const write = db.transaction(() => {
    // — Coders: the project's creator is the researcher importing it; other users become coders.
    const coderOf = new Map<string, number>();
    const localGuid = (db.prepare('SELECT guid FROM coders WHERE id = 1').get() as { guid: string }).guid;
    coderOf.set(localGuid, 1);
    if (project.creatingUser) coderOf.set(project.creatingUser, 1);
    const findCoder = db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE guid = ?');
    const insertCoder = db.prepare<[string, string]>('INSERT INTO coders (guid, name) VALUES (?, ?)');
    const userName = new Map(project.users.map((user) => [user.guid, user.name]));
    const coder = (guid: string | null): number => {
      if (!guid) return 1;
      const known = coderOf.get(guid) ?? findCoder.get(guid)?.id;
      if (known !== undefined) {
        coderOf.set(guid, known);
        return known;
      }
      const id = Number(
        insertCoder.run(guid, userName.get(guid) ?? `Coder ${coderOf.size + 1}`).lastInsertRowid,
      );
      coderOf.set(guid, id);
      report.coders++;
      return id;
    };

    // — Codes: matched to existing tags by path, else created (colour from the palette if missing).
    const tagOf = new Map<string, number>();
    const findTag = db.prepare<[number, string], { id: number }>(
      'SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ? COLLATE NOCASE',
    );
    const countSiblings = db.prepare<[number], { n: number }>(
      'SELECT count(*) AS n FROM tags WHERE coalesce(parent_id, 0) = ?',
    );
    const insertTag = db.prepare(
      `INSERT INTO tags (parent_id, name, color, memo, sort, created_at, updated_at)
       VALUES (@parent_id, @name, @color, @memo, @sort, @created_at, @updated_at)`,
    );
    let paletteIndex = (db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n;
    const addCode = (code: QdeCode, parentId: number | null) => {
      const existing = findTag.get(parentId ?? 0, code.name.slice(0, 200));
      let id: number;
      if (existing) {
        id = existing.id;
        report.tags_matched++;
      } else {
        const extra = extension?.tags[code.guid];
        id = Number(
          insertTag.run({
            parent_id: parentId,
            name: code.name.replace(/\s+/g, ' ').slice(0, 200),
            color: normalizeColor(code.color) ?? TAG_PALETTE[paletteIndex++ % TAG_PALETTE.length]!,
            memo: memoFrom(code.description, code.noteRefs),
            sort: extra?.sort ?? countSiblings.get(parentId ?? 0)!.n + 1,
            created_at: extra?.created_at ?? now,
            updated_at: extra?.updated_at ?? now,
          }).lastInsertRowid,
        );
        report.tags++;
      }
      tagOf.set(code.guid, id);
      for (const child of code.children) addCode(child, id);
    };
    for (const code of project.codes) addCode(code, null);

    // — Speakers and quotations from cases; other cases are reported.
    const speakerVariable = project.variables.find(
      (v) => v.name.toLowerCase() === SPEAKER_VARIABLE.toLowerCase(),
    );
    const speakerOf = new Map<string, string>();
    const quotations = new Set<string>();
    for (const refiCase of project.cases) {
      if (refiCase.name === QUOTATIONS_CASE) {
        for (const ref of refiCase.selectionRefs) quotations.add(ref);
        continue;
      }
      const speaker = refiCase.variables.find(
        (value) => speakerVariable && value.variable === speakerVariable.guid,
      );
      if (speaker?.value) {
        for (const ref of refiCase.selectionRefs) speakerOf.set(ref, speaker.value);
        continue;
      }
      notCarried.push(
        `case "${refiCase.name || refiCase.guid}" (${refiCase.sourceRefs.length + refiCase.selectionRefs.length} members): Lectern has no cases`,
      );
    }

    // — Sources: text sources become documents; their selections become passages.
    const variableName = new Map(project.variables.map((v) => [v.guid, v.name]));
    const metadataField = new Map<string, (typeof DOCUMENT_VARIABLES)[number][0]>(
      DOCUMENT_VARIABLES.map(([field, name]) => [name.toLowerCase(), field]),
    );
    metadataField.set('date', 'published_at');
    const unknownVariables = new Map<string, number>();
    const upsertPassage = passageWriter(db);
    const passageOf = new Map<string, number>();
    for (const source of project.sources) {
      const text = readSourceText(source, files);
      if (text === null) {
        notCarried.push(
          source.element === 'TextSource' || source.element === 'PDFSource'
            ? `source "${source.name}": its text (${source.plainTextPath ?? 'no path'}) is not in the file`
            : `source "${source.name}": ${source.element.replace('Source', '').toLowerCase()} sources are not supported`,
        );
        continue;
      }
      const { body, toUtf16 } = normalizeText(text, crlfAsOne);
      if (text.includes('\r\n')) report.line_breaks = crlfAsOne ? 'one' : 'two';
      const extra = extension?.documents[source.guid];
      const meta: Record<string, string | null> = {
        title: null,
        source: null,
        author: null,
        published_at: null,
        place: null,
        language: null,
      };
      for (const value of source.variables) {
        const name = (value.variable && variableName.get(value.variable)) || '';
        const field = metadataField.get(name.toLowerCase());
        if (field && value.value !== null) meta[field] = value.value.trim() || null;
        else unknownVariables.set(name || '?', (unknownVariables.get(name || '?') ?? 0) + 1);
      }
      const hash = extra?.content_hash ?? contentHash(extra?.raw ?? body);
      let documentId = docs.existingId(hash);
      if (documentId !== undefined) report.documents_matched++;
      else {
        documentId = docs.insert({
          title: meta.title ?? source.name,
          title_origin: (extra?.title_origin as 'metadata' | undefined) ?? 'metadata',
          source: meta.source ?? null,
          author: meta.author ?? null,
          published_at: meta.published_at ?? null,
          place: meta.place ?? null,
          language: meta.language ?? null,
          body,
          raw: extra?.raw ?? body,
          boilerplate: extra ? JSON.parse(extra.boilerplate) : [],
          paragraphs: extra ? JSON.parse(extra.paragraphs) : paragraphsOf(body),
          word_count: extra?.word_count ?? (body.match(/\S+/g) ?? []).length,
          format: extra?.format ?? 'qdpx',
          content_hash: hash,
          origin_path: extra?.origin_path ?? `${label} ▸ ${source.name}`,
          imported_at: extra?.imported_at ?? now,
          url: extra?.url ?? null,
          section: extra?.section ?? null,
          field_origins: extra?.field_origins ? JSON.parse(extra.field_origins) : {},
          user_edits: extra?.user_edits ? JSON.parse(extra.user_edits) : {},
        });
        report.documents++;
      }
      if (source.codings.length > 0)
        notCarried.push(
          `${source.codings.length} coding(s) of the whole source "${source.name}": code a passage instead`,
        );
      if (source.noteRefs.length > 0 || source.description.trim())
        notCarried.push(`the memo of source "${source.name}": Lectern keeps memos on passages and tags`);
      for (const selection of source.selections) {
        const id = addSelection(selection, source, documentId, body, toUtf16);
        if (id !== null) passageOf.set(selection.guid, id);
      }
    }
    for (const [name, count] of unknownVariables)
      notCarried.push(
        `variable "${name}" on ${count} source(s): Lectern keeps only title, source, author, date, place and language`,
      );

    function addSelection(
      selection: QdeSelection,
      source: QdeSource,
      documentId: number,
      body: string,
      toUtf16: (codePoint: number) => number | null,
    ): number | null {
      const extra = extension?.passages[selection.guid];
      let start = toUtf16(Math.min(selection.start, selection.end));
      let end = toUtf16(Math.max(selection.start, selection.end));
      if (start === null || end === null) {
        notCarried.push(
          `a selection in "${source.name}" (${selection.start}–${selection.end}) lies past the end of its text: skipped`,
        );
        return null;
      }
      if (extra && extra.status === 'orphaned') ({ start, end } = extra);
      const tagIds: number[] = [];
      for (const coding of selection.codings) {
        const tagId = coding.codeRef ? tagOf.get(coding.codeRef) : undefined;
        if (tagId === undefined)
          notCarried.push(
            `a coding in "${source.name}" refers to code ${coding.codeRef ?? '(none)'}, which the codebook does not contain`,
          );
        else tagIds.push(tagId);
      }
      const anchor = extra?.status === 'orphaned' ? extra : textQuote(body, start, end);
      const id = upsertPassage({
        document_id: documentId,
        start: anchor.start,
        end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        kind: extra?.kind ?? (quotations.has(selection.guid) ? 'quote' : 'highlight'),
        speaker: speakerOf.get(selection.guid) ?? null,
        memo: memoFrom(selection.description, selection.noteRefs),
        status: extra?.status ?? 'anchored',
        coder_id: coder(selection.user ?? selection.codings[0]?.user ?? null),
        created_at: extra?.created_at ?? selection.created ?? now,
        updated_at: extra?.updated_at ?? selection.modified ?? selection.created ?? now,
        tag_ids: tagIds,
      });
      report.passages++;
      return id;
    }

    // — Notes not used as memos become Lectern notes; Lectern's own keep their rich text and links.
    const createdNotes: Array<{ id: number; title: string; json: string }> = [];
    const noteOf = new Map<string, number>();
    for (const note of project.notes) {
      if (usedNotes.has(note.guid)) continue;
      const own = extension?.notes[note.guid];
      const text = noteText.get(note.guid) ?? '';
      const json =
        own?.lexical_json ?? markdownToNote(text, note.name, { noteId: () => null, tagId: () => null }).json;
      const id = notesStore.create(note.name, json);
      if (own)
        db.prepare('UPDATE notes SET created_at = ?, updated_at = ? WHERE id = ?').run(
          own.created_at,
          own.updated_at,
          id,
        );
      noteOf.set(note.guid, id);
      createdNotes.push({ id, title: note.name, json });
      report.notes++;
    }
    // Links inside Lectern's notes point at ids of the exporting project: point them at ours.
    if (extension) {
      const documentOf = new Map<string, number>();
      const byHash = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE content_hash = ?');
      for (const [guid, doc] of Object.entries(extension.documents)) {
        const id = byHash.get(doc.content_hash)?.id;
        if (id !== undefined) documentOf.set(guid, id);
      }
      const map = extensionIdMap(extension, { passageOf, tagOf, documentOf, noteOf });
      const keepDates = db.prepare('UPDATE notes SET lexical_json = ?, updated_at = ? WHERE id = ?');
      for (const note of createdNotes) {
        const remapped = remapNoteIds(note.json, map);
        if (remapped === note.json) continue;
        const updated = (
          db.prepare('SELECT updated_at FROM notes WHERE id = ?').get(note.id) as { updated_at: string }
        ).updated_at;
        notesStore.save(note.id, note.title, remapped);
        db.prepare('DELETE FROM note_revisions WHERE note_id = ?').run(note.id);
        keepDates.run(remapped, updated, note.id);
      }
    }
  });
  try {
    write();
  } catch (error) {
    throw new LecternError(
      'import-failed',
      `Nothing was imported from ${label}: ${(error as Error).message} The project is as it was before.`,
      (error as Error).stack,
    );
  }

  report.elapsed_ms = Math.round(performance.now() - started);
  return report;
}

type IdKind = 'documents' | 'tags' | 'passages' | 'notes';

/** Old Lectern id → new id, through the GUIDs lectern.json recorded. */
function extensionIdMap(
  extension: LecternExtension | null,
  maps: {
    passageOf: Map<string, number>;
    tagOf: Map<string, number>;
    documentOf: Map<string, number>;
    noteOf?: Map<string, number>;
  },
): Record<IdKind, Map<number, number>> {
  const result: Record<IdKind, Map<number, number>> = {
    documents: new Map(),
    tags: new Map(),
    passages: new Map(),
    notes: new Map(),
  };
  if (!extension) return result;
  const byGuid: Record<IdKind, Map<string, number> | undefined> = {
    documents: maps.documentOf,
    tags: maps.tagOf,
    passages: maps.passageOf,
    notes: maps.noteOf,
  };
  for (const kind of Object.keys(result) as IdKind[]) {
    for (const [oldId, guid] of Object.entries(extension.ids[kind] ?? {})) {
      const newId = byGuid[kind]?.get(guid);
      if (newId !== undefined) result[kind].set(Number(oldId), newId);
    }
  }
  return result;
}

/** Rewrites the ids in a note's quote embeds, links and tag references. */
function remapNoteIds(json: string, map: Record<IdKind, Map<number, number>>): string {
  const parsed = JSON.parse(json) as { root: NodeJson };
  parseNoteJson(json);
  walkNodes(parsed.root, (node) => {
    if (node.type === PASSAGE_EMBED && typeof node.passage_id === 'number') {
      node.passage_id = map.passages.get(node.passage_id) ?? node.passage_id;
      const snapshot = node.snapshot as { document_id: number | null } | undefined;
      if (snapshot && typeof snapshot.document_id === 'number')
        snapshot.document_id = map.documents.get(snapshot.document_id) ?? snapshot.document_id;
    } else if (node.type === NOTE_LINK && typeof node.target_id === 'number') {
      node.target_id =
        (node.target === 'document' ? map.documents : map.notes).get(node.target_id) ?? node.target_id;
    } else if (node.type === TAG_REF && typeof node.tag_id === 'number') {
      node.tag_id = map.tags.get(node.tag_id) ?? node.tag_id;
    }
  });
  const out = JSON.stringify(parsed);
  return out === JSON.stringify(JSON.parse(json)) ? json : out;
}

/** A passage to write: what an export reads of one, without its id. */
type PassageInput = Omit<PassageRecord, 'id'>;

/** Inserts a passage, or reuses the same coder's passage over the same range and kind; adds its tags. */
export function passageWriter(db: Db): (passage: PassageInput) => number {
  const same = db.prepare<[number, number, number, string, number], { id: number }>(
    'SELECT id FROM passages WHERE document_id = ? AND start = ? AND "end" = ? AND kind = ? AND coder_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO passages (document_id, start, "end", exact, prefix, suffix, kind, speaker, memo, status, coder_id, created_at, updated_at)
     VALUES (@document_id, @start, @end, @exact, @prefix, @suffix, @kind, @speaker, @memo, @status, @coder_id, @created_at, @updated_at)`,
  );
  const addTag = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO passage_tags (passage_id, tag_id) VALUES (?, ?)',
  );
  return (passage) => {
    const { tag_ids, ...row } = passage;
    const id =
      same.get(row.document_id, row.start, row.end, row.kind, row.coder_id)?.id ??
      Number(insert.run(row).lastInsertRowid);
    for (const tagId of tag_ids) addTag.run(id, tagId);
    return id;
  };
}

/** Lectern's own additions, when the file came from Lectern (ignored if damaged). */
function readExtension(files: Map<string, Uint8Array>): LecternExtension | null {
  const bytes = files.get(EXTENSION_FILE);
  if (!bytes) return null;
  try {
    const parsed = JSON.parse(strFromU8(bytes)) as LecternExtension;
    return parsed.format === EXTENSION_FORMAT && parsed.version === 1 ? parsed : null;
  } catch {
    return null;
  }
}

/** A source's text: inline, or the file its path names inside the zip (sources/ or Sources/). */
function readSourceText(source: QdeSource, files: Map<string, Uint8Array>): string | null {
  if (source.plainTextContent !== null && source.plainTextContent !== '') return source.plainTextContent;
  if (!source.plainTextPath) return null;
  const bytes = internalFile(source.plainTextPath, files);
  return bytes ? decodeUtf8(bytes) : null;
}

function readNoteText(
  note: { plainTextContent: string | null; plainTextPath: string | null },
  files: Map<string, Uint8Array>,
): string | null {
  if (note.plainTextContent !== null) return note.plainTextContent;
  if (!note.plainTextPath) return null;
  const bytes = internalFile(note.plainTextPath, files);
  return bytes ? decodeUtf8(bytes) : null;
}

/** `internal://x.txt` → the zip entry sources/x.txt, whatever the folder's case. */
function internalFile(path: string, files: Map<string, Uint8Array>): Uint8Array | null {
  const match = /^internal:\/\/(.+)$/i.exec(path.trim());
  if (!match) return null;
  const name = decodeURIComponent(match[1]!).replace(/\\/g, '/').toLowerCase();
  const bare = name.replace(/[{}]/g, '');
  return (
    files.get(`sources/${name}`) ?? files.get(name) ?? files.get(`sources/${bare}`) ?? files.get(bare) ?? null
  );
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * The reading text Lectern stores (\r\n made \n) and a map from the source's code point positions
 * to UTF-16 offsets in it, counting each \r\n as one or two positions as the exporting tool did.
 */
export function normalizeText(
  text: string,
  crlfAsOne: boolean,
): { body: string; toUtf16: (codePoint: number) => number | null } {
  const counter = utf16Counter(text);
  if (!text.includes('\r\n')) return { body: text, toUtf16: counter.toUtf16 };
  const body = text.replace(/\r\n/g, '\n');
  // UTF-16 offsets (in the original text) of each \r that is dropped.
  const dropped: number[] = [];
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) dropped.push(i);
  const removedBefore = (utf16: number) => {
    let low = 0;
    let high = dropped.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (dropped[mid]! < utf16) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  if (crlfAsOne) {
    // Positions count the text with \r\n as one character: that is the normalised body itself.
    const bodyCounter = utf16Counter(body);
    return { body, toUtf16: bodyCounter.toUtf16 };
  }
  return {
    body,
    toUtf16(codePoint) {
      const utf16 = counter.toUtf16(codePoint);
      return utf16 === null ? null : utf16 - removedBefore(utf16);
    },
  };
}

/** Paragraph ranges of a plain text: each non-empty line. */
function paragraphsOf(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    const end = start + line.length;
    const trimmedStart = start + (line.length - line.trimStart().length);
    const trimmedEnd = start + line.trimEnd().length;
    if (trimmedEnd > trimmedStart)
      paragraphs.push({ start: trimmedStart, end: trimmedEnd, kind: 'paragraph' });
    start = end + 1;
  }
  return paragraphs;
}

/** #abc becomes #aabbcc, a bare aabbcc gets its #; anything else is no colour. */
function normalizeColor(color: string | null): string | null {
  const match = /^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(color?.trim() ?? '');
  if (!match) return null;
  return match[1]!.length === 3 ? `#${[...match[1]!].map((c) => c + c).join('')}` : `#${match[1]!}`;
}
