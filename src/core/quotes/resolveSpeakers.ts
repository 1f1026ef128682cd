import { foldTerm } from '../../shared/text/foldTerm';
import { lastAtOrBefore, type TextIndex } from './buildTextIndex';
import type { Gender, Person } from './findPersonNames';
import type { SpeechAct } from './findSpeechActs';
import { isDeterminer, isRoleNoun, roleCategory } from './speechWords';

export type Confidence = 'high' | 'medium' | 'low';

/** Who an act's subject is, and how sure the rule that decided it is. */
export interface Resolution {
  person: Person | null;
  /** Who speaks when it is no named person: "Amnesty International", "spokeswoman for the FTC". */
  label?: string;
  confidence: Confidence;
}

interface History {
  entries: Array<{ person: Person; at: number }>;
  lastSpoke: Map<Person, number>;
  /** Organisations and unnamed role holders that spoke, latest last. */
  labels: Array<{ label: string; org: boolean; words: string[] }>;
}

// A pronoun further than this from its antecedent is a guess.
const PRONOUN_REACH = 2000;

/**
 * Resolves the subject of each act, in text order: a name to its person, "he"/"er" to the person
 * of the latest act before it, "the expert"/"the Russian Foreign Minister" to the person whose
 * introduction shares that role (the latest mentioned on a tie). `excluded` gives, per act that
 * attributes a quote, the persons the quote itself names: a speaker rarely calls himself by his
 * surname ("Thus, the main purpose of Lavrov's visit…," he said is not Lavrov), so a pronoun or
 * role passes over them.
 */
export function resolveSpeakers(
  index: TextIndex,
  acts: SpeechAct[],
  persons: Person[],
  excluded: Map<SpeechAct, Set<string>>,
): Resolution[] {
  const history: History = { entries: [], lastSpoke: new Map(), labels: [] };
  return acts.map((act) => {
    const skip = excluded.get(act) ?? new Set<string>();
    const resolution = resolveOne(index, act, persons, history, skip);
    if (resolution.person) {
      history.entries.push({ person: resolution.person, at: act.start });
      history.lastSpoke.set(resolution.person, act.start);
    }
    return resolution;
  });
}

function resolveOne(
  index: TextIndex,
  act: SpeechAct,
  persons: Person[],
  history: History,
  skip: Set<string>,
): Resolution {
  const subject = act.subject;
  if (subject.kind === 'name') {
    return {
      person: subject.person,
      confidence: act.via === 'adjacent' || act.via === 'appositive' ? 'high' : 'medium',
    };
  }
  if (subject.kind === 'pronoun') return resolvePronoun(index, act, subject.gender, persons, history, skip);
  if (subject.kind === 'org') {
    // "the group", "das Ministerium": the organisation that spoke last, if one did.
    // Named by its head word ("the ministry" → the Interior Ministry); "the group" → any.
    const head = subject.text.toLowerCase();
    const earlier = subject.generic
      ? history.labels.findLast(
          (entry) =>
            entry.org && (/^(group|organi[sz]ation)$/.test(head) || entry.label.toLowerCase().includes(head)),
        )
      : undefined;
    const label = earlier?.label ?? subject.text;
    if (!earlier) history.labels.push({ label, org: true, words: [] });
    return { person: null, label, confidence: 'medium' };
  }
  const first = subject.words[0] ?? '';
  if (/^(a|an|ein|eine|einer)$/i.test(first)) {
    // "a spokeswoman for the Federal Trade Commission": someone unnamed, never a named person.
    const label = subject.words.slice(1).join(' ');
    history.labels.push({ label, org: false, words: subject.words });
    return { person: null, label, confidence: 'medium' };
  }
  const byRole = resolveRole(act, subject.words, persons, history, skip);
  if (byRole.person || !isDeterminer(first)) return byRole;
  // "der Sprecher" after "Ein Sprecher des Außenministeriums": the same unnamed role holder.
  const categories = subject.words
    .map((word) => roleCategory(word))
    .filter((category) => isRoleNoun(category));
  const same = history.labels.findLast(
    (entry) => !entry.org && entry.words.some((word) => categories.includes(roleCategory(word))),
  );
  if (same) return { person: null, label: same.label, confidence: 'low' };
  // "the Grünen-Politiker", "der bayerische Regierungschef": a definite role that fits nobody's
  // introduction stands, like a pronoun, for the person just mentioned …
  const guess = resolvePronoun(index, act, roleGender(subject.words), persons, history, skip);
  if (guess.person) return { person: guess.person, confidence: 'low' };
  // … and with nobody mentioned, the role itself speaks ("Der Richter sprach von …").
  const label = subject.words.filter((word) => !isDeterminer(word)).join(' ');
  history.labels.push({ label, org: false, words: subject.words });
  return { person: null, label, confidence: 'low' };
}

// How many sentences before a pronoun its antecedent may stand and still beat the last speaker.
const PRONOUN_SENTENCES = 2;

/**
 * "he"/"sie": the person most recently mentioned in the pronoun's own sentence or the two before
 * it, of a compatible gender, preferring one in subject position (a person introduced just
 * before beats the previous speaker); failing that, the last compatible speaker.
 */
function resolvePronoun(
  index: TextIndex,
  act: SpeechAct,
  gender: Gender,
  persons: Person[],
  history: History,
  skip: Set<string>,
): Resolution {
  const compatible = (person: Person) =>
    !skip.has(person.key) && (gender === null || person.gender === null || person.gender === gender);
  const windowStart = sentenceBefore(index, act.start, PRONOUN_SENTENCES);
  let best: Person | null = null;
  let bestRank = -1;
  for (const person of persons) {
    if (person.firstAt >= act.start || !compatible(person)) continue;
    const spoke = history.lastSpoke.get(person) ?? -1;
    const subjectAt = Math.max(latestBefore(person.subjectMentions, act.start), spoke);
    const anyAt = latestBefore(person.mentions, act.start);
    // Subject mentions in the window first, then any mention in it; later beats earlier.
    const rank =
      subjectAt >= windowStart
        ? 2 * index.body.length + subjectAt
        : anyAt >= windowStart
          ? index.body.length + anyAt
          : -1;
    if (rank > bestRank) {
      best = person;
      bestRank = rank;
    }
  }
  if (best) return { person: best, confidence: act.via === 'sentence' ? 'low' : 'medium' };

  let skipped = false;
  // Bounded: a pronoun does not reach back past dozens of speakers.
  for (let h = history.entries.length - 1; h >= Math.max(0, history.entries.length - 40); h--) {
    const entry = history.entries[h]!;
    if (!compatible(entry.person)) {
      skipped = true;
      continue;
    }
    const near = act.start - entry.at < PRONOUN_REACH;
    const sure = near && !skipped && act.via !== 'sentence';
    return { person: entry.person, confidence: sure ? 'medium' : 'low' };
  }
  return { person: null, confidence: 'low' };
}

/** Offset of the start of the sentence `count` sentences before the one holding `at`. */
function sentenceBefore(index: TextIndex, at: number, count: number): number {
  const starts = index.sentenceStarts;
  let low = 0;
  let high = starts.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return starts[Math.max(0, found - count)] ?? 0;
}

function latestBefore(sorted: number[], at: number): number {
  if (sorted.length === 0 || sorted[0]! >= at) return -1;
  return lastAtOrBefore(sorted, at - 1);
}

/** "die Ministerin", "the spokeswoman": a role word that says she. */
function roleGender(words: string[]): Gender {
  for (const word of words) {
    const lower = word.toLowerCase();
    if (roleCategory(word) === null) continue;
    if (/woman$|in$/.test(lower)) return 'f';
    if (/man$|er$/.test(lower)) return 'm';
  }
  return null;
}

function resolveRole(
  act: SpeechAct,
  words: string[],
  persons: Person[],
  history: History,
  skip: Set<string>,
): Resolution {
  let best: Person | null = null;
  let bestScore = 0;
  let bestRecency = -1;
  let tied = false;
  for (const person of persons) {
    if (person.firstAt >= act.start || skip.has(person.key)) continue;
    const score = roleScore(words, person);
    if (score <= 0) continue;
    const recency = lastSeen(person, act.start, history);
    if (score > bestScore) {
      tied = false;
      best = person;
      bestScore = score;
      bestRecency = recency;
    } else if (score === bestScore) {
      // Equal fits: the one seen last is the likelier referent, but it stays a guess.
      tied = true;
      if (recency > bestRecency) {
        best = person;
        bestRecency = recency;
      }
    }
  }
  if (!best) return { person: null, confidence: 'low' };
  return { person: best, confidence: tied || act.via === 'sentence' ? 'low' : 'medium' };
}

/**
 * How well a role phrase fits a person's introductions: a shared kind of role counts 2 ("the
 * expert" ~ "Political observer"; "head" only 1, it is said of many), each other shared word 1
 * ("Russian", "Foreign"). Without a shared kind of role the score is 0: "the Russian side" is
 * nobody.
 */
function roleScore(words: string[], person: Person): number {
  let score = 0;
  let roleMatched = false;
  for (const word of words) {
    if (isDeterminer(word) || /^(of|des|der|the)$/i.test(word)) continue;
    const category = roleCategory(word);
    if (category === 'official') {
      // "the US official": any office holder, weakly.
      if ([...person.categories].some((kind) => isRoleNoun(kind) && kind !== 'expert')) {
        score += 1;
        roleMatched = true;
      }
      continue;
    }
    if (category === 'ministry' && person.categories.has('minister')) {
      score += 2;
      roleMatched = true;
      continue;
    }
    if (category && person.categories.has(category)) {
      score += category === 'head' ? 1 : 2;
      if (isRoleNoun(category)) roleMatched = true;
      continue;
    }
    if (person.roles.includes(foldTerm(word))) score += 1;
  }
  return roleMatched ? score : 0;
}

/** The latest offset before `at` where the person was mentioned or spoke. */
function lastSeen(person: Person, at: number, history: History): number {
  const mentioned =
    person.mentions.length > 0 && person.mentions[0]! < at ? lastAtOrBefore(person.mentions, at - 1) : -1;
  const spoke = history.lastSpoke.get(person) ?? -1;
  return Math.max(mentioned, spoke);
}
