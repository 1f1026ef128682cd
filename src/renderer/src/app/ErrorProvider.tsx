import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { LecternError } from '../../../shared/errors';
import { withNotice, type ErrorNotice } from './errorNotices';

export type { ErrorNotice };

interface ErrorState {
  notices: ErrorNotice[];
  report(error: unknown, title?: string): void;
  dismiss(id: number): void;
}

const ErrorContext = createContext<ErrorState | null>(null);
let nextId = 1;

/** Collects failures from any Api call so they surface as non-blocking notices, never as a blank pane. */
export function ErrorProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<ErrorNotice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const report = useCallback((error: unknown, title = 'Something went wrong') => {
    const message = error instanceof Error ? error.message : String(error);
    const detail = error instanceof LecternError ? error.detail : undefined;
    setNotices((all) => withNotice(all, { id: nextId++, title, message, ...(detail ? { detail } : {}) }));
  }, []);
  const value = useMemo(() => ({ notices, report, dismiss }), [notices, report, dismiss]);
  return <ErrorContext.Provider value={value}>{children}</ErrorContext.Provider>;
}

export function useErrors(): ErrorState {
  const state = useContext(ErrorContext);
  if (!state) throw new Error('useErrors() needs an <ErrorProvider> above it');
  return state;
}
