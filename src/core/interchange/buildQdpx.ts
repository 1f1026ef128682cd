import { strToU8 } from 'fflate';
import { APP_VERSION } from '../appVersion';
import { codePointCounter } from './codePoints';
import { stableGuid } from './guid';
import type { LecternProject, TagRecord } from './lecternProject';
import { tagPaths } from './lecternProject';
import { XmlWriter } from './xmlWriter';

/** The REFI-QDA project namespace (QDA-XML 1.0). */
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
/** Where Lectern keeps, inside a .qdpx, what REFI-QDA has no place for (other tools ignore it). */
export const EXTENSION_FILE = 'lectern.json';
export const EXTENSION_FORMAT = 'lectern-qdpx-extension';
/** The name of the Case that groups Lectern's quotations (passages of kind quote). */
export const QUOTATIONS_CASE = 'Lectern: quotations';

/** Document fields carried as REFI-QDA variables on each text source, in this order. */
export const DOCUMENT_VARIABLES = [
  ['title', 'Title'],
  ['source', 'Source'],
  ['author', 'Author'],
  ['published_at', 'Published'],
  ['place', 'Place'],
  ['language', 'Language'],
] as const;
export const SPEAKER_VARIABLE = 'Speaker';

/** What Lectern stores beyond the standard, keyed by the GUIDs the project.qde uses. */
export interface LecternExtension {
  format: typeof EXTENSION_FORMAT;
  version: 1;
  documents: Record<
    string,
    {
      title_origin: string;
      /** The original text, when it differs from the reading text. */
      raw?: string;
      boilerplate: string;
      paragraphs: string;
      word_count: number;
      format: string;
      content_hash: string;
      origin_path: string | null;
      imported_at: string;
      url?: string | null;
      section?: string | null;
      field_origins?: string;
      user_edits?: string;
    }
  >;
  tags: Record<string, { sort: number; created_at: string; updated_at: string }>;
  passages: Record<
    string,
    {
      /** UTF-16 offsets, as Lectern stores them (the .qde has code points). */
      start: number;
      end: number;
      exact: string;
      prefix: string;
      suffix: string;
      kind: 'quote' | 'highlight';
      status: 'anchored' | 'orphaned';
      created_at: string;
      updated_at: string;
    }
  >;
  notes: Record<string, { lexical_json: string; created_at: string; updated_at: string }>;
  /** Lectern ids by GUID kind, so links inside notes (passage, note, document, tag ids) can be remapped. */
  ids: Record<'documents' | 'tags' | 'passages' | 'notes', Record<string, string>>;
}

export interface BuiltQdpx {
  qde: string;
  /** Zip entries besides project.qde: sources/<guid>.txt and lectern.json. */
  files: Record<string, Uint8Array>;
  counts: { sources: number; codes: number; selections: number; notes: number };
}

/** GUIDs of a project's objects: stable across exports of the same project. */
export function projectGuids(project: LecternProject) {
  const local = project.coders.find((coder) => coder.id === 1)?.guid ?? 'local';
  const paths = tagPaths(project.tags);
  return {
    document: (doc: { content_hash: string }) => stableGuid('document', doc.content_hash),
    tag: (tag: Pick<TagRecord, 'id'>) => stableGuid('tag', paths.get(tag.id) ?? String(tag.id)),
    passage: (id: number) => stableGuid('passage', `${local}:${id}`),
    coding: (passageGuid: string, tagGuid: string) => stableGuid('coding', `${passageGuid}:${tagGuid}`),
    note: (id: number) => stableGuid('note', `${local}:${id}`),
    memo: (passageGuid: string) => stableGuid('memo', passageGuid),
    variable: (name: string) => stableGuid('variable', name),
    speakerCase: (speaker: string) => stableGuid('case', `speaker:${speaker}`),
    quotationsCase: () => stableGuid('case', 'quotations'),
    coder: (id: number) => project.coders.find((coder) => coder.id === id)?.guid ?? local,
    local,
  };
}

/**
 * Writes a Lectern project as a REFI-QDA project: project.qde (valid against Project.xsd), each
 * document's reading text as sources/<guid>.txt (UTF-8; selections count code points in it), and
 * lectern.json with what the standard cannot say (original text, passage kinds, note JSON), so a
 * round trip through Lectern loses nothing.
 */
export function buildQdpx(
  project: LecternProject,
  name: string,
  markdownOf: (noteId: number) => string,
): BuiltQdpx {
  const guids = projectGuids(project);
  const now = new Date().toISOString();
  const files: Record<string, Uint8Array> = {};
  const extension: LecternExtension = {
    format: EXTENSION_FORMAT,
    version: 1,
    documents: {},
    tags: {},
    passages: {},
    notes: {},
    ids: { documents: {}, tags: {}, passages: {}, notes: {} },
  };
  const xml = new XmlWriter();
  xml.open('Project', {
    xmlns: PROJECT_NS,
    name,
    origin: `Lectern ${APP_VERSION}`,
    creatingUserGUID: guids.local,
    creationDateTime: now,
  });

  // Users: everyone who coded in this project.
  xml.open('Users');
  for (const coder of project.coders)
    xml.leaf('User', { guid: coder.guid, name: coder.name, id: String(coder.id) });
  xml.close('Users');

  // The codebook, nested as the tag tree.
  const tagGuid = new Map<number, string>();
  for (const tag of project.tags) {
    const guid = guids.tag(tag);
    tagGuid.set(tag.id, guid);
    extension.tags[guid] = { sort: tag.sort, created_at: tag.created_at, updated_at: tag.updated_at };
    extension.ids.tags[tag.id] = guid;
  }
  if (project.tags.length > 0) {
    const children = new Map<number | null, TagRecord[]>();
    for (const tag of project.tags) {
      const list = children.get(tag.parent_id);
      if (list) list.push(tag);
      else children.set(tag.parent_id, [tag]);
    }
    const writeCode = (tag: TagRecord) => {
      const kids = children.get(tag.id) ?? [];
      const attributes = { guid: tagGuid.get(tag.id)!, name: tag.name, isCodable: true, color: tag.color };
      if (kids.length === 0 && !tag.memo) {
        xml.leaf('Code', attributes);
        return;
      }
      xml.open('Code', attributes);
      if (tag.memo) xml.leaf('Description', {}, tag.memo);
      for (const kid of kids) writeCode(kid);
      xml.close('Code');
    };
    xml.open('CodeBook').open('Codes');
    for (const tag of children.get(null) ?? []) writeCode(tag);
    xml.close('Codes').close('CodeBook');
  }

  // Variables: the document metadata fields, and the speaker of a quotation.
  const speakers = [...new Set(project.passages.flatMap((p) => (p.speaker ? [p.speaker] : [])))].sort();
  const quotations = project.passages.filter((passage) => passage.kind === 'quote');
  if (project.documents.length > 0 || speakers.length > 0) {
    xml.open('Variables');
    for (const [, label] of DOCUMENT_VARIABLES)
      xml.leaf('Variable', { guid: guids.variable(label), name: label, typeOfVariable: 'Text' });
    xml.leaf('Variable', {
      guid: guids.variable(SPEAKER_VARIABLE),
      name: SPEAKER_VARIABLE,
      typeOfVariable: 'Text',
    });
    xml.close('Variables');
  }

  // Cases: each speaker, holding the passages they said; and Lectern's quotations.
  if (speakers.length > 0 || quotations.length > 0) {
    xml.open('Cases');
    for (const speaker of speakers) {
      xml.open('Case', { guid: guids.speakerCase(speaker), name: speaker });
      xml.open('VariableValue');
      xml.leaf('VariableRef', { targetGUID: guids.variable(SPEAKER_VARIABLE) });
      xml.leaf('TextValue', {}, speaker);
      xml.close('VariableValue');
      for (const passage of project.passages)
        if (passage.speaker === speaker) xml.leaf('SelectionRef', { targetGUID: guids.passage(passage.id) });
      xml.close('Case');
    }
    if (quotations.length > 0) {
      xml.open('Case', { guid: guids.quotationsCase(), name: QUOTATIONS_CASE });
      xml.leaf('Description', {}, 'Passages Lectern holds as quotations (with or without a known speaker).');
      for (const passage of quotations) xml.leaf('SelectionRef', { targetGUID: guids.passage(passage.id) });
      xml.close('Case');
    }
    xml.close('Cases');
  }

  // Sources: each document's text in a file, its passages as selections with their codings.
  const passagesOf = new Map<number, LecternProject['passages']>();
  for (const passage of project.passages) {
    const list = passagesOf.get(passage.document_id);
    if (list) list.push(passage);
    else passagesOf.set(passage.document_id, [passage]);
  }
  const memoNotes: Array<{
    guid: string;
    name: string;
    text: string;
    created: string;
    modified: string;
    coder: string;
  }> = [];
  let selections = 0;
  if (project.documents.length > 0) {
    xml.open('Sources');
    for (const doc of project.documents) {
      const guid = guids.document(doc);
      extension.ids.documents[doc.id] = guid;
      extension.documents[guid] = {
        title_origin: doc.title_origin,
        ...(doc.raw !== doc.body ? { raw: doc.raw } : {}),
        boilerplate: doc.boilerplate,
        paragraphs: doc.paragraphs,
        word_count: doc.word_count,
        format: doc.format,
        content_hash: doc.content_hash,
        origin_path: doc.origin_path,
        imported_at: doc.imported_at,
        url: doc.url,
        section: doc.section,
        field_origins: doc.field_origins,
        user_edits: doc.user_edits,
      };
      files[`sources/${guid}.txt`] = strToU8(doc.body);
      xml.open('TextSource', {
        guid,
        name: doc.title,
        plainTextPath: `internal://${guid}.txt`,
        creatingUser: guids.local,
        creationDateTime: isoDateTime(doc.imported_at),
      });
      const toCodePoint = codePointCounter(doc.body);
      const bodyLength = doc.body.length;
      for (const passage of passagesOf.get(doc.id) ?? []) {
        selections++;
        const pguid = guids.passage(passage.id);
        extension.ids.passages[passage.id] = pguid;
        extension.passages[pguid] = {
          start: passage.start,
          end: passage.end,
          exact: passage.exact,
          prefix: passage.prefix,
          suffix: passage.suffix,
          kind: passage.kind,
          status: passage.status,
          created_at: passage.created_at,
          updated_at: passage.updated_at,
        };
        const coder = guids.coder(passage.coder_id);
        // An orphaned passage's offsets may lie past a shortened text: keep them inside it.
        const start = toCodePoint(Math.min(passage.start, bodyLength));
        const end = toCodePoint(Math.min(passage.end, bodyLength));
        xml.open('PlainTextSelection', {
          guid: pguid,
          name: passage.exact.length > 100 ? passage.exact.slice(0, 99) + '…' : passage.exact,
          startPosition: start,
          endPosition: end,
          creatingUser: coder,
          creationDateTime: isoDateTime(passage.created_at),
          modifiedDateTime: isoDateTime(passage.updated_at),
        });
        for (const tagId of passage.tag_ids) {
          const tguid = tagGuid.get(tagId)!;
          xml.open('Coding', { guid: guids.coding(pguid, tguid), creatingUser: coder });
          xml.leaf('CodeRef', { targetGUID: tguid });
          xml.close('Coding');
        }
        if (passage.memo) {
          const memo = guids.memo(pguid);
          xml.leaf('NoteRef', { targetGUID: memo });
          memoNotes.push({
            guid: memo,
            name: `Memo: ${passage.exact.slice(0, 60)}`,
            text: passage.memo,
            created: passage.created_at,
            modified: passage.updated_at,
            coder,
          });
        }
        xml.close('PlainTextSelection');
      }
      for (const [field, label] of DOCUMENT_VARIABLES) {
        const value = doc[field];
        if (value === null || value === '') continue;
        xml.open('VariableValue');
        xml.leaf('VariableRef', { targetGUID: guids.variable(label) });
        xml.leaf('TextValue', {}, value);
        xml.close('VariableValue');
      }
      xml.close('TextSource');
    }
    xml.close('Sources');
  }

  // Notes: the researcher's notes (as Markdown text) and the passages' memos.
  if (project.notes.length + memoNotes.length > 0) {
    xml.open('Notes');
    for (const note of project.notes) {
      const guid = guids.note(note.id);
      extension.ids.notes[note.id] = guid;
      extension.notes[guid] = {
        lexical_json: note.lexical_json,
        created_at: note.created_at,
        updated_at: note.updated_at,
      };
      xml.open('Note', {
        guid,
        name: note.title,
        creatingUser: guids.local,
        creationDateTime: isoDateTime(note.created_at),
        modifiedDateTime: isoDateTime(note.updated_at),
      });
      xml.leaf('PlainTextContent', {}, markdownOf(note.id));
      xml.close('Note');
    }
    for (const memo of memoNotes) {
      xml.open('Note', {
        guid: memo.guid,
        name: memo.name,
        creatingUser: memo.coder,
        creationDateTime: isoDateTime(memo.created),
        modifiedDateTime: isoDateTime(memo.modified),
      });
      xml.leaf('PlainTextContent', {}, memo.text);
      xml.close('Note');
    }
    xml.close('Notes');
  }
  xml.close('Project');

  files[EXTENSION_FILE] = strToU8(JSON.stringify(extension));
  return {
    qde: xml.toString(),
    files,
    counts: {
      sources: project.documents.length,
      codes: project.tags.length,
      selections,
      notes: project.notes.length + memoNotes.length,
    },
  };
}

/** A timestamp as xsd:dateTime wants it; Lectern's are ISO already, but be safe with odd ones. */
function isoDateTime(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
