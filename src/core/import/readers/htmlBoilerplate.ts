/** What the reader needs to know of an element to decide whether it is site chrome. */
export interface ElementSketch {
  tag: string;
  id?: string | null;
  className?: string | null;
  role?: string | null;
  /** Inside the page's <article> or <main>: a <header> there is the article's own. */
  inArticle: boolean;
}

// Words in class and id names that sites use for their chrome, checked word by word
// ("share-bar" → share, bar; "cookieConsent" → cookie, consent).
const BY_WORD: Array<[RegExp, string]> = [
  [/^(cookies?|consent|gdpr|cmp|didomi|onetrust|usercentrics|privacy-?banner)$/, 'cookie notice'],
  [
    /^(comments?|disqus|respond|reply|replies|kommentare?|commentaires?|comentarios?|leserkommentare)$/,
    'comments',
  ],
  [/^(share|sharing|social|sharebar|socials|teilen|partager|compartir)$/, 'share buttons'],
  [
    // Not "read-more": sites hide the rest of the article behind it.
    /^(related|recommended|recommendations?|outbrain|taboola|more-?stories|mehr-?zum-?thema|teasers?)$/,
    'related links',
  ],
  [
    /^(ad|ads|advert|adverts|advertisement|adslot|ad-?slot|anzeige|werbung|sponsored|promo|dfp|google_ads)$/,
    'advertisement',
  ],
  [/^(newsletter|subscribe|subscription|signup|paywall|abo)$/, 'newsletter'],
  [/^(breadcrumbs?|menu|navbar|navigation|nav|skip-?link|topbar)$/, 'navigation'],
  [/^(footer|site-?footer|colophon)$/, 'site footer'],
  [/^(sidebar|widgets)$/, 'sidebar'],
];

const BY_TAG: Record<string, string> = {
  nav: 'navigation',
  aside: 'sidebar',
  footer: 'site footer',
};

const BY_ROLE: Record<string, string> = {
  navigation: 'navigation',
  banner: 'site header',
  contentinfo: 'site footer',
  complementary: 'sidebar',
  dialog: 'cookie notice',
  alertdialog: 'cookie notice',
};

/**
 * Why an element is site chrome rather than the article ("navigation", "comments", "share
 * buttons", "cookie notice" …), or null. The element is then set aside, never deleted.
 */
export function boilerplateReason(element: ElementSketch): string | null {
  const tag = element.tag.toLowerCase();
  if (tag === 'header' && !element.inArticle) return 'site header';
  if (BY_TAG[tag] && !(element.inArticle && tag === 'footer')) return BY_TAG[tag];
  const role = element.role?.toLowerCase();
  if (role && BY_ROLE[role]) return BY_ROLE[role];
  const names = `${element.id ?? ''} ${element.className ?? ''}`;
  if (names.trim() === '') return null;
  // Each class or id as a whole ("share-bar", "read-more"), then its first and last part
  // ("comments-area", "sd-social", "cookieConsent"). Middle parts are layout words
  // ("panel-two-col-sidebar-right-mix" is a column holding the article).
  const candidates: string[] = [];
  const tokens = [
    ...(element.className ?? '').split(/\s+/).map((token) => ({ token, id: false })),
    { token: element.id ?? '', id: true },
  ].filter(({ token }) => token !== '');
  for (const { token, id } of tokens) {
    const parts = token
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    candidates.push(token.toLowerCase());
    // An id made from a heading ("sharing-with-a-single-developer") names a section, not chrome.
    if (!id || parts.length <= 3) candidates.push(parts[0] ?? '', parts.at(-1) ?? '');
  }
  for (const candidate of candidates) {
    for (const [pattern, reason] of BY_WORD) if (pattern.test(candidate)) return reason;
  }
  return null;
}
