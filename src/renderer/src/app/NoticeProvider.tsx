import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notice {
  id: number;
  message: string;
  /** One button next to the message, e.g. Undo. */
  action?: { label: string; run(): void };
}

interface NoticeState {
  notices: Notice[];
  notify(message: string, action?: Notice['action']): void;
  dismiss(id: number): void;
}

const NoticeContext = createContext<NoticeState | null>(null);
let nextId = 1;

/**
 * Quiet confirmations of what just happened ("Undid: code “Lavrov said…”"), apart from the error
 * notices: the newest replaces the older ones, so a burst of Ctrl+Z shows one line, not a pile.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback((message: string, action?: Notice['action']) => {
    setNotices([{ id: nextId++, message, ...(action ? { action } : {}) }]);
  }, []);
  const value = useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

export function useNotices(): NoticeState {
  const state = useContext(NoticeContext);
  if (!state) throw new Error('useNotices() needs a <NoticeProvider> above it');
  return state;
}
