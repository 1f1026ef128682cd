import { languageName } from '../app/languageName';

/** A small uppercase code ("EN", "DE") with the language's name as tooltip. */
export function LanguageBadge({ language }: { language: string | null }) {
  if (!language)
    return (
      <span className="muted" aria-label="Language unknown">
        —
      </span>
    );
  return (
    <span className="lang-badge" title={languageName(language) ?? language}>
      {language.toUpperCase()}
    </span>
  );
}
