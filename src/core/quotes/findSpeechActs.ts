import { foldTerm } from '../../shared/text/foldTerm';
import { firstAtOrAfter, lastAtOrBefore, tokenIndexAt, type TextIndex } from './buildTextIndex';
import type { Gender, Person, PersonIndex } from './findPersonNames';
import {
  isClauseWord,
  isDeterminer,
  isDocumentHead,
  isLinkWord,
  isOrgHead,
  mayReportSpeech,
  isNameWord,
  isPersonPronoun,
  isRoleNoun,
  isSpeechVerb,
  isStatementNoun,
  roleCategory,
} from './speechWords';

/** Who a speech verb is attributed to, before resolution. */
export type Subject =
  | { kind: 'name'; person: Person; initial: string | null }
  | { kind: 'pronoun'; gender: Gender }
  | { kind: 'role'; words: string[] }
  /** "the ministry", "Amnesty International", "Dem Innenministerium", "the grand jury". */
  | { kind: 'org'; text: string; generic: boolean };

/** A reporting clause: "Lavrov answered", "he said", "sagte Bayramow", "the expert said". */
export interface SpeechAct {
  subject: Subject;
  /** How the subject was found: next to the verb, across an appositive, or as the sentence's subject. */
  via: 'adjacent' | 'appositive' | 'sentence' | 'possessive' | 'colon';
  /** Offsets of the subject and of the verb (ordered either way round). */
  subjectStart: number;
  subjectEnd: number;
  verbStart: number;
  verbEnd: number;
  /** The whole clause, from its first to its last word. */
  start: number;
  end: number;
}

const PHRASE_WORDS = 6;

/**
 * Finds every reporting clause outside quotation marks, in text order: a speech verb with its
 * subject, read to the left ("Patel said", "the Russian Foreign Minister believes", "R.
 * Mirkadirov added") or, after a quote and in German inversion, to the right ("said Sergey
 * Lavrov", "added the head Russian Foreign Ministry", "sagte er"). A verb with no subject next to
 * it takes the subject that opens its sentence ("The US official himself … wrote"). Possessives
 * of speech count too ("Lavrov’s statements").
 */
export function findSpeechActs(index: TextIndex, people: PersonIndex): SpeechAct[] {
  const { tokens, quoted, body } = index;
  const acts: SpeechAct[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (quoted[v]) continue;
    const verb = tokens[v]!;
    // Most words are neither a speech verb nor a statement noun: turned away with one look-up.
    if (!mayReportSpeech(verb.text)) continue;
    const afterQuote = /[”“"»«’‘]\s*[,–—-]?\s*$/.test(body.slice(Math.max(0, verb.start - 4), verb.start));
    if (isStatementNoun(verb.text)) {
      const act = possessiveAct(index, people, v);
      if (act) acts.push(act);
      continue;
    }
    const according = /^according$/i.test(verb.text) && /^to$/i.test(tokens[v + 1]?.text ?? '');
    if (!according && !isSpeechVerb(verb.text, afterQuote)) continue;
    // After a quote the subject usually follows ("…,” said Lavrov); elsewhere it precedes.
    // "According to X" and "laut X" name their source after them, "X zufolge" before.
    const lower = verb.text.toLowerCase();
    const found = according
      ? rightSubject(index, people, v + 1)
      : lower === 'laut'
        ? rightSubject(index, people, v)
        : lower === 'zufolge'
          ? leftSubject(index, people, v)
          : afterQuote
            ? (rightSubject(index, people, v) ?? leftSubject(index, people, v))
            : (leftSubject(index, people, v) ?? rightSubject(index, people, v));
    // A source marker ("according to", "laut", "zufolge") names its source beside it or not at all.
    const marker = according || lower === 'laut' || lower === 'zufolge';
    const subject = marker
      ? found
      : (found ?? appositiveSubject(index, people, v) ?? sentenceSubject(index, people, v));
    if (!subject) continue;
    acts.push({
      subject: subject.subject,
      via: subject.via,
      subjectStart: subject.start,
      subjectEnd: subject.end,
      verbStart: verb.start,
      verbEnd: verb.end,
      start: Math.min(subject.start, verb.start),
      end: Math.max(subject.end, verb.end),
    });
  }
  return acts;
}

interface FoundSubject {
  subject: Subject;
  via: SpeechAct['via'];
  start: number;
  end: number;
}

function joined(index: TextIndex, k: number): boolean {
  return !index.quoted[k] && !index.quoted[k + 1] && index.gaps[k] !== 'break';
}

function leftSubject(index: TextIndex, people: PersonIndex, v: number): FoundSubject | null {
  const { tokens } = index;
  let j = v - 1;
  while (
    j >= 0 &&
    joined(index, j) &&
    isLinkWord(tokens[j]!.text) &&
    !isPersonPronoun(tokens[j]!.text, false)
  )
    j--;
  if (
    j >= 0 &&
    !joined(index, j) &&
    /^\s*,\s*$/.test(index.body.slice(tokens[j]!.end, tokens[j + 1]!.start))
  ) {
    // "The spokesman, Stéphane Dujarric, told": a name set off by commas before the verb.
    const name = nameEndingAt(index, people, j);
    const before = name ? tokenIndexAt(tokens, name.start) - 1 : -1;
    if (name && before >= 0 && /^\s*,\s*$/.test(index.body.slice(tokens[before]!.end, name.start)))
      return { ...name, via: 'appositive' };
    return null;
  }
  if (j < 0 || !joined(index, j)) return null;
  const word = tokens[j]!;
  // German "Sie verlangt …" at the start of a sentence: she (a plural verb would end in -en).
  if (word.text === 'Sie' && isSentenceStart(index, j) && !/en$/.test(tokens[v]!.text)) {
    return { subject: { kind: 'pronoun', gender: 'f' }, via: 'adjacent', start: word.start, end: word.end };
  }
  if (isPersonPronoun(word.text, false) && word.text !== 'sie') {
    return {
      subject: { kind: 'pronoun', gender: pronounGender(word.text) },
      via: 'adjacent',
      start: word.start,
      end: word.end,
    };
  }
  const name = nameEndingAt(index, people, j);
  if (name) return name;
  return rolePhraseEndingAt(index, j) ?? orgPhraseEndingAt(index, j);
}

const PREPOSITION = /^(of|for|für|des|der|am|at|in|on|im|zu)$/i;

/**
 * "the police department", "Amnesty International", "Dem Innenministerium", "The Institute for
 * Fiscal Studies", "the grand jury", "das Papier" ending at token j: a phrase with an
 * organisation's or a document's head word, read left to its article.
 */
function orgPhraseEndingAt(index: TextIndex, j: number): FoundSubject | null {
  const { tokens } = index;
  let first = j;
  let head = isOrgHead(tokens[j]!.text) || isDocumentHead(tokens[j]!.text);
  while (first > 0 && j - first < 5 && joined(index, first - 1)) {
    const word = tokens[first - 1]!.text;
    if (isClauseWord(word) || isSpeechVerb(word, false) || isPersonPronoun(word, true)) break;
    if (isDeterminer(word)) {
      first--;
      break;
    }
    if (
      !/^\p{Lu}/u.test(word) &&
      !PREPOSITION.test(word) &&
      !/^(grand|city|state|federal|supreme|joint|gemeinsame[n]?|small|island)$/i.test(word)
    )
      break;
    first--;
    if (isOrgHead(word) || isDocumentHead(word)) head = true;
  }
  if (!head) return null;
  while (first < j && PREPOSITION.test(tokens[first]!.text)) first++;
  return orgSubject(index, first, j);
}

/** The org phrase from token first to last, its leading article dropped from the name. */
function orgSubject(index: TextIndex, first: number, last: number): FoundSubject {
  const { tokens, body } = index;
  let nameStart = first;
  while (
    nameStart < last &&
    (isDeterminer(tokens[nameStart]!.text) || /^(es|aus|von|from)$/i.test(tokens[nameStart]!.text))
  )
    nameStart++;
  const words = tokens.slice(nameStart, last + 1).map((token) => token.text);
  const only = words.length === 1 ? words[0]! : null;
  const generic =
    only !== null &&
    isOrgHead(only) &&
    !/^\p{Lu}{2,6}$/u.test(only) &&
    /^(ministry|ministerium|group|organi[sz]ation|agency|union|company|committee|gewerkschaft|regierung|government|partei|party|kommission|commission|verband|institut|institute)$/i.test(
      only,
    );
  return {
    subject: { kind: 'org', text: body.slice(tokens[nameStart]!.start, tokens[last]!.end), generic },
    via: 'adjacent',
    start: tokens[first]!.start,
    end: tokens[last]!.end,
  };
}

/** An org phrase opening at token k, after a verb or "laut": "es aus dem Ministerium", "the WHO". */
function orgPhraseFrom(index: TextIndex, k: number, last: number): FoundSubject | null {
  const { tokens } = index;
  for (let t = k; t <= Math.min(last, k + 5); t++) {
    const word = tokens[t]!.text;
    if (isOrgHead(word) || isDocumentHead(word)) {
      let end = t;
      // "Institute for Fiscal Studies", "World Health Organization": capitalised words and "of/for" after the head.
      while (
        end + 1 <= last &&
        end - t < 4 &&
        (/^\p{Lu}/u.test(tokens[end + 1]!.text) ||
          (PREPOSITION.test(tokens[end + 1]!.text) && /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '')))
      )
        end++;
      while (end > t && PREPOSITION.test(tokens[end]!.text)) end--;
      return orgSubject(index, k, end);
    }
    if (!isDeterminer(word) && !/^(es|aus|von|from|\p{Lu}.*)$/iu.test(word) && !/^\p{Lu}/u.test(word))
      return null;
  }
  return null;
}

/** A known name whose last word is token j: "Patel", "Sergei Markow", "R. Mirkadirov", "John B. Smith". */
function nameEndingAt(index: TextIndex, people: PersonIndex, j: number): FoundSubject | null {
  const { tokens, gaps } = index;
  const person = people.at(j);
  if (!person || !isNameWord(tokens[j]!.text)) return null;
  let first = j;
  while (
    first > 0 &&
    (gaps[first - 1] === 'initial' ||
      (gaps[first - 1] === 'space' && people.at(first - 1) === person && isNameWord(tokens[first - 1]!.text)))
  ) {
    first--;
  }
  const initial = gaps[first] === 'initial' ? tokens[first]!.text : null;
  return {
    subject: { kind: 'name', person, initial },
    via: 'adjacent',
    start: tokens[first]!.start,
    end: tokens[j]!.end,
  };
}

/** "the Russian Foreign Minister", "The ex-minister", "Aserbaidschans Minister" ending at token j. */
function rolePhraseEndingAt(index: TextIndex, j: number): FoundSubject | null {
  const { tokens } = index;
  let first = j;
  while (first > 0 && j - first < PHRASE_WORDS - 1 && joined(index, first - 1)) {
    const word = tokens[first - 1]!.text;
    if (isClauseWord(word) || isSpeechVerb(word, false)) break;
    first--;
    if (isDeterminer(word)) break;
  }
  return rolePhrase(index, first, j);
}

function rolePhrase(index: TextIndex, first: number, last: number): FoundSubject | null {
  const words = index.tokens.slice(first, last + 1).map((token) => token.text);
  if (!words.some((word) => isRoleNoun(roleCategory(word)))) return null;
  if (words.some((word) => /\d/.test(word))) return null;
  const start = index.tokens[first]!.start;
  return { subject: { kind: 'role', words }, via: 'adjacent', start, end: index.tokens[last]!.end };
}

function rightSubject(index: TextIndex, people: PersonIndex, v: number): FoundSubject | null {
  const { tokens } = index;
  const k = v + 1;
  if (k >= tokens.length || !joined(index, v)) return null;
  const word = tokens[k]!;
  if (isPersonPronoun(word.text, true))
    return {
      subject: { kind: 'pronoun', gender: pronounGender(word.text) },
      via: 'adjacent',
      start: word.start,
      end: word.end,
    };
  // Only a name, an article or a title can start a subject after the verb.
  const opensPhrase =
    /^\p{Lu}/u.test(word.text) ||
    isDeterminer(word.text) ||
    roleCategory(word.text) !== null ||
    /^(es|agency|company|city|state|federal|board|union|party)$/i.test(word.text);
  if (!opensPhrase) return null;
  let last = k;
  while (last + 1 < tokens.length && last - k < 11 && joined(index, last)) last++;
  // A name inside the phrase wins over its role ("der russische Ko-Vorsitzende … Igor Popow").
  for (let t = k; t <= last; t++) {
    const person = people.at(t);
    if (!person || !isNameWord(tokens[t]!.text) || tokens[t]!.text.length < 2) continue;
    let end = t;
    while (end < last && people.at(end + 1) === person && isNameWord(tokens[end + 1]!.text)) end++;
    const initial = t > 0 && index.gaps[t - 1] === 'initial' ? tokens[t - 1]!.text : null;
    return {
      subject: { kind: 'name', person, initial },
      via: 'adjacent',
      start: word.start,
      end: tokens[end]!.end,
    };
  }
  let roleEnd = k;
  while (
    roleEnd < last &&
    !isClauseWord(tokens[roleEnd + 1]!.text) &&
    !isSpeechVerb(tokens[roleEnd + 1]!.text, false)
  )
    roleEnd++;
  return rolePhrase(index, k, roleEnd) ?? orgPhraseFrom(index, k, last);
}

/** "Vedant Patel, Deputy Spokesperson of the US Department of State, said": the name before. */
function appositiveSubject(index: TextIndex, people: PersonIndex, v: number): FoundSubject | null {
  const { tokens, body } = index;
  if (v === 0 || !/^\s*,\s*$/.test(body.slice(tokens[v - 1]!.end, tokens[v]!.start))) return null;
  let k = v - 1;
  while (k > 0 && v - k < 12 && index.gaps[k - 1] !== 'break') k--;
  if (k === 0 || !/^\s*,\s*$/.test(body.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
  const apposition = tokens.slice(k, v).map((token) => token.text);
  if (!apposition.slice(0, 3).some((word) => isRoleNoun(roleCategory(word)))) return null;
  const name = nameEndingAt(index, people, k - 1);
  return name ? { ...name, via: 'appositive' } : null;
}

/** The subject that opens the sentence of verb v, for verbs with no subject beside them. */
function sentenceSubject(index: TextIndex, people: PersonIndex, v: number): FoundSubject | null {
  const { tokens, body } = index;
  const sentenceStart = lastAtOrBefore(index.sentenceStarts, tokens[v]!.start);
  const first = tokenIndexAt(tokens, sentenceStart);
  if (first >= v || index.quoted[first]) return null;
  // Only a sentence that opens with its subject: not "According to…", "In addition…".
  if (/^[“„"«‘]/.test(body.slice(sentenceStart, tokens[first]!.start + 1).trim())) return null;
  const word = tokens[first]!;
  if (isPersonPronoun(word.text, false) && word.text !== 'sie') {
    return {
      subject: { kind: 'pronoun', gender: pronounGender(word.text) },
      via: 'sentence',
      start: word.start,
      end: word.end,
    };
  }
  let last = first;
  while (last + 1 < v && last - first < 4 && joined(index, last) && /^\p{Lu}/u.test(tokens[last + 1]!.text))
    last++;
  for (let t = last; t >= first; t--) {
    const person = people.at(t);
    if (person && isNameWord(tokens[t]!.text)) {
      return {
        subject: { kind: 'name', person, initial: null },
        via: 'sentence',
        start: word.start,
        end: tokens[t]!.end,
      };
    }
  }
  // "The US official himself", "Political analyst": an article, capitalised words, a role noun.
  if (!isDeterminer(word.text) && !/^\p{Lu}/u.test(word.text)) return null;
  let end = first;
  while (end + 1 < v && end - first < 4 && joined(index, end)) {
    end++;
    const text = tokens[end]!.text;
    if (isRoleNoun(roleCategory(text))) break;
    if (!/^\p{Lu}/u.test(text) && roleCategory(text) === null) return null;
  }
  const found = isRoleNoun(roleCategory(tokens[end]!.text)) ? rolePhrase(index, first, end) : null;
  if (found) return { ...found, via: 'sentence' };
  // "Her predecessor, Marc Lefèvre, called …": a name in the sentence's opening words.
  for (let t = first; t < Math.min(v, first + 8); t++) {
    if (index.quoted[t] || isSpeechVerb(tokens[t]!.text, false)) break;
    const person = people.at(t);
    if (person && isNameWord(tokens[t]!.text)) {
      let endName = t;
      while (endName + 1 < v && people.at(endName + 1) === person) endName++;
      return {
        subject: { kind: 'name', person, initial: null },
        via: 'sentence',
        start: tokens[t]!.start,
        end: tokens[endName]!.end,
      };
    }
  }
  return null;
}

function isSentenceStart(index: TextIndex, t: number): boolean {
  const at = index.tokens[t]!.start;
  return (
    lastAtOrBefore(index.sentenceStarts, at) === at ||
    /^[\s“„"«]*$/.test(index.body.slice(lastAtOrBefore(index.sentenceStarts, at), at))
  );
}

/** "Lavrov’s statements", "Lawrows Aussagen": a report of speech without a verb. */
function possessiveAct(index: TextIndex, people: PersonIndex, n: number): SpeechAct | null {
  const { tokens, gaps } = index;
  let owner = n - 1;
  if (owner >= 0 && tokens[owner]!.text.toLowerCase() === 's' && gaps[owner - 1] === 'apostrophe') owner--;
  else if (!(owner >= 0 && gaps[owner] === 'space' && /s$/.test(tokens[owner]!.text))) return null;
  if (owner < 0 || index.quoted[owner]) return null;
  const person = people.find(tokens[owner]!.text);
  if (!person || foldTerm(tokens[owner]!.text).replace(/s$/, '') !== person.key.replace(/s$/, ''))
    return null;
  const start = tokens[owner]!.start;
  const end = tokens[n]!.end;
  return {
    subject: { kind: 'name', person, initial: null },
    via: 'possessive',
    subjectStart: start,
    subjectEnd: tokens[owner]!.end,
    verbStart: tokens[n]!.start,
    verbEnd: end,
    start,
    end,
  };
}

/** he/er → m, she/sie → f. */
function pronounGender(word: string): Gender {
  return /^(he|er)$/i.test(word) ? 'm' : /^(she|sie)$/i.test(word) ? 'f' : null;
}

/**
 * The colon sieve: a quotation introduced by a colon in a sentence with no reporting verb
 * ("Rutte had a clear message: “…”", "Platter blieb hart: „…“", "His answer: “…”") is given to
 * the person the sentence opens with (or names first), to a possessive pronoun resolved like
 * "he", or to an organisation that opens the sentence. Documents are not taken here ("The
 * communiqué read:") — only with a verb that says they speak.
 */
export function findColonActs(
  index: TextIndex,
  people: PersonIndex,
  opens: number[],
  acts: SpeechAct[],
): SpeechAct[] {
  const { tokens, body } = index;
  const found: SpeechAct[] = [];
  const actStarts = acts.map((act) => act.start).sort((a, b) => a - b);
  for (const open of opens) {
    // The colon right before the opening mark (spaces between at most).
    let colon = open - 1;
    while (colon >= 0 && colon > open - 4 && /\s/.test(body[colon]!)) colon--;
    if (colon < 0 || body[colon] !== ':') continue;
    const sentenceStart = lastAtOrBefore(index.sentenceStarts, colon);
    if (body.slice(sentenceStart, colon).includes('\n')) continue;
    // A reporting verb in the sentence already decides.
    const next = firstAtOrAfter(actStarts, sentenceStart);
    if (next !== undefined && next < colon) continue;
    const first = tokenIndexAt(tokens, sentenceStart);
    const last = tokenIndexAt(tokens, colon) - 1;
    if (first > last || index.quoted[first]) continue;
    let subject: FoundSubject | null = null;
    for (let t = first; t <= last && t < first + 10; t++) {
      const person = people.at(t);
      if (person && !index.quoted[t] && isNameWord(tokens[t]!.text)) {
        let end = t;
        while (end < last && people.at(end + 1) === person) end++;
        subject = {
          subject: { kind: 'name', person, initial: null },
          via: 'colon',
          start: tokens[t]!.start,
          end: tokens[end]!.end,
        };
        break;
      }
    }
    const opener = tokens[first]!.text;
    if (!subject && /^(his|her|sein|seine|ihr|ihre)$/i.test(opener)) {
      const gender = /^(his|sein|seine)$/i.test(opener) ? 'm' : /^her$/i.test(opener) ? 'f' : null;
      subject = {
        subject: { kind: 'pronoun', gender },
        via: 'colon',
        start: tokens[first]!.start,
        end: tokens[first]!.end,
      };
    }
    if (!subject) {
      for (let t = first; t <= Math.min(last, first + 5); t++) {
        if (isOrgHead(tokens[t]!.text)) {
          const org = orgSubject(index, first, t);
          subject = { ...org, via: 'colon' };
          break;
        }
        if (!/^\p{Lu}/u.test(tokens[t]!.text) && !isDeterminer(tokens[t]!.text)) break;
      }
    }
    if (!subject) continue;
    found.push({
      subject: subject.subject,
      via: 'colon',
      subjectStart: subject.start,
      subjectEnd: subject.end,
      verbStart: colon,
      verbEnd: colon + 1,
      start: subject.start,
      end: colon + 1,
    });
  }
  return found;
}
