import { foldTerm } from '../../shared/text/foldTerm';
import { genderOfGivenName, isKnownGivenName } from '../entities/firstNames';
import { mayStartPlace, placeNamed } from '../entities/placeNames';
import type { TextIndex } from './buildTextIndex';
import { isNameWord, isRoleNoun, isSpeechVerb, roleCategory, type RoleCategory } from './speechWords';

/** One way a person is written in the document: "Sergey Lavrov", "R. Mirkadirov", "Patel". */
export interface NameForm {
  given: string | null;
  initials: string[];
  surname: string;
  at: number;
}

export type Gender = 'm' | 'f' | null;

/**
 * A person the document introduces. Two people sharing a surname (the President and his wife,
 * two sisters) are two persons: a full name is only ever taken from the same person's forms.
 */
export interface Person {
  /** Folded surname (Lawrow and Lavrov share one). */
  key: string;
  /** Folded given name, when the document gives one. */
  givenKey: string | null;
  forms: NameForm[];
  /** Folded words around the introductions: "russian foreign minister", "political observer". */
  roles: string[];
  /** The kinds of role among those words (minister, expert, spokes…). */
  categories: Set<RoleCategory>;
  /** From the given name (gazetteer), a title (Mrs, Frau) or a female role (Ministerin). */
  gender: Gender;
  /** Offset of the first introduction. */
  firstAt: number;
  /** Offsets of every mention outside quotation marks, ascending. */
  mentions: number[];
  /** Offsets of mentions in subject position (opening their clause), ascending. */
  subjectMentions: number[];
  /** Every place the document names the person, quoted or not: [start, end) of the name. */
  spans: Array<[number, number]>;
}

export interface PersonIndex {
  persons: Person[];
  /** The person a capitalised word names (surname, or a given name only one person has), also in the German genitive (Shoigus → Shoigu). */
  find(word: string): Person | undefined;
  /** The person token t belongs to, read in its context (title, given name), if any. */
  at(t: number): Person | undefined;
}

const CONTEXT_WORDS = 6;
// Words that end a role phrase when reading left from a name.
const STOP_CONTEXT =
  /^(and|und|or|oder|with|mit|by|von|vor|nach|for|für|from|to|zu|zum|zur|an|in|im|am|on|at|met|traf|that|dass|as|wie|also|auch)$/i;
const TITLE = /^(mr|mrs|ms|miss|dr|prof|herr|frau|sir|lady|mag|ing)$/i;
const FEMALE_TITLE = /^(mrs|ms|miss|frau|lady)$/i;
const MALE_TITLE = /^(mr|herr|sir)$/i;

interface Run {
  first: number;
  last: number;
  given: string | null;
  initials: string[];
  nameStart: number;
  context: string[];
  title: string | null;
  accepted: boolean;
}

/**
 * Finds the people a document introduces: a capitalised name of one to four words (given names
 * or initials, surname; hyphenated parts kept whole: Mikl-Leitner, Ban Ki-moon) counts when a
 * role or title stands next to it ("Russian Foreign Minister Sergey Lavrov", "Ms. Cheney"), when
 * it speaks ("said Sergey Lavrov", "Lavrov answered"), or when its first word is a given name the
 * gazetteer knows ("Laura Meyers"). Each person keeps the roles it was introduced with, so that
 * "the Russian Foreign Minister" or "the expert" can later be matched to a name. A later surname
 * alone names the person introduced first with it, unless a title or given name says otherwise.
 */
export function findPersonNames(index: TextIndex): PersonIndex {
  const { tokens, gaps } = index;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(index, i)) {
      i++;
      continue;
    }
    let end = i;
    while (
      end + 1 < tokens.length &&
      end - i < 3 &&
      (gaps[end] === 'space' || gaps[end] === 'initial') &&
      isNameToken(index, end + 1)
    )
      end++;
    const run = readRun(index, i, end);
    if (run) runs.push(run);
    i = end + 1;
  }

  // Surnames confirmed somewhere (by a role, a speech verb, a title or a known given name): other
  // full names with that surname are forms of a person too ("Café owner René Dupont" … "Dupont said").
  const confirmed = new Set<string>();
  for (const run of runs) if (run.accepted) confirmed.add(foldTerm(tokens[run.last]!.text));

  const persons: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  const byGiven = new Map<string, Person[]>();
  const atToken = new Map<number, Person>();

  for (const run of runs) {
    const surname = tokens[run.last]!.text;
    const key = foldTerm(surname);
    const parts = 1 + run.initials.length + (run.given ? 1 : 0);
    const sameSurname = bySurname.get(key) ?? [];
    let person: Person | undefined;
    const titleGender: Gender = run.title
      ? FEMALE_TITLE.test(run.title)
        ? 'f'
        : MALE_TITLE.test(run.title)
          ? 'm'
          : null
      : null;
    if (run.given) {
      const givenKey = foldTerm(run.given.split(' ')[0]!);
      person =
        sameSurname.find((p) => p.givenKey === givenKey) ??
        // A person known so far by surname or initial alone takes the given name (sources
        // garble initials: "E.Blinken" … "Anthony Blinken").
        sameSurname.find((p) => p.givenKey === null);
      if (person && person.givenKey === null) person.givenKey = givenKey;
    } else if (run.initials.length > 0) {
      const initial = foldTerm(run.initials[0]!);
      person = sameSurname.find((p) => p.givenKey?.startsWith(initial)) ?? sameSurname[0];
    } else if (parts === 1) {
      person =
        (titleGender ? sameSurname.find((p) => p.gender === titleGender) : undefined) ??
        sameSurname[0] ??
        uniqueGiven(byGiven, key);
    }
    const accept = run.accepted || confirmed.has(key) || person !== undefined;
    if (!accept) continue;
    if (!person) {
      person = {
        key,
        givenKey: run.given ? foldTerm(run.given.split(' ')[0]!) : null,
        forms: [],
        roles: [],
        categories: new Set(),
        gender: null,
        firstAt: tokens[run.nameStart]!.start,
        mentions: [],
        subjectMentions: [],
        spans: [],
      };
      persons.push(person);
      bySurname.set(key, [...sameSurname, person]);
    }
    if (person.givenKey && !(byGiven.get(person.givenKey) ?? []).includes(person)) {
      byGiven.set(person.givenKey, [...(byGiven.get(person.givenKey) ?? []), person]);
    }
    const signature = `${run.given ?? ''}|${run.initials.join('')}|${surname}`;
    if (
      (parts >= 2 || person.forms.length === 0) &&
      !person.forms.some((f) => `${f.given ?? ''}|${f.initials.join('')}|${f.surname}` === signature)
    ) {
      person.forms.push({
        given: run.given,
        initials: run.initials,
        surname,
        at: tokens[run.nameStart]!.start,
      });
    }
    person.gender ??=
      (run.given ? genderOfGivenName(run.given.split(' ')[0]!) : null) ??
      titleGender ??
      roleGender(run.context);
    for (const word of run.context) {
      // Bounded: a person named a thousand times does not need a thousand role words.
      if (person.roles.length > 60) break;
      person.roles.push(foldTerm(word));
      const category = roleCategory(word);
      if (category) person.categories.add(category);
    }
    for (let t = run.nameStart; t <= run.last; t++) atToken.set(t, person);
    person.spans.push([tokens[run.nameStart]!.start, tokens[run.last]!.end]);
    if (!index.quoted[run.last]) {
      person.mentions.push(tokens[run.nameStart]!.start);
      if (isSubjectPosition(index, run)) person.subjectMentions.push(tokens[run.nameStart]!.start);
    }
  }

  const find = (word: string): Person | undefined => {
    if (!/^\p{Lu}/u.test(word)) return undefined;
    const key = foldTerm(word);
    return (
      bySurname.get(key)?.[0] ??
      (key.endsWith('s') ? bySurname.get(key.slice(0, -1))?.[0] : undefined) ??
      uniqueGiven(byGiven, key)
    );
  };
  const at = (t: number): Person | undefined => atToken.get(t) ?? find(tokens[t]?.text ?? '');
  return { persons, find, at };
}

function uniqueGiven(byGiven: Map<string, Person[]>, key: string): Person | undefined {
  const found = byGiven.get(key);
  return found && found.length === 1 ? found[0] : undefined;
}

/** "Innenministerin", "spokeswoman", "chairwoman", "Kanzlerin": a role that says she. */
function roleGender(context: string[]): Gender {
  for (const word of context) {
    const lower = word.toLowerCase();
    if (roleCategory(word) === null) continue;
    if (/woman$|innen$|in$/.test(lower) && !/^(admin|in)$/.test(lower)) return 'f';
  }
  return null;
}

/** A token that may be part of a name; a one-letter token only as an initial ("R."). */
function isNameToken(index: TextIndex, i: number): boolean {
  const text = index.tokens[i]!.text;
  if (!isNameWord(text)) return false;
  return text.length > 1 || index.gaps[i] === 'initial';
}

function readRun(index: TextIndex, first: number, last: number): Run | null {
  const { tokens, gaps } = index;
  // A run that ends in an initial ("U. S.") is no name, nor one that ends in a place ("Azerbaijan
  // Turkey", "Wien"), which the place gazetteer knows.
  if (tokens[last]!.text.length < 2 || (mayStartPlace(tokens[last]!.text) && placeNamed(tokens[last]!.text)))
    return null;
  // Read the name from the right: surname, then initials, then one or two given names.
  let nameStart = last;
  const initials: string[] = [];
  while (
    nameStart - 1 >= first &&
    tokens[nameStart - 1]!.text.length === 1 &&
    gaps[nameStart - 1] === 'initial'
  )
    initials.unshift(tokens[--nameStart]!.text);
  const givens: string[] = [];
  while (
    nameStart - 1 >= first &&
    givens.length < 2 &&
    !(mayStartPlace(tokens[nameStart - 1]!.text) && placeNamed(tokens[nameStart - 1]!.text))
  )
    givens.unshift(tokens[--nameStart]!.text);
  // A leading word that is no given name, before a known one ("Coach Mike"), is not part of it.
  // Two given names only when the first is one the gazetteer knows ("Jonas Gahr Støre"), not
  // "Föderationsrates Ilyas Umakhanow".
  while (givens.length === 2 && !isKnownGivenName(givens[0]!)) {
    givens.shift();
    nameStart++;
  }
  const given = givens.length > 0 ? givens.join(' ') : null;
  const parts = 1 + initials.length + givens.length;
  // "U.S. Treasury Secretary", "Kremlin spokesman": a name-like word that qualifies a role.
  const following = tokens[last + 1];
  if (
    following &&
    gaps[last] === 'space' &&
    isRoleNoun(roleCategory(following.text)) &&
    !isKnownGivenName(givens[0] ?? '')
  )
    return null;

  const context: string[] = [];
  let title: string | null = null;
  for (let k = nameStart - 1; k >= 0 && context.length < CONTEXT_WORDS; k--) {
    // "Ms. Cheney": the period of a title is no break.
    const titleDot =
      TITLE.test(tokens[k]!.text) &&
      /^\.?[ \t\u00a0]+$/.test(index.body.slice(tokens[k]!.end, tokens[k + 1]!.start));
    if (gaps[k] === 'break' && !titleDot) break;
    if (index.quoted[k] !== index.quoted[last]) break;
    const word = tokens[k]!.text;
    if (k === nameStart - 1 && TITLE.test(word)) title = word;
    if (STOP_CONTEXT.test(word) || isSpeechVerb(word, false)) break;
    context.push(word);
  }
  // "Her deputy, Piotr Wrześniewski,", "Der Bürgermeister von Graz, Siegfried Nagl,": a role
  // phrase before a comma introduces the name after it.
  if (
    context.length === 0 &&
    nameStart > 0 &&
    /^\s*,\s*$/.test(index.body.slice(tokens[nameStart - 1]!.end, tokens[nameStart]!.start))
  ) {
    const before: string[] = [];
    for (let k = nameStart - 1; k >= 0 && before.length < 4; k--) {
      if (index.quoted[k] !== index.quoted[last]) break;
      before.push(tokens[k]!.text);
      if (gaps[k - 1] === 'break' || k === 0) break;
    }
    if (before.some((word) => isRoleNoun(roleCategory(word)))) context.push(...before);
  }
  const adjacent = context[0];
  const appositive = readAppositive(index, last);
  if (appositive) context.push(...appositive);
  const hasRole = context.some((word) => isRoleNoun(roleCategory(word)));
  const next = tokens[last + 1];
  const previous = tokens[nameStart - 1];
  const speaks =
    (next !== undefined && gaps[last] === 'space' && isSpeechVerb(next.text, false)) ||
    (previous !== undefined && gaps[nameStart - 1] === 'space' && isSpeechVerb(previous.text, false));
  const category = adjacent === undefined ? null : roleCategory(adjacent);
  // The role may stand one word off: "ÖVP-Klubobmann August Wöginger" (August read as a month).
  const second = context[1];
  const titled =
    title !== null ||
    (adjacent !== undefined &&
      ((isRoleNoun(category) && category !== 'official') || /^state$/i.test(adjacent))) ||
    (second !== undefined &&
      /^\p{Lu}/u.test(adjacent ?? '') &&
      isRoleNoun(roleCategory(second)) &&
      roleCategory(second) !== 'official');
  const clauseStart = nameStart === 0 || gaps[nameStart - 1] === 'break';
  const knownGiven = given !== null && isKnownGivenName(givens[0]!);
  const accepted = parts >= 2 ? hasRole || speaks || knownGiven || titled : titled || (speaks && clauseStart);
  return { first, last, given, initials, nameStart, context, title, accepted };
}

/** A mention that opens its sentence or clause, after at most a title, role words and articles. */
function isSubjectPosition(index: TextIndex, run: Run): boolean {
  const { tokens, body } = index;
  for (let k = run.nameStart - 1; k >= 0 && run.nameStart - k <= 6; k--) {
    const word = tokens[k]!.text;
    const gap = body.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (!TITLE.test(word) && /[.!?:;,\n“„"«»”]/.test(gap)) return true;
    if (
      /^\p{Lu}/u.test(word) ||
      roleCategory(word) !== null ||
      /^(the|der|die|das|her|his|their|ihr|sein)$/i.test(word)
    )
      continue;
    return false;
  }
  return true;
}

/** ", Deputy Spokesperson of the US Department of State," after a name: its words, if a role leads. */
function readAppositive(index: TextIndex, last: number): string[] | null {
  const { tokens, gaps, body } = index;
  const next = tokens[last + 1];
  if (!next || !/^\s*,\s*$/.test(body.slice(tokens[last]!.end, next.start))) return null;
  const words: string[] = [];
  for (let k = last + 1; k < tokens.length && words.length < 10; k++) {
    words.push(tokens[k]!.text);
    if (gaps[k] === 'break') break;
  }
  return words.slice(0, 3).some((word) => isRoleNoun(roleCategory(word))) ? words : null;
}

/**
 * The fullest way the document writes a person: given name and initials over initials over the
 * surname alone, the earliest of equals. An initial the attribution used (R. Mirkadirov) picks the
 * given name that starts with it.
 */
export function fullName(person: Person, initial: string | null = null): string {
  const rank = (form: NameForm) =>
    (form.given ? 4 : 0) +
    (form.initials.length > 0 ? 2 : 0) +
    (initial && form.given?.startsWith(initial) ? 8 : 0);
  let best = person.forms[0]!;
  for (const form of person.forms) if (rank(form) > rank(best)) best = form;
  const initials = best.initials.map((letter) => `${letter}.`);
  return [best.given, ...initials, best.surname].filter(Boolean).join(' ');
}
