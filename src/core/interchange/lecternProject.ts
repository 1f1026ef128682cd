import type { Db } from '../db/open';

/** A document as the interchange formats carry it: everything Lectern stores about it. */
export interface DocumentRecord {
  id: number;
  title: string;
  title_origin: string;
  source: string | null;
  author: string | null;
  published_at: string | null;
  place: string | null;
  language: string | null;
  body: string;
  raw: string;
  boilerplate: string;
  paragraphs: string;
  word_count: number;
  format: string;
  content_hash: string;
  origin_path: string | null;
  imported_at: string;
  url: string | null;
  section: string | null;
  /** JSON: each metadata field's origin (meta-tag, dateline, user …). */
  field_origins: string;
  /** JSON: the researcher's edits and what the import had found. */
  user_edits: string;
}

export interface TagRecord {
  id: number;
  parent_id: number | null;
  name: string;
  color: string;
  memo: string;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface PassageRecord {
  id: number;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: 'quote' | 'highlight';
  speaker: string | null;
  memo: string;
  status: 'anchored' | 'orphaned';
  coder_id: number;
  created_at: string;
  updated_at: string;
  tag_ids: number[];
}

export interface NoteRecord {
  id: number;
  title: string;
  lexical_json: string;
  plain_text: string;
  created_at: string;
  updated_at: string;
}

export interface CoderRecord {
  id: number;
  guid: string;
  name: string;
}

/** Everything an export writes, read in one consistent snapshot of the database. */
export interface LecternProject {
  documents: DocumentRecord[];
  tags: TagRecord[];
  passages: PassageRecord[];
  notes: NoteRecord[];
  coders: CoderRecord[];
}

/** Reads the whole project (notes in the trash left out) inside one read transaction. */
export function readLecternProject(db: Db): LecternProject {
  return db.transaction(() => {
    const documents = db
      .prepare(
        `SELECT id, title, title_origin, source, author, published_at, place, language, body, raw, boilerplate,
           paragraphs, word_count, format, content_hash, origin_path, imported_at, url, section, field_origins,
           user_edits FROM documents WHERE deleted_at IS NULL ORDER BY id`,
      )
      .all() as DocumentRecord[];
    const tags = db
      .prepare(
        'SELECT id, parent_id, name, color, memo, sort, created_at, updated_at FROM tags ORDER BY coalesce(parent_id, 0), sort, id',
      )
      .all() as TagRecord[];
    const tagsOf = new Map<number, number[]>();
    for (const row of db
      .prepare('SELECT passage_id, tag_id FROM passage_tags ORDER BY passage_id, tag_id')
      .all() as Array<{ passage_id: number; tag_id: number }>) {
      const list = tagsOf.get(row.passage_id);
      if (list) list.push(row.tag_id);
      else tagsOf.set(row.passage_id, [row.tag_id]);
    }
    // A project last opened by an older Lectern (a colleague's copy) has no coders yet: all its
    // passages are its owner's.
    const hasCoders = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'coders'")
      .get();
    const passages = (
      db
        .prepare(
          `SELECT id, document_id, start, "end", exact, prefix, suffix, kind, speaker, memo, status,
             ${hasCoders ? 'coder_id' : '1 AS coder_id'}, created_at, updated_at FROM passages ORDER BY document_id, start, "end", id`,
        )
        .all() as Array<Omit<PassageRecord, 'tag_ids'>>
    ).map((passage) => ({ ...passage, tag_ids: tagsOf.get(passage.id) ?? [] }));
    const notes = db
      .prepare(
        'SELECT id, title, lexical_json, plain_text, created_at, updated_at FROM notes WHERE deleted_at IS NULL ORDER BY id',
      )
      .all() as NoteRecord[];
    const coders = hasCoders
      ? (db.prepare('SELECT id, guid, name FROM coders ORDER BY id').all() as CoderRecord[])
      : [];
    return { documents, tags, passages, notes, coders };
  })();
}

/** Each tag's path from the root, "Actors/Russia", by id (names joined with "/"). */
export function tagPaths(tags: Array<Pick<TagRecord, 'id' | 'parent_id' | 'name'>>): Map<number, string> {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const paths = new Map<number, string>();
  const pathOf = (id: number): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const tag = byId.get(id)!;
    const path = tag.parent_id === null ? tag.name : `${pathOf(tag.parent_id)}/${tag.name}`;
    paths.set(id, path);
    return path;
  };
  for (const tag of tags) pathOf(tag.id);
  return paths;
}
