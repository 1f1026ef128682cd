/** A failure as the error notices show it. */
export interface ErrorNotice {
  id: number;
  title: string;
  message: string;
  detail?: string;
}

/** At most this many notices stand at once; the oldest go first. */
const MAX_NOTICES = 4;

/**
 * The notices with one more failure. The same failure shows once: repeated (every keystroke of
 * a search) or met by several requests at once (the engine gone: the search and a list's reload
 * each fail with "Lost contact") — one cause, one notice, under the title of the first request
 * that met it.
 */
export function withNotice(all: ErrorNotice[], next: ErrorNotice): ErrorNotice[] {
  if (all.some((notice) => notice.message === next.message)) return all;
  return [...all.slice(-(MAX_NOTICES - 1)), next];
}
