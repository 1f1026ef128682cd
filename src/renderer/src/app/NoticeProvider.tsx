import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

export interface Notice {
  id: number;
  message: string;
  /** One button next to the message, e.g. Undo. */
  action?: { label: string; run(): void };
}

interface NoticeActions {
  notify(message: string, action?: Notice['action']): void;
  dismiss(id: number): void;
}

/**
 * The notices shown, outside React's state: a notice changes only the line that shows it. (As a
 * context value it changed for the whole workbench: React walked every element below the
 * provider to find who reads it — 8 ms in the reader of 2,000 passages, in the frame after a
 * deleted passage's notice — and re-rendered every pane that only ever calls notify.)
 */
class NoticeStore implements NoticeActions {
  private notices: Notice[] = [];
  private readonly listeners = new Set<() => void>();
  private nextId = 1;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly shown = () => this.notices;
  readonly notify = (message: string, action?: Notice['action']) => {
    // The newest replaces the older ones: a burst of Ctrl+Z shows one line, not a pile.
    this.set([{ id: this.nextId++, message, ...(action ? { action } : {}) }]);
  };
  readonly dismiss = (id: number) => this.set(this.notices.filter((n) => n.id !== id));

  private set(notices: Notice[]): void {
    this.notices = notices;
    for (const listener of this.listeners) listener();
  }
}

const NoticeContext = createContext<NoticeStore | null>(null);

/**
 * Quiet confirmations of what just happened ("Undid: code “Lavrov said…”"), apart from the error
 * notices.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new NoticeStore());
  return <NoticeContext.Provider value={store}>{children}</NoticeContext.Provider>;
}

function useStore(): NoticeStore {
  const store = useContext(NoticeContext);
  if (!store) throw new Error('useNotices() needs a <NoticeProvider> above it');
  return store;
}

/** notify and dismiss: the same functions for the life of the workbench (no re-render). */
export function useNotices(): NoticeActions {
  return useStore();
}

/** The notices to show now (the one component that shows them re-renders when they change). */
export function useShownNotices(): Notice[] {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.shown);
}
