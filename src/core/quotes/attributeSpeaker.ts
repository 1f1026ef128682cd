import { lastAtOrBefore, tokenIndexAt, type TextIndex } from './buildTextIndex';
import type { QuotationSpan } from './findQuotationSpans';
import type { SpeechAct } from './findSpeechActs';

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
        beforeClause(index, span, acts, actStarts),
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
  // Only commas, dashes and spaces between the closing mark and the clause, on the same line.
  return /^[ \t\u00a0,–—-]*$/.test(body.slice(from, act.start)) ? { kind: 'after', act } : null;
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
