import type { QuoteHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { QuoteSuggestion } from '../../shared/model';
import { textQuote } from '../annotate/textQuote';
import type { CodingContext } from '../coding/CodingContext';
import { passageQueries } from '../passages/passageQueries';
import { speakerPager } from './speakerPager';
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
  const speakers = speakerPager(db);
  /** One document's quotations are read before its list answers; the corpus's catch up behind. */
  const detect = (document_id: number | undefined, speaker: string | undefined) => {
    if (document_id !== undefined) ensureQuotesDetected(db, document_id);
    else catchUpDetection(context);
    if (document_id !== undefined && speaker !== undefined) catchUpDetection(context);
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
      catchUpDetection(context);
      return speakers({ limit: -1, count: false }).rows;
    },

    'speakers-page': async (args) => {
      catchUpDetection(context);
      return speakers(args);
    },
  };
}
