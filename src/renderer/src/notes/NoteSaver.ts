import type { Api } from '../../../shared/api';
import type { NoteSummary } from '../../../shared/model';

export type SaveState =
  | { kind: 'saved'; at: number | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

/** Typing stops, then this long until the note is written: a kill loses at most about a second. */
export const SAVE_DELAY_MS = 700;
const RETRY_MS = 3000;

/** Saves still in flight per note, so reopening a note (elsewhere in the layout) waits for them. */
const inFlight = new Map<number, Promise<void>>();

/** Resolves once every save of `noteId` begun so far has settled. */
export function settledSaves(noteId: number): Promise<void> {
  return inFlight.get(noteId) ?? Promise.resolve();
}

/**
 * Autosave for one open note: `markDirty` on every change restarts a short timer; `flush` writes
 * at once (blur, switching notes, closing). One write at a time; changes made during a write are
 * written right after it. A failed write keeps the text (the editor still holds it), says so,
 * and retries until it succeeds.
 */
export class NoteSaver {
  private state: SaveState = { kind: 'saved', at: null };
  private readonly listeners = new Set<() => void>();
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private read: (() => string) | null = null;
  private title: string;

  /** The note's word count as of the last write. */
  words: number;

  constructor(
    private readonly api: Api,
    readonly noteId: number,
    title: string,
    words: number,
    private readonly onSaved: (summary: NoteSummary) => void = () => {},
  ) {
    this.title = title;
    this.words = words;
  }

  /** The editor hands over how to serialize its current state (only called when saving). */
  attach(read: () => string): void {
    this.read = read;
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setTitle(title: string): void {
    if (title === this.title) return;
    this.title = title;
    this.markDirty();
  }

  markDirty(): void {
    this.dirty = true;
    if (this.state.kind !== 'failed' && this.state.kind !== 'saving') this.set({ kind: 'pending' });
    this.schedule(SAVE_DELAY_MS);
  }

  /** Writes now if anything changed; resolves when the note on disk matches the editor. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.writing) {
      // Whatever changed during this write goes out right after it.
      return this.writing.then(() => (this.dirty ? this.flush() : undefined));
    }
    if (!this.dirty || !this.read) return Promise.resolve();
    this.dirty = false;
    const args = { id: this.noteId, lexical_json: this.read(), title: this.title };
    this.set({ kind: 'saving' });
    const write = this.api
      .call('notes-save', args)
      .then(
        (summary) => {
          this.words = summary.word_count;
          this.set(this.dirty ? { kind: 'pending' } : { kind: 'saved', at: Date.now() });
          this.onSaved(summary);
        },
        (error: unknown) => {
          this.dirty = true;
          const message = error instanceof Error ? error.message : String(error);
          this.set({ kind: 'failed', message });
          this.schedule(RETRY_MS);
        },
      )
      .finally(() => {
        if (this.writing === write) this.writing = null;
        if (inFlight.get(this.noteId) === write) inFlight.delete(this.noteId);
      });
    this.writing = write;
    inFlight.set(this.noteId, write);
    return write.then(() => (this.dirty && this.state.kind !== 'failed' ? this.flush() : undefined));
  }

  /** Forgets unsaved changes: the editor was just replaced by a state already on disk. */
  reset(title: string, words: number): void {
    this.title = title;
    this.words = words;
    this.discard();
  }

  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
    this.set({ kind: 'saved', at: null });
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private set(state: SaveState): void {
    // Same state again (every keystroke marks the note pending): nobody needs to hear it.
    if (state.kind === this.state.kind && state.kind !== 'failed' && state.kind !== 'saved') return;
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}
