import { foldTerm } from '../../shared/text/foldTerm';
import type { TextIndex } from './buildTextIndex';
import { isNameWord, isRoleNoun, isSpeechVerb, roleCategory, type RoleCategory } from './speechWords';

/** One way a person is written in the document: "Sergey Lavrov", "R. Mirkadirov", "Patel". */
export interface NameForm {
  given: string | null;
  initials: string[];
  surname: string;
  at: number;
}

/** A person the document introduces, keyed by the folded surname (Lawrow and Lavrov share one). */
export interface Person {
  key: string;
  forms: NameForm[];
  /** Folded words around the introductions: "russian foreign minister", "political observer". */
  roles: string[];
  /** The kinds of role among those words (minister, expert, spokes…). */
  categories: Set<RoleCategory>;
  /** Offset of the first introduction. */
  firstAt: number;
  /** Offsets of every mention outside quotation marks, ascending. */
  mentions: number[];
}

export interface PersonIndex {
  persons: Person[];
  /** The person a capitalised word names, also in the German genitive (Shoigus → Shoigu). */
  find(word: string): Person | undefined;
}

const CONTEXT_WORDS = 6;
// Words that end a role phrase when reading left from a name.
const STOP_CONTEXT =
  /^(and|und|or|oder|with|mit|by|von|vor|nach|for|für|from|to|zu|zum|zur|an|in|im|am|on|at|met|traf|that|dass|as|wie|also|auch)$/i;

/**
 * Finds the people a document introduces, without a gazetteer: a capitalised name of one to
 * three words (given name or initials, surname) counts when a role stands next to it ("Russian
 * Foreign Minister Sergey Lavrov", "Vedant Patel, Deputy Spokesperson…") or when it speaks
 * ("said Sergey Lavrov", "Lavrov answered"). Each person keeps the roles it was introduced with,
 * so that "the Russian Foreign Minister" or "the expert" can later be matched to a name.
 */
export function findPersonNames(index: TextIndex): PersonIndex {
  const { tokens, gaps } = index;
  const byKey = new Map<string, Person>();
  // Full names seen without a role or a speech verb ("Café owner René Dupont"): they become forms
  // of a person once the surname is confirmed elsewhere ("Dupont said").
  const unconfirmed = new Map<string, NameForm[]>();

  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(index, i)) {
      i++;
      continue;
    }
    let end = i; // inclusive end of the run of name words
    while (
      end + 1 < tokens.length &&
      (gaps[end] === 'space' || gaps[end] === 'initial') &&
      isNameToken(index, end + 1)
    )
      end++;
    considerRun(index, i, end, byKey, unconfirmed);
    i = end + 1;
  }

  const persons = [...byKey.values()];
  for (const person of persons) {
    for (const form of unconfirmed.get(person.key) ?? []) person.forms.push(form);
  }
  const find = (word: string): Person | undefined => {
    if (!/^\p{Lu}/u.test(word)) return undefined;
    const key = foldTerm(word);
    return byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
  };
  tokens.forEach((token, t) => {
    if (index.quoted[t]) return;
    const person = find(token.text);
    if (person) person.mentions.push(token.start);
  });
  return { persons, find };
}

/** A token that may be part of a name; a one-letter token only as an initial ("R."). */
function isNameToken(index: TextIndex, i: number): boolean {
  const text = index.tokens[i]!.text;
  if (!isNameWord(text)) return false;
  return text.length > 1 || index.gaps[i] === 'initial';
}

function considerRun(
  index: TextIndex,
  first: number,
  last: number,
  byKey: Map<string, Person>,
  unconfirmed: Map<string, NameForm[]>,
): void {
  const { tokens, gaps } = index;
  const surnameToken = tokens[last]!;
  if (surnameToken.text.length < 2) return;
  // Read the name from the right: surname, then initials or one given name.
  let nameStart = last;
  const initials: string[] = [];
  while (nameStart - 1 >= first && tokens[nameStart - 1]!.text.length === 1)
    initials.unshift(tokens[--nameStart]!.text);
  let given: string | null = null;
  if (initials.length === 0 && nameStart - 1 >= first) given = tokens[--nameStart]!.text;
  const parts = 1 + initials.length + (given ? 1 : 0);

  // The role words before the name (in the run or just before it) and an appositive after it.
  const context: string[] = [];
  for (let k = nameStart - 1; k >= 0 && context.length < CONTEXT_WORDS; k--) {
    if (gaps[k] === 'break' || index.quoted[k] !== index.quoted[last]) break;
    const word = tokens[k]!.text;
    // "Lavrov met with Azerbaijani President Ilham Aliyev": the role phrase starts after "with".
    if (STOP_CONTEXT.test(word) || isSpeechVerb(word, false)) break;
    context.push(word);
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
  // A lone surname counts next to a title ("Secretary of State Blinken") or as the subject of a
  // speech verb at the start of a clause ("Lavrov answered", not "das Ministerium sagte").
  const category = adjacent === undefined ? null : roleCategory(adjacent);
  const titled =
    adjacent !== undefined &&
    ((isRoleNoun(category) && category !== 'official') || /^(state|mr|mrs|ms|dr|herr|frau)$/i.test(adjacent));
  const clauseStart = nameStart === 0 || gaps[nameStart - 1] === 'break';
  const accepted = parts >= 2 ? hasRole || speaks : titled || (speaks && clauseStart);
  const key = foldTerm(surnameToken.text);
  const form: NameForm = { given, initials, surname: surnameToken.text, at: tokens[nameStart]!.start };
  if (!accepted) {
    if (parts >= 2) {
      const forms = unconfirmed.get(key);
      if (forms) forms.push(form);
      else unconfirmed.set(key, [form]);
    }
    return;
  }

  let person = byKey.get(key);
  if (!person) {
    person = {
      key,
      forms: [],
      roles: [],
      categories: new Set(),
      firstAt: tokens[nameStart]!.start,
      mentions: [],
    };
    byKey.set(key, person);
  }
  person.forms.push(form);
  for (const word of context) {
    person.roles.push(foldTerm(word));
    const category = roleCategory(word);
    if (category) person.categories.add(category);
  }
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
 * The fullest way the document writes a person: a given name over initials over the surname
 * alone, the earliest of equals. An initial the attribution used (R. Mirkadirov) picks the
 * given name that starts with it.
 */
export function fullName(person: Person, initial: string | null = null): string {
  const rank = (form: NameForm) =>
    (form.given ? 4 : form.initials.length > 0 ? 2 : 0) +
    (initial && (form.given ?? form.initials[0] ?? '').startsWith(initial) ? 8 : 0);
  let best = person.forms[0]!;
  for (const form of person.forms) if (rank(form) > rank(best)) best = form;
  const initials = best.initials.map((letter) => `${letter}.`);
  return [best.given, ...initials, best.surname].filter(Boolean).join(' ');
}
