// prettier-ignore
const NAMES: Record<string, string> = {
  en: 'English', de: 'German', ru: 'Russian', fr: 'French', az: 'Azerbaijani', hy: 'Armenian',
  ka: 'Georgian', tr: 'Turkish', uk: 'Ukrainian', es: 'Spanish', it: 'Italian', pl: 'Polish',
};

/** "de" → "German"; unknown codes are shown as the code itself. */
export function languageName(code: string | null): string | null {
  if (!code) return null;
  return NAMES[code.toLowerCase()] ?? code.toUpperCase();
}
