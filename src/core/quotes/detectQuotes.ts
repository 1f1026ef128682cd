import type { Token } from '../../shared/text/tokenize';
import { attributeSpeaker, type Attribution } from './attributeSpeaker';
import { buildTextIndex, tokenIndexAt, type TextIndex } from './buildTextIndex';
import { findPersonNames, fullName, type PersonIndex } from './findPersonNames';
import { findQuotationSpans, type QuotationSpan } from './findQuotationSpans';
import { findColonActs, findSpeechActs, type SpeechAct } from './findSpeechActs';
import { resolveSpeakers, type Confidence, type Resolution } from './resolveSpeakers';

/** A direct quotation Lectern proposes; the researcher accepts, corrects or dismisses it. */
export interface DetectedQuote {
  /** UTF-16 offset in body of the quoted text (inside the quotation marks). */
  start: number;
  /** Exclusive. */
  end: number;
  /** body.slice(start, end) */
  text: string;
  /** Proposed speaker, the fullest name the document gives ("Sergey Lavrov", never "he"). */
  speaker: string | null;
  /** The words that justify the speaker: "Lavrov answered", "he said", "sagte Lawrow". */
  speaker_evidence: string | null;
  confidence: Confidence;
  /** Which sieve attributed the quote ("after:name", "continues", "none"): the rule behind the evidence. */
  sieve: string;
}

// Under this many words a quoted stretch is a scare quote or a title ("collective West",
// ‘Trud’) unless a reporting clause stands right after it (“Never,” he said).
const MIN_WORDS = 4;
// A title of a programme or paper is short and capitalised throughout ("Difficult Question").
const MAX_TITLE_WORDS = 6;

/**
 * Finds the direct quotations in a document body and proposes who said each. Quoted stretches of
 * fewer than four words, titles and unattributed fragments ("ensuring the rights and security")
 * are not reported. A speaker is proposed only from a reporting clause that can be tied to the
 * quote; pronouns and roles ("he", "the expert") are resolved to the fullest name the document
 * gives; when the link is weak the confidence says so, and with no link the speaker is null.
 * Offsets are exact UTF-16 offsets into body; roughly linear in its length.
 */
export function detectQuotes(body: string): DetectedQuote[] {
  return analyseQuotes(body).quotes;
}

/**
 * detectQuotes, also handing back the text index and the people found, so the entity index
 * (core/entities) reads the same persons without tokenising the body again.
 */
export function analyseQuotes(
  body: string,
  words?: Token[],
): {
  quotes: DetectedQuote[];
  index: TextIndex;
  people: PersonIndex;
} {
  const spans = findQuotationSpans(body);
  const index = buildTextIndex(body, spans, words);
  const people = findPersonNames(index);
  return { quotes: spans.length === 0 ? [] : quotesOf(index, spans, people), index, people };
}

function quotesOf(index: TextIndex, spans: QuotationSpan[], people: PersonIndex): DetectedQuote[] {
  const body = index.body;
  const verbActs = findSpeechActs(index, people);
  const colonActs = findColonActs(
    index,
    people,
    spans.map((span) => span.open),
    verbActs,
  );
  const acts = [...verbActs, ...colonActs].sort((a, b) => a.start - b.start);
  const attributions = attributeSpeaker(index, spans, acts);

  // A pronoun or role that introduces a quote passes over the people that quote names.
  const excluded = new Map<SpeechAct, Set<string>>();
  attributions.forEach((attribution, s) => {
    if (attribution && attribution.kind !== 'continues') {
      excluded.set(attribution.act, namedIn(index, people, spans[s]!));
    }
  });
  const resolutions = new Map<SpeechAct, Resolution>();
  resolveSpeakers(index, acts, people.persons, excluded).forEach((resolution, a) =>
    resolutions.set(acts[a]!, resolution),
  );

  const speakers: Array<{ speaker: string | null; evidence: string | null; confidence: Confidence }> = [];
  const quotes: DetectedQuote[] = [];
  spans.forEach((span, s) => {
    const attribution = attributions[s] ?? null;
    const proposal = propose(index, attribution, resolutions, speakers);
    speakers.push(proposal);
    if (!isQuotation(index, span, attribution)) return;
    const text = body.slice(span.start, span.end);
    quotes.push({
      start: span.start,
      end: span.end,
      text,
      speaker: proposal.speaker,
      speaker_evidence: proposal.speaker ? proposal.evidence : null,
      confidence: quoteConfidence(span, text, wordsIn(index, span), proposal),
      sieve: sieveOf(attribution),
    });
  });
  return quotes;
}

function sieveOf(attribution: Attribution): string {
  if (!attribution) return 'none';
  if (attribution.kind === 'continues') return 'continues';
  const position = attribution.act.via === 'colon' ? 'colon' : attribution.kind;
  return `${position}:${attribution.act.subject.kind}`;
}

function propose(
  index: TextIndex,
  attribution: Attribution,
  resolutions: Map<SpeechAct, Resolution>,
  earlier: Array<{ speaker: string | null; evidence: string | null; confidence: Confidence }>,
): { speaker: string | null; evidence: string | null; confidence: Confidence } {
  if (!attribution) return { speaker: null, evidence: null, confidence: 'low' };
  if (attribution.kind === 'continues') {
    const from = earlier[attribution.from]!;
    return { ...from, confidence: lower(from.confidence, 'medium') };
  }
  const act = attribution.act;
  const resolution = resolutions.get(act);
  if (resolution?.label && !resolution.person) {
    return { speaker: resolution.label, evidence: evidenceOf(index, act), confidence: resolution.confidence };
  }
  if (!resolution?.person) return { speaker: null, evidence: null, confidence: 'low' };
  const initial = act.subject.kind === 'name' ? act.subject.initial : null;
  const confidence =
    attribution.kind === 'previous' ? lower(resolution.confidence, 'low') : resolution.confidence;
  return { speaker: fullName(resolution.person, initial), evidence: evidenceOf(index, act), confidence };
}

/** The words of the reporting clause; subject and verb joined by "…" when they stand apart. */
function evidenceOf(index: TextIndex, act: SpeechAct): string {
  const { body } = index;
  if (act.via === 'colon') return `${body.slice(act.subjectStart, act.subjectEnd)} … :`;
  if (act.via !== 'sentence') return body.slice(act.start, act.end);
  return `${body.slice(act.subjectStart, act.subjectEnd)} … ${body.slice(act.verbStart, act.verbEnd)}`;
}

/** Keys of the people a quote names (a pronoun introducing it is unlikely to be them). */
function namedIn(index: TextIndex, people: PersonIndex, span: QuotationSpan): Set<string> {
  const keys = new Set<string>();
  for (
    let t = tokenIndexAt(index.tokens, span.start);
    t < index.tokens.length && index.tokens[t]!.start < span.end;
    t++
  ) {
    const person = people.find(index.tokens[t]!.text);
    if (person) keys.add(person.key);
  }
  return keys;
}

/**
 * Whether a quoted stretch is a quotation of someone rather than a scare quote, a term or a
 * title: short stretches only with a reporting clause right after them; titles never; fragments
 * of a sentence ("die Bemühungen der Vermittler auf Null reduziert") only with a reporting clause
 * in their sentence.
 */
function isQuotation(index: TextIndex, span: QuotationSpan, attribution: Attribution): boolean {
  const text = index.body.slice(span.start, span.end);
  const words = wordsIn(index, span);
  const sentenceLike = /^[\p{Lu}\p{N}]/u.test(text) || /[.!?…]$/.test(text);
  if (words < MIN_WORDS) return attribution?.kind === 'after' && sentenceLike;
  if (attribution?.kind !== 'after' && isTitle(text)) return false;
  if (isFragment(text)) return attribution !== null;
  return true;
}

/** Words of a quoted stretch, counted on the index's tokens (two binary searches, no regex). */
function wordsIn(index: TextIndex, span: QuotationSpan): number {
  return tokenIndexAt(index.tokens, span.end) - tokenIndexAt(index.tokens, span.start);
}

/** "Difficult Question", "Caucasus Watch": every word capitalised, no sentence punctuation. */
function isTitle(quoted: string): boolean {
  // A song title may end in a full stop inside the marks: "You'll Never Walk Alone."
  const text = quoted.replace(/\.$/, '');
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length > MAX_TITLE_WORDS || /[.!?,;:]/.test(text)) return false;
  const small = /^(of|the|and|a|an|in|on|for|to|der|die|das|und|von|im)$/;
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && small.test(word)));
}

/** A piece of a sentence: starts in lower case and holds no sentence end of its own. */
function isFragment(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

function quoteConfidence(
  span: QuotationSpan,
  text: string,
  words: number,
  proposal: { speaker: string | null; confidence: Confidence },
): Confidence {
  let confidence: Confidence;
  if (proposal.speaker) confidence = proposal.confidence;
  // A whole sentence in quotation marks is a quotation even when nobody can be named.
  else confidence = words >= 6 && /^[\p{Lu}\p{N}]/u.test(text) ? 'medium' : 'low';
  if (isFragment(text)) confidence = 'low';
  if (span.close === null) confidence = lower(confidence, 'medium');
  return confidence;
}

const ORDER: Confidence[] = ['low', 'medium', 'high'];

function lower(a: Confidence, b: Confidence): Confidence {
  return ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))]!;
}
