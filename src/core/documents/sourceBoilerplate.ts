import { createHash } from 'node:crypto';
import type { BoilerplateRule, BoilerplateBlock, Paragraph } from '../../shared/model';
import type { Db } from '../db/open';
import { assembleUnits, paragraphKey, unitsOf, type Unit } from './repartition';
import { rewriteDocumentText } from './rewriteDocumentText';

/** A paragraph seen in this many different stories of one source is that source's boilerplate. */
export const REPEATS_TO_LEARN = 3;
/** Only the head and the tail of an article carry site chrome; the middle is not recorded. */
const HEAD = 3;
const TAIL = 6;
/** Longer paragraphs are article text even when repeated (a reprinted background paragraph). */
const MAX_LENGTH = 700;

type StoredDoc = {
  id: number;
  source: string | null;
  body: string;
  paragraphs: string;
  boilerplate: string;
  story_id: number | null;
};

/** The key under which a paragraph's rule is stored. */
export function paragraphHash(text: string): string {
  return createHash('sha1').update(paragraphKey(text)).digest('hex');
}

const LEARNT_REASON = 'repeated in other documents of this source';
const USER_REASON = 'marked as boilerplate';

/**
 * After an import: records the head and tail paragraphs of the new documents by source, learns
 * as boilerplate those that now recur across REPEATS_TO_LEARN stories of the source, and applies
 * the source's rules (learnt and the researcher's) to every document of the source they touch.
 * Nothing is deleted: a paragraph moves between the reading text and the set-aside blocks.
 * Returns the ids of documents whose text changed.
 */
export function learnSourceBoilerplate(db: Db, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const docs = loadDocs(db, ids).filter((doc) => doc.source);
  const record = db.prepare(
    'INSERT OR IGNORE INTO source_paragraphs (source, hash, document_id) VALUES (?, ?, ?)',
  );
  const stories = db.prepare<[string, string], { stories: number }>(
    `SELECT count(DISTINCT coalesce(d.story_id, d.id)) AS stories FROM source_paragraphs s
     JOIN documents d ON d.id = s.document_id WHERE s.source = ? AND s.hash = ? AND d.deleted_at IS NULL`,
  );
  const learn = db.prepare(
    `INSERT OR IGNORE INTO boilerplate_rules (source, hash, text, verdict, origin, created_at)
     VALUES (?, ?, ?, 'boilerplate', 'learnt', ?)`,
  );
  const known = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM boilerplate_rules WHERE source = ? AND hash = ?',
  );
  const touched = new Set<string>();
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const doc of docs) {
      const units = unitsOf(parse(doc));
      const edges = units.length <= HEAD + TAIL ? units : [...units.slice(0, HEAD), ...units.slice(-TAIL)];
      for (const unit of edges) {
        if (unit.text.length > MAX_LENGTH || unit.text.length < 3) continue;
        const hash = paragraphHash(unit.text);
        record.run(doc.source, hash, doc.id);
        // A paragraph with a rule is decided; counting it again would grow with the source.
        if (known.get(doc.source!, hash)) continue;
        if ((stories.get(doc.source!, hash)?.stories ?? 0) >= REPEATS_TO_LEARN) {
          if (learn.run(doc.source, hash, unit.text, now).changes > 0) touched.add(doc.source!);
        }
      }
      touched.add(`#${doc.id}`);
    }
  })();
  // Only sources with rules can change a document.
  const ruled = new Set(
    db
      .prepare<[], { source: string }>('SELECT DISTINCT source FROM boilerplate_rules')
      .all()
      .map((r) => r.source),
  );
  const sourceOf = new Map(docs.map((doc) => [doc.id, doc.source!]));
  for (const key of [...touched])
    if (key.startsWith('#') && !ruled.has(sourceOf.get(Number(key.slice(1)))!)) touched.delete(key);
  // A document whose source was re-applied as a whole needs no second pass.
  for (const key of [...touched])
    if (key.startsWith('#') && touched.has(sourceOf.get(Number(key.slice(1)))!)) touched.delete(key);
  const changed = new Set<number>();
  for (const key of touched) {
    const targets = key.startsWith('#') ? loadDocs(db, [Number(key.slice(1))]) : docsOfSource(db, key);
    for (const id of applyRules(db, targets)) changed.add(id);
  }
  return [...changed];
}

/**
 * The researcher's mark on a paragraph: boilerplate, article text, or back to automatic. It becomes
 * a rule of the document's source and applies at once to each of the source's documents.
 */
export function markParagraph(
  db: Db,
  documentId: number,
  text: string,
  verdict: 'boilerplate' | 'content' | 'auto',
): { rule: BoilerplateRule | null; documents: number[] } {
  const [doc] = loadDocs(db, [documentId]);
  if (!doc) return { rule: null, documents: [] };
  // A document without a source keeps its rule to itself.
  const source = doc.source ?? `#${doc.id}`;
  const hash = paragraphHash(text);
  if (verdict === 'auto') {
    db.prepare("DELETE FROM boilerplate_rules WHERE source = ? AND hash = ? AND origin = 'user'").run(
      source,
      hash,
    );
  } else {
    db.prepare(
      `INSERT INTO boilerplate_rules (source, hash, text, verdict, origin, created_at) VALUES (?, ?, ?, ?, 'user', ?)
       ON CONFLICT (source, hash) DO UPDATE SET verdict = excluded.verdict, origin = 'user', text = excluded.text`,
    ).run(source, hash, text, verdict, new Date().toISOString());
  }
  const rule =
    db
      .prepare<[string, string], BoilerplateRule>(
        'SELECT id, source, text, verdict, origin, created_at FROM boilerplate_rules WHERE source = ? AND hash = ?',
      )
      .get(source, hash) ?? null;
  const targets = doc.source ? docsOfSource(db, doc.source) : [doc];
  // Back to automatic: a paragraph the researcher had pulled out returns to where detection put it.
  const restore = verdict === 'auto' ? paragraphKey(text) : null;
  return { rule, documents: applyRules(db, targets, restore) };
}

/** Re-partitions documents by their source's rules; returns the ids whose text changed. */
function applyRules(db: Db, docs: StoredDoc[], restore: string | null = null): number[] {
  const changed: number[] = [];
  const rulesFor = db.prepare<[string], { hash: string; verdict: 'boilerplate' | 'content'; origin: string }>(
    'SELECT hash, verdict, origin FROM boilerplate_rules WHERE source = ?',
  );
  const cache = new Map<string, Map<string, { verdict: string; origin: string }>>();
  db.transaction(() => {
    for (const doc of docs) {
      const key = doc.source ?? `#${doc.id}`;
      let rules = cache.get(key);
      if (!rules) {
        rules = new Map(rulesFor.all(key).map((rule) => [rule.hash, rule]));
        cache.set(key, rules);
      }
      const before = parse(doc);
      let moved = false;
      const units = unitsOf(before).map((unit): Unit => {
        const rule = rules.get(paragraphHash(unit.text));
        if (rule?.verdict === 'boilerplate' && unit.kind !== 'boilerplate') {
          moved = true;
          return {
            text: unit.text,
            kind: 'boilerplate',
            reason: rule.origin === 'user' ? USER_REASON : LEARNT_REASON,
          };
        }
        const pulledOut = unit.reason === USER_REASON || unit.reason === LEARNT_REASON;
        if (
          unit.kind === 'boilerplate' &&
          (rule?.verdict === 'content' ||
            (!rule && pulledOut) ||
            (restore !== null && paragraphKey(unit.text) === restore && pulledOut))
        ) {
          moved = true;
          return { text: unit.text, kind: 'paragraph' };
        }
        return unit;
      });
      if (!moved) continue;
      rewriteDocumentText(db, doc.id, doc.body, assembleUnits(units));
      changed.push(doc.id);
    }
  })();
  return changed;
}

function parse(doc: StoredDoc): { body: string; paragraphs: Paragraph[]; boilerplate: BoilerplateBlock[] } {
  return { body: doc.body, paragraphs: JSON.parse(doc.paragraphs), boilerplate: JSON.parse(doc.boilerplate) };
}

function loadDocs(db: Db, ids: number[]): StoredDoc[] {
  return db
    .prepare<[string], StoredDoc>(
      `SELECT id, source, body, paragraphs, boilerplate, story_id FROM documents
       WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
    )
    .all(JSON.stringify(ids));
}

function docsOfSource(db: Db, source: string): StoredDoc[] {
  return db
    .prepare<[string], StoredDoc>(
      'SELECT id, source, body, paragraphs, boilerplate, story_id FROM documents WHERE source = ? AND deleted_at IS NULL',
    )
    .all(source);
}
