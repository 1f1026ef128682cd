/**
 * Recognises site chrome that scrapers carry along with an article: cookie notices, comment
 * forms, share and follow buttons, newsletter sign-ups, "see also" headers, contact adverts.
 * Lectern sets these aside (kept, shown collapsed), never deletes them, so a wrong guess costs a
 * click, not text.
 */
const RULES: Array<{ reason: string; test: (p: string) => boolean }> = [
  {
    // English, German, French, Spanish (and Italian, Portuguese, Dutch, Polish) banners: "cookies" plus a
    // word about using, accepting or the privacy policy.
    reason: 'cookie notice',
    test: (p) =>
      p.length < 700 &&
      /\bcookies?\b/i.test(p) &&
      /\b(accept\w*|consent\w*|policy|use|uses|using|settings|verwende\w*|nutze\w*|akzeptier\w*|datenschutz\w*|einwillig\w*|zustimm\w*|stimmen|einstellungen|utilis\w*|accepte\w*|politique|paramètres|navigation|consentement|utiliz\w*|acept\w*|política|configuración|naveg\w*|usamos|uso|consenso|accett\w*|utilizz\w*|gebruik\w*|akkoord|używa\w*|korzyst\w*|zgod\w*|akceptuj\w*|prywatności)(?![\p{L}])/iu.test(
        p,
      ),
  },
  {
    reason: 'comment form',
    test: (p) =>
      /^(leave a (reply|review|comment)|post a comment|add a comment|comments?|kommentar\w*( schreiben| hinterlassen)?|your email address will not be published\.?|ihre e-mail-adresse wird nicht veröffentlicht\.?)$/i.test(
        p,
      ) || /^your email address will not be published/i.test(p),
  },
  {
    reason: 'share and follow buttons',
    test: (p) =>
      p.length < 120 &&
      /^(follow us|share (this|on|via)|folgen sie uns|teilen( sie)?|jetzt teilen)\b/i.test(p),
  },
  {
    reason: 'newsletter sign-up',
    test: (p) => p.length < 300 && /\b(newsletter|subscribe|abonnier\w*|sign up)\b/i.test(p),
  },
  {
    reason: 'site navigation',
    test: (p) =>
      /^(back to top( button)?|nach oben|see also|siehe auch|related( articles| posts| news)?|read (more|also)|mehr zum thema|weitere artikel|news ?line|most read|top stories|print|drucken|tags?:.*)$/i.test(
        p,
      ),
  },
];

/** The reason a paragraph is boilerplate wherever it stands, or null. */
export function boilerplateReason(paragraph: string): string | null {
  for (const rule of RULES) if (rule.test(paragraph)) return rule.reason;
  return null;
}

// "… offered to subscribers … Please contact us for subscription options.", "Subscribe to
// continue reading": a subscription notice names subscribers or a subscription and asks for action.
// Only at the end of an article: "the service added 9 million subscribers" is news.
const SUBSCRIPTION = new RegExp(
  String.raw`^(?=.*\b(?:subscri(?:bers?|ption|ptions|be)|abonnent\w*|abonnement\w*|abonnier\w*|suscriptor\w*|suscripción|abbonat\w*|abbonament\w*)\b).*\b(?:contact us|subscribe now|sign in|log in|options|continue reading|kontaktieren sie uns|jetzt abonnieren|weiterlesen|contáctenos|continuar leyendo|continuer la lecture|contattaci)\b`,
  'isu',
);

/**
 * Weaker signs that only count at the ragged end of an article, after its last real paragraph:
 * contact adverts (an e-mail address) and short label-like lines (section names, site names).
 */
export function tailBoilerplateReason(paragraph: string): string | null {
  const strong = boilerplateReason(paragraph);
  if (strong) return strong;
  if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(paragraph)) return 'contact or advertisement';
  if (SUBSCRIPTION.test(paragraph) && paragraph.length < 400) return 'subscription notice';
  if (isLabelLine(paragraph)) return 'site navigation';
  return null;
}

/** A short line without sentence punctuation: a heading, label or menu item rather than prose. */
export function isLabelLine(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  return words <= 6 && paragraph.length <= 60 && !/[.!?:;,"”“»]$/.test(paragraph);
}
