import { LecternError } from '../../shared/errors';
import type { Speaker, SpeakerPage } from '../../shared/model';
import { cachedStatement } from '../db/cachedStatement';
import type { Db } from '../db/open';
import { speakerKey } from './speakerKey';

/**
 * Everyone quoted, one row per person, grouped, counted and named in SQLite:
 * - `spellings`: each spelling's quotations with its folded key and the entity that key belongs to (a rename,
 *   merge or linked role groups spellings under one entity; names no entity knows group by key);
 * - `speakers`: per group the entity's name (the researcher's rename) or else the commonest
 *   spelling (the longer on a tie), every spelling by use, and the counts;
 * - `DOCUMENTS`: how many documents quote a person, counted for the rows of a page only.
 * Every aggregate over the quotations streams from a covering index in speaker order
 * (0016_speakers.sql); SQLite never reads a quotation's text.
 */
const SPEAKERS = `
WITH spellings AS (
  SELECT speaker, n, quotes, key,
    (SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key = s.key
     ORDER BY e.kind = 'person' DESC, a.source = 'found', e.id LIMIT 1) AS entity_id
  FROM (SELECT speaker, speaker_key(speaker) AS key, sum(n) AS n, sum(quotes) AS quotes FROM (
          SELECT speaker, count(*) AS n, 0 AS quotes FROM quote_suggestions
          WHERE status = 'open' AND speaker IS NOT NULL GROUP BY speaker
          UNION ALL
          SELECT speaker, count(*), count(*) FROM passages
          WHERE kind = 'quote' AND speaker IS NOT NULL GROUP BY speaker)
        GROUP BY speaker) s
), grouped AS MATERIALIZED (
  SELECT *, coalesce('e' || entity_id, 'k' || key) AS grp,
    row_number() OVER (PARTITION BY coalesce('e' || entity_id, 'k' || key)
                       ORDER BY n DESC, length(speaker) DESC, speaker) AS rank
  FROM spellings
), speakers AS MATERIALIZED (
  SELECT g.grp, g.entity_id,
    coalesce(e.name, max(CASE WHEN g.rank = 1 THEN g.speaker END)) AS speaker,
    sum(g.quotes) AS quotes, sum(g.n) - sum(g.quotes) AS suggested, sum(g.n) AS total,
    json_group_array(g.speaker ORDER BY g.rank) AS names,
    '|' || group_concat(g.key, '|') || coalesce('|' || speaker_key(e.name), '') || '|' AS keys
  FROM grouped g LEFT JOIN entities e ON e.id = g.entity_id
  GROUP BY g.grp
)`;

/** Documents quoting the person of row `kept` (any spelling, accepted or suggested), by index. */
const DOCUMENTS = `(SELECT count(DISTINCT document_id) FROM (
    SELECT q.document_id FROM grouped g JOIN quote_suggestions q ON q.status = 'open' AND q.speaker = g.speaker
    WHERE g.grp = kept.grp
    UNION ALL
    SELECT p.document_id FROM grouped g JOIN passages p ON p.kind = 'quote' AND p.speaker = g.speaker
    WHERE g.grp = kept.grp))`;

/** The list's order: most quoted first, then by name; `grp` makes it total (keyset paging). */
const ORDER_KEY = `(-total, lower(speaker), grp)`;
const ORDER_BY = `total DESC, lower(speaker), grp`;

export interface SpeakerPageArgs {
  /** Keep people any of whose spellings contains these words (folded: Lawrow finds Lavrov). */
  query?: string | undefined;
  /** Keep only the person this spelling or entity name belongs to. */
  speaker?: string | undefined;
  offset?: number;
  /** A row's `key`: the page starts after it (keyset paging). */
  after?: string | undefined;
  limit?: number;
  count?: boolean;
}

interface SpeakerRow {
  grp: string;
  entity_id: number | null;
  speaker: string;
  quotes: number;
  suggested: number;
  documents: number;
  names: string;
}

/**
 * Pages of the speakers list, grouped, filtered, sorted and counted in SQLite — never the whole
 * corpus's quotations in JavaScript. Each page is one statement: one grouping of the quotations'
 * (spelling, document) pairs, read from covering indexes (0016_speakers.sql), never their text.
 */
export function speakerPager(db: Db) {
  const prepared = (sql: string) => cachedStatement<Array<string | number>>(db, sql);

  return function page({
    query,
    speaker,
    offset = 0,
    after,
    limit = 100,
    count = true,
  }: SpeakerPageArgs): SpeakerPage {
    const where = ['1'];
    const params: Array<string | number> = [];
    const wanted = query ? speakerKey(query) : '';
    if (wanted) {
      where.push('instr(keys, ?) > 0');
      params.push(wanted);
    }
    if (speaker !== undefined) {
      // A name with no letters is nobody's.
      where.push("? <> '' AND instr(keys, '|' || ? || '|') > 0");
      params.push(speakerKey(speaker), speakerKey(speaker));
    }
    // One statement for the page and its count (a window over the kept rows): the grouping is
    // the cost, so it runs once per page.
    const keyset =
      after === undefined
        ? '1'
        : `${ORDER_KEY} > (SELECT ${ORDER_KEY.slice(1, -1)} FROM speakers WHERE grp = ?)`;
    const rows = prepared(
      `${SPEAKERS}, counted AS (SELECT *, count(*) OVER () AS kept FROM speakers WHERE ${where.join(' AND ')})
       SELECT grp, entity_id, speaker, quotes, suggested, names, kept, ${DOCUMENTS} AS documents
       FROM (SELECT * FROM counted WHERE ${keyset} ORDER BY ${ORDER_BY} LIMIT ? OFFSET ?) kept
       ORDER BY ${ORDER_BY}`,
    ).all(
      ...params,
      ...(after === undefined ? [] : [after]),
      limit,
      after !== undefined ? 0 : offset,
    ) as Array<SpeakerRow & { kept: number }>;
    if (rows.length === 0 && after !== undefined) {
      const known = prepared(`${SPEAKERS} SELECT 1 FROM speakers WHERE grp = ?`).get(after);
      if (!known)
        throw new LecternError(
          'not-found',
          'That speaker is no longer in the list (their quotations changed); page from the start again.',
        );
    }
    // Past the end the window has no row to say the count on: asked for on its own then.
    const total = !count
      ? null
      : (rows[0]?.kept ??
        (
          prepared(`${SPEAKERS} SELECT count(*) AS n FROM speakers WHERE ${where.join(' AND ')}`).get(
            ...params,
          ) as { n: number }
        ).n);
    const speakers = rows.map(toSpeaker);
    return {
      rows: speakers,
      offset: after !== undefined ? null : offset,
      total,
      next: rows.length === limit ? (rows.at(-1)?.grp ?? null) : null,
    };
  };
}

function toSpeaker(row: SpeakerRow): Speaker {
  const names = JSON.parse(row.names) as string[];
  return {
    key: row.grp,
    speaker: row.speaker,
    aliases: names.filter((name) => name !== row.speaker),
    quotes: row.quotes,
    suggested: row.suggested,
    documents: row.documents,
    entity_id: row.entity_id,
  };
}
