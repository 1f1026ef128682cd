import type { EntityHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { EntityMergeProposal, EntitySummary } from '../../shared/model';
import type { CodingContext } from '../coding/CodingContext';
import { speakerKey } from '../quotes/speakerKey';
import { catchUpDetection } from '../quotes/catchUpDetection';
import { editDistance } from './editDistance';

interface EntityRow {
  id: number;
  kind: EntitySummary['kind'];
  name: string;
  documents: number;
  mentions: number;
}

/**
 * The entity index: list (paged, by any alias), merge, split, rename and role links. Each change
 * is one undoable step and announces a coding change, so the speakers view, the quotes and the
 * reader follow at once.
 */
export function entityHandlers(context: CodingContext): EntityHandlers {
  const { db, journal } = context;
  const getEntity = db.prepare<[number], { id: number; kind: EntitySummary['kind']; name: string }>(
    'SELECT id, kind, name FROM entities WHERE id = ?',
  );
  const require = (id: number) => {
    const entity = getEntity.get(id);
    if (!entity)
      throw new LecternError('not-found', `Entity ${id} does not exist (it may have been merged).`);
    return entity;
  };
  const aliasRows = db.prepare<[number], { alias: string; key: string; source: string }>(
    'SELECT alias, key, source FROM entity_aliases WHERE entity_id = ? ORDER BY alias',
  );
  const counts = db.prepare<[number], { documents: number; mentions: number }>(
    'SELECT COUNT(DISTINCT document_id) AS documents, COUNT(*) AS mentions FROM entity_mentions WHERE entity_id = ?',
  );
  const addAlias = db.prepare<[number, string, string, string]>(
    'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key, source) VALUES (?, ?, ?, ?)',
  );

  /** Quotes (accepted, open) per speaker key, over the whole corpus: one pass. */
  const quoteCounts = () => {
    const byKey = new Map<string, { quotes: number; suggested: number }>();
    const rows = db
      .prepare(
        `SELECT speaker_key(speaker) AS key, SUM(accepted) AS quotes, SUM(1 - accepted) AS suggested FROM (
           SELECT speaker, 1 AS accepted FROM passages WHERE kind = 'quote' AND speaker IS NOT NULL
           UNION ALL SELECT speaker, 0 FROM quote_suggestions WHERE status = 'open' AND speaker IS NOT NULL)
         GROUP BY key`,
      )
      .all() as Array<{ key: string; quotes: number; suggested: number }>;
    for (const row of rows) byKey.set(row.key, { quotes: row.quotes, suggested: row.suggested });
    return byKey;
  };

  const summarise = (
    row: EntityRow,
    byKey: Map<string, { quotes: number; suggested: number }>,
  ): EntitySummary => {
    const aliases = aliasRows.all(row.id);
    const keys = new Set([speakerKey(row.name), ...aliases.map((alias) => alias.key)]);
    let quotes = 0;
    let suggested = 0;
    for (const key of keys) {
      quotes += byKey.get(key)?.quotes ?? 0;
      suggested += byKey.get(key)?.suggested ?? 0;
    }
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      aliases: aliases.filter((a) => a.source !== 'role' && a.alias !== row.name).map((a) => a.alias),
      roles: aliases.filter((a) => a.source === 'role').map((a) => a.alias),
      documents: row.documents,
      mentions: row.mentions,
      quotes,
      suggested,
    };
  };

  const summary = (id: number) => {
    const entity = require(id);
    return summarise({ ...entity, ...counts.get(id)! }, quoteCounts());
  };

  const changed = () => context.codingChanged([]);

  return {
    'entities-list': async ({ kind, query, limit = 100, offset = 0 }) => {
      catchUpDetection(context);
      const where = ['1'];
      const params: Array<string | number> = [];
      if (kind) {
        where.push('e.kind = ?');
        params.push(kind);
      }
      if (query?.trim()) {
        // Any alias, folded the way speaker names are: "lawrow" finds Sergey Lavrov.
        where.push(
          `e.id IN (SELECT entity_id FROM entity_aliases WHERE key LIKE '%' || ? || '%' ESCAPE '\\')`,
        );
        params.push(speakerKey(query).replace(/[%_\\]/g, '\\$&'));
      }
      const filter = where.join(' AND ');
      const total = (
        db.prepare(`SELECT COUNT(*) AS n FROM entities e WHERE ${filter}`).get(...params) as { n: number }
      ).n;
      const rows = db
        .prepare(
          `SELECT e.id, e.kind, e.name, COUNT(DISTINCT m.document_id) AS documents, COUNT(m.entity_id) AS mentions
           FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.id
           WHERE ${filter} GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?`,
        )
        .all(...params, limit, offset) as EntityRow[];
      const byKey = quoteCounts();
      return { total, items: rows.map((row) => summarise(row, byKey)) };
    },

    'entities-merge': async ({ into, ids }) => {
      const target = require(into);
      const others = ids.filter((id) => id !== into).map(require);
      journal.record(`merge ${others.map((o) => o.name).join(', ')} into ${target.name}`, () => {
        for (const other of others) {
          if (other.kind !== target.kind)
            throw new LecternError(
              'invalid-argument',
              `${other.name} is a ${other.kind}, ${target.name} a ${target.kind}: only entities of one kind merge.`,
            );
          addAlias.run(into, other.name, speakerKey(other.name), 'user');
          db.prepare(
            `INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key, source) SELECT ?, alias, key, source FROM entity_aliases WHERE entity_id = ?`,
          ).run(into, other.id);
          db.prepare('UPDATE OR IGNORE entity_mentions SET entity_id = ? WHERE entity_id = ?').run(
            into,
            other.id,
          );
          db.prepare('DELETE FROM entities WHERE id = ?').run(other.id);
        }
      });
      changed();
      return summary(into);
    },

    'entities-split': async ({ id, aliases }) => {
      const entity = require(id);
      const own = aliasRows.all(id);
      const moving = own.filter((row) => aliases.includes(row.alias));
      if (moving.length === 0)
        throw new LecternError('invalid-argument', `${entity.name} has no alias ${aliases.join(', ')}.`);
      const newId = journal.record(`split ${moving[0]!.alias} from ${entity.name}`, () => {
        const created = Number(
          db.prepare('INSERT INTO entities (kind, name) VALUES (?, ?)').run(entity.kind, moving[0]!.alias)
            .lastInsertRowid,
        );
        for (const row of moving) {
          db.prepare('DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?').run(id, row.alias);
          addAlias.run(created, row.alias, row.key, 'user');
        }
        // Mentions written exactly so move along (the document's own text decides).
        const keys = new Set(moving.map((row) => row.key));
        const mentions = db
          .prepare<[number], { document_id: number; start: number; end: number }>(
            'SELECT document_id, start, "end" FROM entity_mentions WHERE entity_id = ?',
          )
          .all(id);
        const body = db.prepare<[number], { body: string }>('SELECT body FROM documents WHERE id = ?');
        const move = db.prepare(
          'UPDATE OR IGNORE entity_mentions SET entity_id = ? WHERE entity_id = ? AND document_id = ? AND start = ?',
        );
        const bodies = new Map<number, string>();
        for (const mention of mentions) {
          const text = bodies.get(mention.document_id) ?? body.get(mention.document_id)?.body ?? '';
          bodies.set(mention.document_id, text);
          if (keys.has(speakerKey(text.slice(mention.start, mention.end))))
            move.run(created, id, mention.document_id, mention.start);
        }
        return created;
      });
      changed();
      return summary(newId);
    },

    'entities-rename': async ({ id, name }) => {
      const entity = require(id);
      journal.record(`rename ${entity.name} to ${name}`, () => {
        addAlias.run(id, entity.name, speakerKey(entity.name), 'found');
        addAlias.run(id, name, speakerKey(name), 'user');
        db.prepare('UPDATE entities SET name = ? WHERE id = ?').run(name, id);
      });
      changed();
      return summary(id);
    },

    'entities-link-role': async ({ id, role }) => {
      const entity = require(id);
      if (entity.kind !== 'person')
        throw new LecternError(
          'invalid-argument',
          `Only a person holds a role; ${entity.name} is a ${entity.kind}.`,
        );
      journal.record(`link ${role} to ${entity.name}`, () =>
        addAlias.run(id, role, speakerKey(role), 'role'),
      );
      changed();
      return summary(id);
    },

    'entities-typos': async ({ kind }) => {
      catchUpDetection(context);
      const rows = db
        .prepare<
          [string | null, string | null],
          { id: number; name: string; kind: string; mentions: number }
        >(
          `SELECT e.id, e.name, e.kind, COUNT(m.entity_id) AS mentions FROM entities e
           LEFT JOIN entity_mentions m ON m.entity_id = e.id WHERE (? IS NULL OR e.kind = ?) GROUP BY e.id`,
        )
        .all(kind ?? null, kind ?? null);
      return typoPairs(rows);
    },
  };
}

/**
 * Entities of one kind whose folded names are one or two edits apart (Sregey Lavrov ~ Sergey
 * Lavrov), compared within buckets of a shared word so the corpus is not compared pairwise; the
 * more mentioned name is proposed to keep. Short names (under 6 letters) need an exact shared word.
 */
export function typoPairs(
  rows: Array<{ id: number; name: string; kind: string; mentions: number }>,
): EntityMergeProposal[] {
  const buckets = new Map<string, typeof rows>();
  for (const row of rows) {
    const words = speakerKey(row.name).split(' ');
    if (words.length < 2) continue;
    for (const word of new Set([words[0]!, words.at(-1)!])) {
      const bucket = `${row.kind}:${word}`;
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), row]);
    }
  }
  const seen = new Set<string>();
  const proposals: EntityMergeProposal[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length > 200) continue; // a common first name: too broad to be a typo signal
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        const pair = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const keyA = speakerKey(a.name);
        const keyB = speakerKey(b.name);
        if (keyA === keyB || keyA.length < 6) continue;
        const distance = editDistance(keyA, keyB, 2);
        if (distance > 2) continue;
        const [keep, other] = a.mentions >= b.mentions ? [a, b] : [b, a];
        proposals.push({
          keep: { id: keep.id, name: keep.name },
          other: { id: other.id, name: other.name },
          distance,
        });
      }
    }
  }
  return proposals.sort((x, y) => x.distance - y.distance || x.keep.name.localeCompare(y.keep.name));
}
