/**
 * Light or dark: the researcher's choice (system, light, dark), remembered in localStorage, and
 * applied as `data-theme="light|dark"` on the root element, which theme.css keys every dark colour
 * on. "System" follows the OS, live.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'lectern.theme';
const listeners = new Set<(choice: ThemeChoice) => void>();
let osQuery: MediaQueryList | null = null;

export function readThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && (osQuery?.matches ?? false));
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Applies the remembered choice before the first render, and follows the OS while on "system". */
export function initTheme(): void {
  osQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  osQuery?.addEventListener('change', () => apply(readThemeChoice()));
  apply(readThemeChoice());
}

/** Remembers and applies a choice; every ThemeSwitch shows it. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage disabled: the choice lasts for this session.
  }
  apply(choice);
  for (const listener of listeners) listener(choice);
}

export function onThemeChoice(listener: (choice: ThemeChoice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
