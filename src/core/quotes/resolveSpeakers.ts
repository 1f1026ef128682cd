import { foldTerm } from '../../shared/text/foldTerm';
import { lastAtOrBefore } from './buildTextIndex';
import type { Person } from './findPersonNames';
import type { SpeechAct } from './findSpeechActs';
import { isDeterminer, isRoleNoun, roleCategory } from './speechWords';

export type Confidence = 'high' | 'medium' | 'low';

/** Who an act's subject is, and how sure the rule that decided it is. */
export interface Resolution {
  person: Person | null;
  confidence: Confidence;
}

interface History {
  entries: Array<{ person: Person; at: number }>;
  lastSpoke: Map<Person, number>;
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
  acts: SpeechAct[],
  persons: Person[],
  excluded: Map<SpeechAct, Set<string>>,
): Resolution[] {
  const history: History = { entries: [], lastSpoke: new Map() };
  return acts.map((act) => {
    const skip = excluded.get(act) ?? new Set<string>();
    const resolution = resolveOne(act, persons, history, skip);
    if (resolution.person) {
      history.entries.push({ person: resolution.person, at: act.start });
      history.lastSpoke.set(resolution.person, act.start);
    }
    return resolution;
  });
}

function resolveOne(act: SpeechAct, persons: Person[], history: History, skip: Set<string>): Resolution {
  const subject = act.subject;
  if (subject.kind === 'name') {
    return {
      person: subject.person,
      confidence: act.via === 'adjacent' || act.via === 'appositive' ? 'high' : 'medium',
    };
  }
  if (subject.kind === 'pronoun') {
    let skipped = false;
    // Bounded: a pronoun does not reach back past dozens of speakers.
    for (let h = history.entries.length - 1; h >= Math.max(0, history.entries.length - 40); h--) {
      const entry = history.entries[h]!;
      if (skip.has(entry.person.key)) {
        skipped = true;
        continue;
      }
      const near = act.start - entry.at < PRONOUN_REACH;
      const sure = near && !skipped && act.via !== 'sentence';
      return { person: entry.person, confidence: sure ? 'medium' : 'low' };
    }
    return { person: null, confidence: 'low' };
  }
  return resolveRole(act, subject.words, persons, history, skip);
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
