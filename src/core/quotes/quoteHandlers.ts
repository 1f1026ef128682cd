import type { QuoteHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { QuoteSuggestion } from '../../shared/model';
import { textQuote } from '../annotate/textQuote';
import type { CodingContext } from '../coding/CodingContext';
import { passageQueries } from '../passages/passageQueries';
import { speakerKey } from './speakerKey';
import { catchUpDetection } from './catchUpDetection';
import { ensureQuotesDetected } from './storeQuoteSuggestions';
import { quotePager, quoteWhere, SUGGESTION_COLUMNS } from './quotePager';

/** Quotations found by Lectern, accepted (→ passage of kind quote) or dismissed by the researcher. */
export function quoteHandlers(context: CodingContext): QuoteHandlers {
  const { db, journal } = context;
  const queries = passageQueries(db);
  const getSuggestion = db.prepare<[number], QuoteSuggestion>(
    `SELECT ${SUGGESTION_COLUMNS} FROM quote_suggestions q JOIN documents d ON d.id = q.document_id WHERE q.id = ?`,
  );
  const requireSuggestion = (id: number) => {
    const suggestion = getSuggestion.get(id);
    if (!suggestion) throw new LecternError('not-found', `Quote suggestion ${id} does not exist.`);
    return suggestion;
  };
  const page = quotePager(db);
  /** One document's quotations are read before its list answers; the corpus's catch up behind. */
  const detect = (document_id: number | undefined, speaker: string | undefined) => {
    if (document_id !== undefined) ensureQuotesDetected(db, document_id);
    else catchUpDetection(db, () => context.codingChanged([]));
    if (document_id !== undefined && speaker !== undefined)
      catchUpDetection(db, () => context.codingChanged([]));
  };
  const cleanSpeaker = (speaker: string | null | undefined) => {
    const clean = speaker?.replace(/\s+/g, ' ').trim();
    return clean ? clean : null;
  };

  return {
    'quotes-list': async ({ document_id, speaker, status, limit, offset = 0 }) => {
      detect(document_id, speaker);
      const { where, params } = quoteWhere(db, { document_id, speaker, status });
      return db
        .prepare(
          `SELECT ${SUGGESTION_COLUMNS} FROM quote_suggestions q JOIN documents d ON d.id = q.document_id
           WHERE ${where.join(' AND ')} ORDER BY d.published_at IS NULL, d.published_at, d.id, q.start
           LIMIT ? OFFSET ?`,
        )
        .all(...params, limit ?? -1, offset) as QuoteSuggestion[];
    },

    'quotes-page': async (args) => {
      detect(args.document_id, args.speaker);
      return page(args);
    },

    'quotes-accept': async ({ id, speaker, tag_ids = [] }) => {
      const suggestion = requireSuggestion(id);
      const body = queries.body(suggestion.document_id) ?? '';
      const finalSpeaker = speaker === undefined ? suggestion.speaker : cleanSpeaker(speaker);
      const passageId = journal.record(`accept quote by ${finalSpeaker ?? 'unknown speaker'}`, () => {
        const passage = queries.upsert({
          document_id: suggestion.document_id,
          ...textQuote(body, suggestion.start, suggestion.end),
          kind: 'quote',
          speaker: finalSpeaker,
          memo: '',
          tag_ids,
        });
        db.prepare('UPDATE passages SET speaker = ? WHERE id = ?').run(finalSpeaker, passage);
        db.prepare(
          "UPDATE quote_suggestions SET status = 'accepted', speaker = ?, passage_id = ? WHERE id = ?",
        ).run(finalSpeaker, passage, id);
        return passage;
      });
      context.codingChanged([suggestion.document_id]);
      return queries.get(passageId)!;
    },

    'quotes-dismiss': async ({ id }) => {
      const suggestion = requireSuggestion(id);
      journal.record('dismiss quote suggestion', () =>
        db.prepare("UPDATE quote_suggestions SET status = 'dismissed' WHERE id = ?").run(id),
      );
      context.codingChanged([suggestion.document_id]);
      return requireSuggestion(id);
    },

    'speakers-list': async () => {
      catchUpDetection(db, () => context.codingChanged([]));
      // SQLite counts per spelling (one row per distinct name, not per quotation); only the
      // grouping of spellings into one person runs here.
      const spellings = db
        .prepare(
          `SELECT speaker, sum(accepted) AS quotes, count(*) - sum(accepted) AS suggested,
             group_concat(DISTINCT document_id) AS documents
           FROM (SELECT speaker, document_id, 1 AS accepted FROM passages WHERE kind = 'quote' AND speaker IS NOT NULL
                 UNION ALL
                 SELECT speaker, document_id, 0 FROM quote_suggestions WHERE status = 'open' AND speaker IS NOT NULL)
           GROUP BY speaker`,
        )
        .all() as Array<{ speaker: string; quotes: number; suggested: number; documents: string }>;
      // A speaker is an entity: spellings, merges and linked roles group under it. Names no
      // entity knows group by their folded key.
      const entityOf = db.prepare<[string], { id: number; name: string }>(
        `SELECT e.id, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
         WHERE a.key = ? ORDER BY e.kind = 'person' DESC, a.source = 'found', e.id LIMIT 1`,
      );
      const entities = new Map<string, { id: number; name: string } | null>();
      const groups = new Map<
        string,
        {
          entity: { id: number; name: string } | null;
          names: Map<string, number>;
          quotes: number;
          suggested: number;
          documents: Set<string>;
        }
      >();
      for (const row of spellings) {
        const key = speakerKey(row.speaker);
        if (!entities.has(key)) entities.set(key, entityOf.get(key) ?? null);
        const entity = entities.get(key) ?? null;
        const groupKey = entity ? `entity:${entity.id}` : key;
        const group = groups.get(groupKey) ?? {
          entity,
          names: new Map(),
          quotes: 0,
          suggested: 0,
          documents: new Set(),
        };
        group.names.set(row.speaker, (group.names.get(row.speaker) ?? 0) + row.quotes + row.suggested);
        group.quotes += row.quotes;
        group.suggested += row.suggested;
        for (const id of row.documents.split(',')) group.documents.add(id);
        groups.set(groupKey, group);
      }
      return [...groups.values()]
        .map((group) => {
          const spellings = [...group.names.entries()]
            .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
            .map(([name]) => name);
          // The entity's name (the researcher's rename) leads; otherwise the commonest spelling.
          const speaker = group.entity?.name ?? spellings[0]!;
          return {
            speaker,
            aliases: spellings.filter((name) => name !== speaker),
            quotes: group.quotes,
            suggested: group.suggested,
            documents: group.documents.size,
            entity_id: group.entity?.id ?? null,
          };
        })
        .sort(
          (a, b) => b.quotes + b.suggested - (a.quotes + a.suggested) || a.speaker.localeCompare(b.speaker),
        );
    },
  };
}
