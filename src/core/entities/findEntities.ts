import { buildTextIndex, type TextIndex } from '../quotes/buildTextIndex';
import { findPersonNames, fullName, type PersonIndex } from '../quotes/findPersonNames';
import { findQuotationSpans } from '../quotes/findQuotationSpans';
import { isDeterminer, isOrgHead } from '../quotes/speechWords';
import { MAX_PLACE_WORDS, mayStartPlace, placeNamed } from './placeNames';

export type EntityKind = 'person' | 'organisation' | 'place';

/** An entity one document names, with the spellings it uses and every place it names it. */
export interface FoundEntity {
  kind: EntityKind;
  /** The fullest name the document gives (a person), or the gazetteer's name (a place). */
  name: string;
  /** Other spellings of the same entity (Wien for Vienna; the document's own forms). */
  aliases: string[];
  mentions: Array<[number, number]>;
}

// Acronyms that are places or no entity at all.
const NOT_ORGS = new Set(['US', 'USA', 'UK', 'AP', 'TV', 'OK', 'CEO', 'MP', 'PM', 'AM', 'II', 'III', 'IV']);

/**
 * Finds the people, organisations and places a document names, by rules a researcher can check:
 * people as for quotations (a name next to a role or title, a speaking name, or a known given name
 * followed by a surname — findPersonNames); organisations as a capitalised phrase headed by an
 * institution word (Interior Ministry, World Health Organization, Amnesty International,
 * Innenministerium, Ärztekammer) or an acronym (WHO, NATO, ÖGB); places from a gazetteer in
 * English, German and Russian spellings, and from agency datelines ("VIENNA, March 4"). Linear.
 */
export function findEntities(
  body: string,
  prepared?: { index: TextIndex; people: PersonIndex },
): FoundEntity[] {
  const index = prepared?.index ?? buildTextIndex(body, findQuotationSpans(body));
  const people = prepared?.people ?? findPersonNames(index);
  const found: FoundEntity[] = [];
  const taken = new Set<number>();

  for (const person of people.persons) {
    const name = fullName(person);
    const aliases = [
      ...new Set(
        person.forms.map((form) =>
          [form.given, ...form.initials.map((i) => `${i}.`), form.surname].filter(Boolean).join(' '),
        ),
      ),
    ].filter((alias) => alias !== name);
    found.push({ kind: 'person', name, aliases, mentions: person.spans });
    for (const [start] of person.spans) taken.add(start);
  }

  const { tokens } = index;
  const places = new Map<string, FoundEntity>();
  const orgs = new Map<string, FoundEntity>();
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const first = token.text.charCodeAt(0);
    if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) continue;
    if (taken.has(token.start) || !/^\p{Lu}/u.test(token.text) || isDeterminer(token.text)) continue;
    // Places: the longest gazetteer spelling starting here.
    let placeEnd = -1;
    let place: ReturnType<typeof placeNamed>;
    const dateline = /^\p{Lu}{3,}$/u.test(token.text);
    for (
      let w = mayStartPlace(token.text) || dateline ? Math.min(MAX_PLACE_WORDS, tokens.length - t) : 0;
      w >= 1;
      w--
    ) {
      const last = tokens[t + w - 1]!;
      const candidate =
        placeNamed(body.slice(token.start, last.end)) ??
        (w === 1 && /^\p{Lu}+$/u.test(token.text) && isDateline(body, token.start, token.end)
          ? (placeNamed(titleCase(token.text)) ?? {
              name: titleCase(token.text),
              spellings: [titleCase(token.text)],
            })
          : undefined);
      if (candidate) {
        place = candidate;
        placeEnd = t + w - 1;
        break;
      }
    }
    if (place) {
      const entity = places.get(place.name) ?? {
        kind: 'place' as const,
        name: place.name,
        aliases: [],
        mentions: [],
      };
      const spelling = body.slice(token.start, tokens[placeEnd]!.end);
      if (spelling !== place.name && !entity.aliases.includes(spelling) && !/^\p{Lu}+$/u.test(spelling))
        entity.aliases.push(spelling);
      entity.mentions.push([token.start, tokens[placeEnd]!.end]);
      places.set(place.name, entity);
      t = placeEnd;
      continue;
    }
    // Organisations: a capitalised phrase ending in or led by an institution word, or an acronym.
    const org = orgPhraseAt(index, t);
    if (org) {
      const name = body.slice(tokens[t]!.start, tokens[org]!.end);
      const entity = orgs.get(name) ?? { kind: 'organisation' as const, name, aliases: [], mentions: [] };
      entity.mentions.push([tokens[t]!.start, tokens[org]!.end]);
      orgs.set(name, entity);
      t = org;
    }
  }
  return [...found, ...places.values(), ...orgs.values()];
}

/** The last token of an organisation's name starting at token t, or null. */
function orgPhraseAt(index: TextIndex, t: number): number | null {
  const { tokens, gaps } = index;
  const first = tokens[t]!.text;
  if (/^\p{Lu}{2,6}$/u.test(first) && !NOT_ORGS.has(first)) return t;
  let end = t;
  let head = isOrgHead(first) && /\p{Ll}/u.test(first);
  // Capitalised words, with "of / for / für / der / des" between them: "Institute for Fiscal Studies".
  while (end + 1 < tokens.length && end - t < 6 && gaps[end] === 'space') {
    const next = tokens[end + 1]!.text;
    if (/^\p{Lu}/u.test(next)) {
      end++;
      if (isOrgHead(next)) head = true;
      continue;
    }
    if (
      /^(of|for|für|der|des)$/.test(next) &&
      /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '') &&
      gaps[end + 1] === 'space'
    ) {
      end += 2;
      if (isOrgHead(tokens[end]!.text)) head = true;
      continue;
    }
    break;
  }
  if (!head) return null;
  // A lone generic word ("Ministry" opening a sentence) is no name.
  if (
    end === t &&
    !/(ministerium|kammer|verband|gericht|partei|gewerkschaft|organisation|institut)$/i.test(first)
  )
    return null;
  // Trim trailing words that are not part of the name ("Ministry Monday").
  while (end > t && !/^\p{Lu}/u.test(tokens[end]!.text)) end--;
  return end;
}

function isDateline(body: string, start: number, end: number): boolean {
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  return body.slice(lineStart, start).trim() === '' && /^(,| \(|\/)/.test(body.slice(end, end + 2));
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
