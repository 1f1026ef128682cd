import { lastAtOrBefore, tokenIndexAt, type TextIndex } from './buildTextIndex';
import type { QuotationSpan } from './findQuotationSpans';
import type { SpeechAct } from './findSpeechActs';
import { isClauseWord } from './speechWords';

/** Which reporting clause a quotation belongs to, and where it stands relative to the quote. */
export type Attribution =
  /** "“…,” he said" / "“…” – R. Mirkadirov added": the clause right after the closing mark. */
  | { kind: 'after'; act: SpeechAct }
  /** "Tofig Zulfugarov said that …: “…”" / "Er betonte, dass … „…”": earlier in the same sentence. */
  | { kind: 'before'; act: SpeechAct }
  /** "Lavrov answered that …. “The basis…”": the sentence before; a weaker link. */
  | { kind: 'previous'; act: SpeechAct }
  /** "“…,” said Sergey Lavrov. “The main thing…”": carries on the quote before it. */
  | { kind: 'continues'; from: number }
  | null;

// The most words a reporting clause may leave between one quote and the next it carries on.
const CONTINUATION_WORDS = 8;

/**
 * Links each quotation span (by index) to its reporting clause, by position only: right after the
 * quote, then carrying on an attributed quote just before it in the paragraph, then earlier in
 * the quote's own sentence (or in a paragraph ending with a colon just before), then the sentence
 * before. Resolution of who the clause names is a separate step.
 */
export function attributeSpeaker(index: TextIndex, spans: QuotationSpan[], acts: SpeechAct[]): Attribution[] {
  const { body } = index;
  const actStarts = acts.map((act) => act.start);
  const result: Attribution[] = [];
  spans.forEach((span, s) => {
    result.push(
      afterClause(body, span, acts, actStarts) ??
        continuation(index, spans, result, s, acts, actStarts) ??
        beforeClause(index, span, acts, actStarts) ??
        nextParagraph(index, spans, result, s, acts, actStarts),
    );
  });
  return result;
}

function afterClause(body: string, span: QuotationSpan, acts: SpeechAct[], actStarts: number[]): Attribution {
  if (span.close === null) return null;
  const from = span.close + 1;
  const a = firstIndexAtOrAfter(actStarts, from);
  const act = acts[a];
  if (!act) return null;
  // Only commas, dashes and spaces between the closing mark and the clause, on the same line —
  // or a title or role before the name: `"…," board chairman John B. Smith stated`, `Ms. Cheney said`.
  const gap = body.slice(from, act.start);
  if (/^[ \t\u00a0,–—-]*$/.test(gap)) return { kind: 'after', act };
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  const titleDotsRemoved = gap.replace(/\b(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|\p{Lu})\./gu, '');
  // A reporting clause is set off by a comma (or ! ?) at the quote's end; a title is not: `the
  // newspaper ‘Trud’ where he spoke`, `"Difficult Question" the observer Tom Hale spoke`.
  const setOff = /[,!?]$/.test(body.slice(span.close - 1, span.close)) || /^\s*,/.test(gap);
  if (
    setOff &&
    words.length <= 6 &&
    /^[ \t\u00a0,–—-]*[\p{L}]/u.test(gap) &&
    !/[\n.!?;:“”"„«»()]/.test(titleDotsRemoved) &&
    !words.some((word) => isClauseWord(word))
  )
    return { kind: 'after', act };
  return null;
}

function continuation(
  index: TextIndex,
  spans: QuotationSpan[],
  result: Attribution[],
  s: number,
  acts: SpeechAct[],
  actStarts: number[],
): Attribution {
  const previous = result[s - 1];
  if (!previous || previous.kind !== 'after') return null;
  const span = spans[s]!;
  const gapStart = previous.act.end;
  if (gapStart > span.open || index.body.slice(gapStart, span.open).includes('\n')) return null;
  const words = tokenIndexAt(index.tokens, span.open) - tokenIndexAt(index.tokens, gapStart);
  // Another reporting clause in between starts a different attribution.
  const next = acts[firstIndexAtOrAfter(actStarts, gapStart)];
  if (next && next.start < span.open) return null;
  return words <= CONTINUATION_WORDS ? { kind: 'continues', from: s - 1 } : null;
}

function beforeClause(
  index: TextIndex,
  span: QuotationSpan,
  acts: SpeechAct[],
  actStarts: number[],
): Attribution {
  const { body, sentenceStarts, paragraphEnds } = index;
  let sentence = lastAtOrBefore(sentenceStarts, span.open);
  // A paragraph that introduces the quote with a colon ("…wrote thank you:") stands in for the
  // quote's own sentence.
  if (body.slice(sentence, span.open).trim() === '' && sentence > 0) {
    const paragraphEnd = lastAtOrBefore(paragraphEnds, sentence - 1);
    if (paragraphEnd < sentence && /:\s*$/.test(body.slice(Math.max(0, paragraphEnd - 3), paragraphEnd))) {
      sentence = lastAtOrBefore(sentenceStarts, paragraphEnd - 1);
    }
  }
  const first = acts[firstIndexAtOrAfter(actStarts, sentence)];
  // The first clause of the sentence is its main one: "R. Mirkadirov thinks that, Bilnken also…".
  if (first && first.end <= span.open) return { kind: 'before', act: first };

  // The sentence before, when the quote opens a sentence of its own in the same paragraph.
  if (body.slice(sentence, span.open).trim() !== '' || sentence === 0) return null;
  const previousStart = lastAtOrBefore(sentenceStarts, sentence - 1);
  if (body.slice(previousStart, sentence).includes('\n')) return null;
  const a = firstIndexAtOrAfter(actStarts, previousStart);
  const act = acts[a];
  return act && act.end <= sentence ? { kind: 'previous', act } : null;
}

/**
 * A quotation that opens a paragraph of its own, with no reporting clause in it, right after a
 * paragraph whose quotation was attributed: the same speaker goes on ("…," he said. ¶ "We had to
 * redesign the foundations twice.").
 */
function nextParagraph(
  index: TextIndex,
  spans: QuotationSpan[],
  result: Attribution[],
  s: number,
  acts: SpeechAct[],
  actStarts: number[],
): Attribution {
  const { body, paragraphEnds } = index;
  const span = spans[s]!;
  const previous = spans[s - 1];
  if (!previous || !result[s - 1] || !/^\p{Lu}/u.test(body.slice(span.start, span.start + 1))) return null;
  const paragraphEnd = paragraphEnds[firstIndexAtOrAfter(paragraphEnds, span.open)] ?? body.length;
  const previousEnd = lastAtOrBefore(paragraphEnds, span.open - 1);
  const paragraphStart = previousEnd < span.open ? previousEnd + 1 : 0;
  // The quote opens its paragraph, and the quote before it lies in the paragraph just before.
  if (body.slice(paragraphStart, span.open).trim() !== '') return null;
  const before = lastAtOrBefore(paragraphEnds, paragraphStart - 2);
  const previousStart = before < paragraphStart - 2 ? before + 1 : 0;
  if ((previous.close ?? previous.end) < previousStart) return null;
  // The previous paragraph holds nothing after its quote's clause but the sentence end.
  const next = acts[firstIndexAtOrAfter(actStarts, paragraphStart)];
  if (next && next.start < paragraphEnd) return null;
  return { kind: 'continues', from: s - 1 };
}

function firstIndexAtOrAfter(sorted: number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
