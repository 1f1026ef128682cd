// Quotation detection and attribution on the annotated development set (tests/fixtures/quotes):
// recall per kind of quote, right speaker, precision — per split, language and sieve.
// `npm run eval:quotes` (dev and held-out test), `npm run eval:quotes -- --split dev`,
// `--misses` to list what went wrong.
import { detectQuotes, type DetectedQuote } from '../src/core/quotes/detectQuotes';
import {
  readQuoteSet,
  sameSpeaker,
  type GoldDocument,
  type GoldQuote,
} from '../tests/fixtures/quotes/quoteSet';

const args = process.argv.slice(2);
const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : null;
const showMisses = args.includes('--misses');

interface Tally {
  gold: Record<'whole' | 'continued' | 'partial', { total: number; found: number }>;
  found: number;
  rightSpeaker: number;
  reported: number;
  falsePositives: number;
}

function emptyTally(): Tally {
  return {
    gold: {
      whole: { total: 0, found: 0 },
      continued: { total: 0, found: 0 },
      partial: { total: 0, found: 0 },
    },
    found: 0,
    rightSpeaker: 0,
    reported: 0,
    falsePositives: 0,
  };
}

const tallies = new Map<string, Tally>();
const sieves = new Map<
  string,
  { reported: number; correct: number; wrongSpeaker: number; falsePositive: number }
>();
const misses: string[] = [];

function tally(name: string): Tally {
  let found = tallies.get(name);
  if (!found) tallies.set(name, (found = emptyTally()));
  return found;
}

/** The detected quote that covers the start of an annotated one. */
function covering(quotes: DetectedQuote[], gold: GoldQuote): DetectedQuote | undefined {
  return quotes.find((quote) => quote.start <= gold.at + 1 && gold.at < quote.end);
}

function evaluate(document: GoldDocument): void {
  const quotes = detectQuotes(document.body);
  const groups = [tally(`${document.split} ${document.language}`), tally(`${document.split} all`)];
  for (const gold of document.quotes) {
    if (gold.kind === 'none' || gold.kind === 'skip') continue;
    const quote = covering(quotes, gold);
    const right = quote ? sameSpeaker(gold.speaker, quote.speaker) : false;
    for (const group of groups) {
      group.gold[gold.kind].total++;
      if (quote) {
        group.found++;
        group.gold[gold.kind].found++;
      }
      if (right) group.rightSpeaker++;
    }
    if (quote && !right && document.split !== 'test') {
      misses.push(
        `${document.id} speaker  [${quote.sieve}] "${gold.starts}" → ${quote.speaker} (want ${gold.speaker})`,
      );
    }
    if (!quote && document.split !== 'test')
      misses.push(`${document.id} missed   ${gold.kind} "${gold.starts}"`);
  }
  for (const quote of quotes) {
    const golds = document.quotes.filter((gold) => quote.start <= gold.at + 1 && gold.at < quote.end);
    const real = golds.find((gold) => gold.kind !== 'none' && gold.kind !== 'skip');
    if (!real && golds.some((gold) => gold.kind === 'skip')) continue;
    const sieve = sieves.get(quote.sieve) ?? { reported: 0, correct: 0, wrongSpeaker: 0, falsePositive: 0 };
    sieves.set(quote.sieve, sieve);
    for (const group of groups) group.reported++;
    if (document.split === onlySplit || onlySplit === null) sieve.reported++;
    if (!real) {
      for (const group of groups) group.falsePositives++;
      sieve.falsePositive++;
      if (document.split !== 'test') misses.push(`${document.id} extra    "${quote.text.slice(0, 50)}"`);
    } else if (sameSpeaker(real.speaker, quote.speaker)) sieve.correct++;
    else sieve.wrongSpeaker++;
  }
}

const documents = readQuoteSet().filter((document) => onlySplit === null || document.split === onlySplit);
const started = performance.now();
for (const document of documents) evaluate(document);
const elapsed = performance.now() - started;

const percent = (part: number, whole: number) =>
  whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
console.log(
  `Quotation set: ${documents.length} documents, ${documents.reduce((n, d) => n + d.quotes.filter((q) => q.kind !== 'none' && q.kind !== 'skip').length, 0)} quotations (${elapsed.toFixed(0)} ms)\n`,
);
console.log('group        quotes  recall  whole   cont.   partial  speaker  precision');
for (const [name, t] of [...tallies.entries()].sort()) {
  const total = t.gold.whole.total + t.gold.continued.total + t.gold.partial.total;
  console.log(
    `${name.padEnd(12)} ${String(total).padStart(6)}  ${percent(t.found, total)}  ${percent(t.gold.whole.found, t.gold.whole.total)}  ${percent(t.gold.continued.found, t.gold.continued.total)}  ${percent(t.gold.partial.found, t.gold.partial.total)}   ${percent(t.rightSpeaker, t.found)}   ${percent(t.reported - t.falsePositives, t.reported)}`,
  );
}
console.log(
  '\nsieve (which rule attributed the quote)   reported  right speaker  wrong speaker  not a quote',
);
for (const [name, s] of [...sieves.entries()].sort((a, b) => b[1].reported - a[1].reported)) {
  console.log(
    `${name.padEnd(40)} ${String(s.reported).padStart(8)}  ${String(s.correct).padStart(13)}  ${String(s.wrongSpeaker).padStart(13)}  ${String(s.falsePositive).padStart(11)}`,
  );
}
if (showMisses)
  console.log(`\nDev-set misses (held-out test documents are never listed):\n${misses.join('\n')}`);
