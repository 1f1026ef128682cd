import { LecternError } from '../../shared/errors';
import type { AutocodeHit, AutocodeScope, Paragraph } from '../../shared/model';
import { tokenize } from '../../shared/text/tokenize';
import type { Db } from '../db/open';
import { datelineLength } from '../import/parseDateline';
import { compileQuery } from '../search/compileQuery';
import { findMatches } from '../search/findMatches';
import { matchingDocuments, withDocuments } from '../search/matchingDocuments';
import { stemLanguage } from '../search/stemWord';

/** More hits than anyone can check in a preview or wants coded in one step. */
export const MAX_AUTOCODE_HITS = 20_000;

/**
 * Every place a search matches, widened to the scope the researcher wants coded: the matched
 * words, their sentence, or their paragraph (an agency dateline such as `Baku/27.06.22/Turan:`
 * opening it is left out: it is not part of what anyone said). Overlapping ranges in one document
 * merge, so a sentence with two hits is coded once. With a tag, a hit is `already_coded` when a
 * passage with that tag covers it — also one that differs from it only by a dateline — so
 * applying twice never codes the same words twice. More than MAX_AUTOCODE_HITS is refused with a message
 * (never cut off silently: a researcher would code part of the corpus and not know it).
 */
export function findAutocodeHits(db: Db, query: string, scope: AutocodeScope, tagId?: number): AutocodeHit[] {
  // The same language, filters and matching as search: what search shows is what gets coded.
  const compiled = compileQuery(db, query);
  const selection = matchingDocuments(compiled);
  const documents = db
    .prepare<
      Array<string | number>,
      { id: number; title: string; body: string; paragraphs: string; language: string | null }
    >(
      `SELECT d.id, d.title, d.body, d.paragraphs, d.language FROM ${withDocuments(selection)}
       WHERE ${selection.where} ORDER BY d.published_at IS NULL, d.published_at, d.id`,
    )
    .all(...selection.params);
  const coded = db.prepare<[number, number, number, number], { n: number }>(
    `SELECT count(*) AS n FROM passages p JOIN passage_tags pt ON pt.passage_id = p.id
     WHERE p.document_id = ? AND p.start <= ? AND p."end" >= ? AND pt.tag_id = ? AND p.status = 'anchored'`,
  );
  const hits: AutocodeHit[] = [];
  for (const doc of documents) {
    const tokens = tokenize(doc.body);
    const paragraphs = JSON.parse(doc.paragraphs) as Paragraph[];
    const ranges: Array<[number, number]> = [];
    for (const [first, last] of adjacentJoined(
      findMatches(tokens, stemLanguage(doc.language), compiled.terms),
    )) {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      ranges.push(widen(doc.body, paragraphs, start, end, scope));
    }
    for (const [start, end] of mergeRanges(ranges)) {
      hits.push({
        document_id: doc.id,
        document_title: doc.title,
        start,
        end,
        text: doc.body.slice(start, end),
        already_coded: tagId !== undefined && isCovered(coded, doc.id, doc.body, start, end, tagId),
      });
      if (hits.length > MAX_AUTOCODE_HITS) {
        throw new LecternError(
          'invalid-argument',
          `“${query}” matches more than ${MAX_AUTOCODE_HITS.toLocaleString('en')} places; auto-coding stops there rather than code part of them. ` +
            'Narrow the search (an "exact phrase", more words, -excluded words) and try again.',
        );
      }
    }
  }
  return hits;
}

/** A passage with the tag spans the hit, or the hit without its dateline and outer spaces. */
function isCovered(
  coded: { get(...args: [number, number, number, number]): { n: number } | undefined },
  documentId: number,
  body: string,
  start: number,
  end: number,
  tagId: number,
): boolean {
  let from = start + datelineLength(body.slice(start, end));
  let to = end;
  while (from < to && /\s/.test(body[from]!)) from++;
  while (to > from && /\s/.test(body[to - 1]!)) to--;
  return (coded.get(documentId, from, to, tagId)?.n ?? 0) > 0;
}

/** Matches on neighbouring words (Sergey, Lavrov) join into one range: one passage, not two. */
function adjacentJoined(occurrences: Array<[number, number]>): Array<[number, number]> {
  const joined: Array<[number, number]> = [];
  for (const [first, last] of occurrences) {
    const previous = joined.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else joined.push([first, last]);
  }
  return joined;
}

function widen(
  body: string,
  paragraphs: Paragraph[],
  start: number,
  end: number,
  scope: AutocodeScope,
): [number, number] {
  if (scope === 'match') return [start, end];
  const whole = paragraphs.find((p) => p.start <= start && end <= p.end) ?? {
    start: 0,
    end: body.length,
  };
  // The dateline opening a paragraph belongs to no sentence (unless the hit is in it).
  const dateline = datelineLength(body.slice(whole.start, whole.end));
  const paragraph =
    dateline > 0 && whole.start + dateline <= start
      ? { start: whole.start + dateline, end: whole.end }
      : whole;
  if (scope === 'paragraph') return [paragraph.start, paragraph.end];
  const text = body.slice(paragraph.start, paragraph.end);
  const local = start - paragraph.start;
  // Sentence ends: . ! ? (optionally followed by a closing quote) before white space.
  const ends = [...text.matchAll(/[.!?…]["”“»’)]*(?=\s)/g)].map((m) => (m.index ?? 0) + m[0].length);
  const before = ends.filter((at) => at <= local).at(-1) ?? 0;
  const after = ends.find((at) => at >= end - paragraph.start) ?? text.length;
  const sentenceStart =
    paragraph.start + before + (text.slice(before).length - text.slice(before).trimStart().length);
  return [sentenceStart, paragraph.start + after];
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
