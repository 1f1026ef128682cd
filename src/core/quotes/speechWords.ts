// The small closed word lists attribution rests on (English and German, the languages of the
// corpus). Kept in one place so a missed verb or title is added once for every rule.

const SPEECH_VERBS = new Set([
  // English: verbs that report words or views, in the forms news prose uses.
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'noted',
  'notes',
  'stressed',
  'stresses',
  'answered',
  'answers',
  'replied',
  'replies',
  'recalled',
  'recalls',
  'believes',
  'believed',
  'thinks',
  'thought',
  'concluded',
  'concludes',
  'explained',
  'explains',
  'insisted',
  'insists',
  'stated',
  'argued',
  'argues',
  'claimed',
  'claims',
  'declared',
  'declares',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'continued',
  'wrote',
  'writes',
  'asked',
  'announced',
  'warned',
  'warns',
  'commented',
  'comments',
  'observed',
  'remarked',
  'underlined',
  'confirmed',
  'confirms',
  'admitted',
  'suggested',
  'suggests',
  'pointed',
  'tweeted',
  'assured',
  'spoke',
  'stressing',
  'adding',
  'saying',
  // German.
  'sagte',
  'sagt',
  'sagten',
  'betonte',
  'betont',
  'erklärte',
  'erklärt',
  'meinte',
  'meint',
  'fügte',
  'bestätigte',
  'bestätigt',
  'unterstrich',
  'warnte',
  'schrieb',
  'antwortete',
  'kündigte',
  'teilte',
  'sprach',
  'glaubt',
  'glaubte',
  'denkt',
  'so',
]);

// Verbs that introduce a subject only when they stand right after a quote (`…“, so Lawrow`).
const POST_QUOTE_ONLY = new Set(['so', 'stressing', 'adding', 'saying', 'comments', 'claims']);

/** Whether a word (any case) reports speech or opinion. */
export function isSpeechVerb(word: string, afterQuote: boolean): boolean {
  const lower = word.toLowerCase();
  if (!SPEECH_VERBS.has(lower)) return false;
  return afterQuote || !POST_QUOTE_ONLY.has(lower);
}

const PRONOUNS = new Set(['he', 'she', 'er']);

/** Third-person singular pronouns that can stand for a speaker (German `sie` only after the verb). */
export function isPersonPronoun(word: string, afterVerb: boolean): boolean {
  const lower = word.toLowerCase();
  return PRONOUNS.has(lower) || (afterVerb && word === 'sie');
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'sein',
  'seine',
  'seinem',
  'seinen',
]);

/** Articles and possessives that begin a noun phrase. */
export function isDeterminer(word: string): boolean {
  return DETERMINERS.has(word.toLowerCase());
}

// Words that may sit between a subject and its verb without breaking the link.
const LINK_WORDS = new Set([
  'also',
  'then',
  'further',
  'later',
  'again',
  'himself',
  'herself',
  'has',
  'had',
  'have',
  'will',
  'would',
  'once',
  'previously',
  'reportedly',
  'repeatedly',
  'jedoch',
  'auch',
  'dann',
  'hat',
]);

/** Adverbs and auxiliaries skipped between a speaker and the verb ("Lavrov also said"). */
export function isLinkWord(word: string): boolean {
  return LINK_WORDS.has(word.toLowerCase());
}

// Words that end a phrase when looking for its subject ("as the minister confirmed").
const CLAUSE_WORDS = new Set([
  'and',
  'but',
  'or',
  'as',
  'that',
  'which',
  'who',
  'how',
  'while',
  'und',
  'aber',
  'wie',
  'dass',
  'als',
  'wo',
  'if',
  'when',
]);

/** Conjunctions and relative words that start a new clause. */
export function isClauseWord(word: string): boolean {
  return CLAUSE_WORDS.has(word.toLowerCase());
}

export type RoleCategory =
  | 'minister'
  | 'president'
  | 'spokes'
  | 'expert'
  | 'official'
  | 'secretary'
  | 'head'
  | 'counterpart'
  | 'chair'
  | 'ambassador'
  | 'envoy'
  | 'leader'
  | 'former'
  | 'deputy'
  | 'ministry';

// Ordered: the first matching rule wins (Ministerpräsident is a president, not a minister).
const ROLE_RULES: Array<[RegExp, RoleCategory]> = [
  [/pr(ä|ae|a)sident/, 'president'],
  [/^presiden/, 'president'],
  // An institution, not a person, but "the head of the Foreign Ministry" points at its minister.
  [/ministry|ministerium|kabinett/, 'ministry'],
  [/minist/, 'minister'],
  [/^spokes|sprecher/, 'spokes'],
  [
    /^(expert|analyst|observer|commentator|politolog|political ?scientist|beobachter|kommentator|researcher|professor)/,
    'expert',
  ],
  [/experte|analyst|politolog/, 'expert'],
  [/^(official|diplomat|beamte|offizielle)/, 'official'],
  [/^(secretary|sekret)/, 'secretary'],
  [/^(head|chief|leiter|chef)$/, 'head'],
  [/^counterpart|kolleg/, 'counterpart'],
  [/^(chair|co-?chair|chairman|chairwoman)|vorsitz/, 'chair'],
  [/^ambassador|botschafter/, 'ambassador'],
  [/^(envoy|representative|gesandte|vertreter)/, 'envoy'],
  [/^(leader|kanzler|chancellor|premier|mayor|governor|general|commander)/, 'leader'],
  [/^(former|ex|ehemalig)/, 'former'],
  [/^(deputy|vice|stellvertret)/, 'deputy'],
];

/** The kind of role a title word names (Außenminister → minister, analyst → expert), or null. */
export function roleCategory(word: string): RoleCategory | null {
  const known = categoryCache.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  let found: RoleCategory | null = null;
  for (const [pattern, category] of ROLE_RULES) {
    if (pattern.test(lower)) {
      found = category;
      break;
    }
  }
  // Asked for nearly every word; a document's vocabulary is small, so remember the answers.
  if (categoryCache.size > CACHE_LIMIT) categoryCache.clear();
  categoryCache.set(word, found);
  return found;
}

const CACHE_LIMIT = 100_000;
const categoryCache = new Map<string, RoleCategory | null>();

/** Whether a role category names a person by function ("former" and "deputy" only qualify one). */
export function isRoleNoun(category: RoleCategory | null): boolean {
  return category !== null && category !== 'former' && category !== 'deputy' && category !== 'ministry';
}

// Capitalised words that are never part of a person's name: sentence openers, titles,
// institutions, nationalities, months.
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'of',
  'to',
  'and',
  'but',
  'or',
  'if',
  'as',
  'after',
  'before',
  'during',
  'according',
  'although',
  'meanwhile',
  'thus',
  'however',
  'note',
  'also',
  'yesterday',
  'today',
  'tomorrow',
  'when',
  'while',
  'then',
  'there',
  'here',
  'what',
  'why',
  'how',
  'who',
  'which',
  'only',
  'so',
  'for',
  'obviously',
  'undoubtedly',
  'apparently',
  'because',
  'now',
  'of',
  'course',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
  'state',
  'states',
  'united',
  'department',
  'council',
  'ministry',
  'federation',
  'union',
  'republic',
  'government',
  'parliament',
  'foreign',
  'prime',
  'political',
  'affairs',
  'defense',
  'defence',
  'national',
  'security',
  'general',
  'office',
  'kremlin',
  'house',
  'white',
  'news',
  'russian',
  'azerbaijani',
  'armenian',
  'american',
  'european',
  'turkish',
  'iranian',
  'ukrainian',
  'german',
  'french',
  'british',
  'chinese',
  'georgian',
  'soviet',
  'western',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'er',
  'sie',
  'es',
  'wir',
  'ich',
  'am',
  'im',
  'zu',
  'vor',
  'nach',
  'während',
  'mit',
  'bei',
  'und',
  'aber',
  'wie',
  'dass',
  'parallel',
  'einen',
  'nach',
  'laut',
  'zum',
  'zur',
  'auf',
  'über',
  'herr',
  'frau',
  'januar',
  'februar',
  'märz',
  'mai',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'dies',
  'diese',
  'russische',
  'russischen',
  'armenische',
  'armenischen',
  'aserbaidschanische',
  'staatssekretär',
]);

// German common nouns look like names (capitalised); these endings never end a personal name.
const NOUN_ENDING =
  /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ium|tion|tionen|ismus|tät|täten|ment|ship|ness)$/;

/** Whether a token can be part of a personal name: capitalised, not a title, institution or opener. */
export function isNameWord(word: string): boolean {
  const known = nameWordCache.get(word);
  if (known !== undefined) return known;
  const result = computeIsNameWord(word);
  if (nameWordCache.size > CACHE_LIMIT) nameWordCache.clear();
  nameWordCache.set(word, result);
  return result;
}

const nameWordCache = new Map<string, boolean>();

function computeIsNameWord(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (word.length === 1) return true; // an initial; the caller checks for the period
  if (!/\p{Ll}/u.test(word)) return false; // USA, EU, OSZE
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower) || NOUN_ENDING.test(lower)) return false;
  return roleCategory(word) === null;
}

const STATEMENT_NOUNS = new Set([
  'statement',
  'statements',
  'words',
  'remarks',
  'comments',
  'aussagen',
  'äußerungen',
  'worten',
]);

/** Nouns that make a possessive a report of speech ("Lavrov’s statements"). */
export function isStatementNoun(word: string): boolean {
  return STATEMENT_NOUNS.has(word.toLowerCase());
}
