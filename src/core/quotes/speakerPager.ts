import { LecternError } from '../../shared/errors';
import type { Speaker, SpeakerPage } from '../../shared/model';
import { cachedStatement } from '../db/cachedStatement';
import type { Db } from '../db/open';
import { speakerKey } from './speakerKey';

/**
 * Everyone quoted, one row per person, grouped, counted and named in SQLite:
 * - `pairs`: quotations per spelling and document (accepted passages and open suggestions);
 * - `spellings`: each spelling with its folded key and the entity that key belongs to (a rename,
 *   merge or linked role groups spellings under one entity; names no entity knows group by key);
 * - `speakers`: per group the entity's name (the researcher's rename) or else the commonest
 *   spelling (the longer on a tie), every spelling by use, and the counts.
 * SQLite reads only distinct spellings and (spelling, document) pairs, never a quotation's text.
 */
const SPEAKERS = `
WITH pairs AS MATERIALIZED (
  SELECT speaker, document_id, count(*) AS n, sum(accepted) AS quotes FROM (
    SELECT speaker, document_id, 1 AS accepted FROM passages WHERE kind = 'quote' AND speaker IS NOT NULL
    UNION ALL
    SELECT speaker, document_id, 0 FROM quote_suggestions WHERE status = 'open' AND speaker IS NOT NULL)
  GROUP BY speaker, document_id
), spellings AS (
  SELECT speaker, n, quotes, key,
    (SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.key = s.key
     ORDER BY e.kind = 'person' DESC, a.source = 'found', e.id LIMIT 1) AS entity_id
  FROM (SELECT speaker, speaker_key(speaker) AS key, sum(n) AS n, sum(quotes) AS quotes
        FROM pairs GROUP BY speaker) s
), grouped AS MATERIALIZED (
  SELECT *, coalesce('e' || entity_id, 'k' || key) AS grp,
    row_number() OVER (PARTITION BY coalesce('e' || entity_id, 'k' || key)
                       ORDER BY n DESC, length(speaker) DESC, speaker) AS rank
  FROM spellings
), documents_of AS (
  SELECT g.grp, count(DISTINCT p.document_id) AS documents
  FROM pairs p JOIN grouped g ON g.speaker = p.speaker GROUP BY g.grp
), speakers AS (
  SELECT g.grp, g.entity_id,
    coalesce(e.name, max(CASE WHEN g.rank = 1 THEN g.speaker END)) AS speaker,
    sum(g.quotes) AS quotes, sum(g.n) - sum(g.quotes) AS suggested, sum(g.n) AS total,
    json_group_array(g.speaker ORDER BY g.rank) AS names,
    '|' || group_concat(g.key, '|') || coalesce('|' || speaker_key(e.name), '') || '|' AS keys,
    d.documents
  FROM grouped g LEFT JOIN entities e ON e.id = g.entity_id JOIN documents_of d ON d.grp = g.grp
  GROUP BY g.grp
)`;

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
 * corpus's quotations in JavaScript. Each page costs one pass over the distinct spellings.
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
    const total = count
      ? (
          prepared(`${SPEAKERS} SELECT count(*) AS n FROM speakers WHERE ${where.join(' AND ')}`).get(
            ...params,
          ) as { n: number }
        ).n
      : null;
    const pageWhere = [...where];
    const pageParams = [...params];
    if (after !== undefined) {
      // The anchor's place in the order, from the same grouping (a speaker's counts may have moved).
      pageWhere.push(`${ORDER_KEY} > (SELECT ${ORDER_KEY.slice(1, -1)} FROM speakers WHERE grp = ?)`);
      pageParams.push(after);
      const known = prepared(`${SPEAKERS} SELECT 1 FROM speakers WHERE grp = ?`).get(after);
      if (!known)
        throw new LecternError(
          'not-found',
          'That speaker is no longer in the list (their quotations changed); page from the start again.',
        );
    }
    const rows = prepared(
      `${SPEAKERS} SELECT grp, entity_id, speaker, quotes, suggested, documents, names FROM speakers
       WHERE ${pageWhere.join(' AND ')} ORDER BY ${ORDER_BY} LIMIT ? OFFSET ?`,
    ).all(...pageParams, limit, after !== undefined ? 0 : offset) as SpeakerRow[];
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
