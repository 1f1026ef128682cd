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
  // Verbs that report words less neutrally, or by writing (English, German).
  'inquired',
  'asked',
  'queried',
  'praised',
  'predicted',
  'posted',
  'called',
  'calls',
  'described',
  'describes',
  'accused',
  'accuses',
  'urged',
  'urges',
  'conceded',
  'concedes',
  'joked',
  'countered',
  'counters',
  'promised',
  'promises',
  'pledged',
  'vowed',
  'appealed',
  'acknowledged',
  'acknowledges',
  'agreed',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
  'welcomed',
  'welcomes',
  'rejected',
  'defended',
  'testified',
  'cautioned',
  'reiterated',
  'demanded',
  'demands',
  'complained',
  'complains',
  'echoed',
  'responded',
  'responds',
  'revealed',
  'disclosed',
  'contended',
  'maintained',
  'maintains',
  'estimated',
  'estimates',
  'wondered',
  'lamented',
  'boasted',
  'quipped',
  'recounted',
  'explained',
  'told',
  'forderte',
  'fordert',
  'fordern',
  'kritisierte',
  'kritisiert',
  'konterte',
  'kontert',
  'widersprach',
  'widerspricht',
  'drohte',
  'droht',
  'räumte',
  'versprach',
  'verspricht',
  'appellierte',
  'appelliert',
  'lobte',
  'lobt',
  'begrüßte',
  'begrüßt',
  'mahnte',
  'mahnt',
  'verlangte',
  'verlangt',
  'nannte',
  'nennt',
  'bezeichnete',
  'bezeichnet',
  'ergänzte',
  'ergänzt',
  'berichtete',
  'berichtet',
  'schilderte',
  'schildert',
  'hielt',
  'hält',
  'zufolge',
  'sieht',
  'laut',
  'hieß',
  'heißt',
  'sprach',
  'spricht',
  'beklagte',
  'beklagt',
  'versicherte',
  'versichert',
  'bekräftigte',
  'bekräftigt',
  'räumt',
  'erklärten',
  'sagten',
  'meinten',
  'warnt',
  'schreibt',
  'schrieben',
  'zeigte',
]);

// Verbs that introduce a subject only when they stand right after a quote (`…“, so Lawrow`).
const POST_QUOTE_ONLY = new Set([
  'so',
  'stressing',
  'adding',
  'saying',
  'comments',
  'claims',
  'zeigte',
  'hielt',
  'hält',
  'calls',
  'heißt',
  'hieß',
]);

/** Whether a word (any case) reports speech or opinion. */
export function isSpeechVerb(word: string, afterQuote: boolean): boolean {
  if (!mayReportSpeech(word)) return false;
  const lower = word.toLowerCase();
  if (!SPEECH_VERBS.has(lower)) return false;
  return afterQuote || !POST_QUOTE_ONLY.has(lower);
}

/**
 * Whether a word might be a speech verb, "according" or a statement noun. Asked for every word
 * of every text: one look-up in a small set of the words as they are usually written (lower
 * case, capitalised, upper case), and only a word written otherwise is lower-cased. (A cache of
 * every word met grew to the corpus's vocabulary, and its look-ups missed the CPU cache.)
 */
export function mayReportSpeech(word: string): boolean {
  const forms = (reportingForms ??= new Set(
    [...SPEECH_VERBS, ...STATEMENT_NOUNS, 'according'].flatMap((w) => [
      w,
      w[0]!.toUpperCase() + w.slice(1),
      w.toUpperCase(),
    ]),
  ));
  if (forms.has(word)) return true;
  // A word starting in lower-case ASCII is nearly always all lower case: looked up as it is.
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122 && !mayHaveUpperCase(word)) return false;
  const lower = word.toLowerCase();
  return lower !== word && forms.has(lower);
}

let reportingForms: Set<string> | null = null;

/** False when no character of the word is upper case: ASCII checked by code, no new string. */
function mayHaveUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return word !== word.toLowerCase();
    if (code >= 65 && code <= 90) return true;
  }
  return false;
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
  | 'ministry'
  | 'legal'
  | 'sport'
  | 'lawmaker'
  | 'activist';

// Ordered: the first matching rule wins (Ministerpräsident is a president, not a minister).
const ROLE_RULES: Array<[RegExp, RoleCategory]> = [
  // Vizekanzler, Vizepräsident: a deputy is not the office holder "der Kanzler" refers to.
  [/^(deputy|vice|vize|stellvertret)/, 'deputy'],
  [/pr(ä|ae|a)sident/, 'president'],
  [/^presiden/, 'president'],
  // An institution, not a person, but "the head of the Foreign Ministry" points at its minister.
  [/ministry|ministerium|kabinett/, 'ministry'],
  [/minist/, 'minister'],
  [/^spokes|sprecher/, 'spokes'],
  [
    /^(expert|analyst|observer|commentator|politolog|political ?scientist|beobachter|kommentator|researcher|professor|economist|scientist|strategist|epidemiolog|meteorolog|virolog)/,
    'expert',
  ],
  [/experte|expertin|analyst|politolog|ökonom|forscher|wissenschaft(l)?er|meteorolog/, 'expert'],
  [/^(official|diplomat|beamte|offizielle|inspector|detective|officer)/, 'official'],
  [/^(secretary|sekret)|sekretär/, 'secretary'],
  [/^(judge|justice|attorney|counsel|prosecutor|lawyer)|anwalt|anwält|richter|verteidiger/, 'legal'],
  [
    /^(coach|manager|captain|striker|goalkeeper|midfielder|defender)|trainer|teamchef|kapitän|torschütze|torhüter|spieler/,
    'sport',
  ],
  [
    /^(senator|mp|congressman|congresswoman|lawmaker|legislator|councilmember|councillor|councilman|abgeordnete|mandatar|klubobmann|obmann)/,
    'lawmaker',
  ],
  [/^(activist|aktivist|founder|gründer|politician|unionist)|politiker|gewerkschafter/, 'activist'],
  [
    /^(head|chief|leiter|leiterin|chef|chefin|director|direktor|direktorin|executive|ceo|intendant|intendantin|geschäftsführer|kommandant)$|chef(in)?$|direktor(in)?$|kommandant$/,
    'head',
  ],
  [/^counterpart|kolleg/, 'counterpart'],
  [/^(chair|co-?chair|chairman|chairwoman)|vorsitz/, 'chair'],
  [/^ambassador|botschafter/, 'ambassador'],
  [/^(envoy|representative|gesandte|vertreter)/, 'envoy'],
  [
    /^(leader|chancellor|premier|mayor|governor|general|commander)|kanzler|bürgermeister|landeshaupt|gouverneur/,
    'leader',
  ],
  [/^(former|ex|ehemalig)/, 'former'],
];

/** The kind of role a title word names (Außenminister → minister, analyst → expert), or null. */
export function roleCategory(word: string): RoleCategory | null {
  const known = categoryCache.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  // SPÖ-Chefin, Caritas-Präsident, Nationalbank-Gouverneur: the part after the hyphen names the role.
  const found =
    matchRole(lower) ?? (lower.includes('-') ? matchRole(lower.slice(lower.lastIndexOf('-') + 1)) : null);
  // Asked for nearly every word; a document's vocabulary is small, so remember the answers.
  if (categoryCache.size > CACHE_LIMIT) categoryCache.clear();
  categoryCache.set(word, found);
  return found;
}

function matchRole(lower: string): RoleCategory | null {
  for (const [pattern, category] of ROLE_RULES) if (pattern.test(lower)) return category;
  return null;
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
  // Lower-case ASCII and digits: the great majority of words, turned away before any look-up.
  const first = word.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
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
  if (NOT_NAMES.has(lower) || NOUN_ENDING.test(lower) || isOrgHead(word) || isDocumentHead(word))
    return false;
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

// Heads of noun phrases that name an institution or a body speaking as one.
const ORG_HEADS =
  /^(ministry|ministries|department|council|jury|court|commission|organi[sz]ation|agency|union|group|police|kremlin|government|institute|party|company|committee|office|researchers|states|bank|board|foundation|association|federation|groups|unions|organi[sz]ations|authorities|regierung|kreml|gewerkschaft|polizei|partei|kommission|stiftung|verein)$|(ministerium|kammer|verband|gericht|amt|behörde|partei|gewerkschaft|anstalt|vereinigung|regierung|kommission|institut|konzern|organisation|verwaltung)$/;
// Documents that "say" something: a resolution, a statement, a report.
const DOCUMENT_HEADS =
  /^(statement|report|resolution|declaration|letter|communique|ruling|verdict|erklärung|papier|dokument|bericht|aussendung|resolution|urteil)$/;

/** Whether a word heads the name of an organisation ("ministry", "Ärztekammer") or is an acronym of one ("WHO", "NASA", "ÖGB"). */
export function isOrgHead(word: string): boolean {
  const known = orgCache.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const result = /^\p{Lu}{2,6}$/u.test(word) || ORG_HEADS.test(lower) || lower === 'international';
  if (orgCache.size > CACHE_LIMIT) orgCache.clear();
  orgCache.set(word, result);
  return result;
}

const orgCache = new Map<string, boolean>();

/** Whether a word heads the name of a document that can be quoted ("the resolution", "das Papier"). */
export function isDocumentHead(word: string): boolean {
  return DOCUMENT_HEADS.test(word.toLowerCase());
}
