import { useCallback, useState } from 'react';
import { useShortcut } from '../app/useShortcut';

/**
 * Find in document (Ctrl/⌘+F): while open, its own terms are marked in place of the search's.
 * Closed again when another document opens.
 */
export function useFindInDocument(documentId: number | undefined, enabled: boolean) {
  const [finding, setFinding] = useState(false);
  const [found, setFound] = useState<string[] | null>(null);
  const [findFor, setFindFor] = useState(documentId);
  if (findFor !== documentId) {
    setFindFor(documentId);
    setFinding(false);
    setFound(null);
  }
  useShortcut(
    (event) => (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && enabled,
    () => setFinding(true),
  );
  const close = useCallback(() => {
    setFinding(false);
    setFound(null);
  }, []);
  /** The terms Find marks now, or null when it is closed or has none yet. */
  const terms = finding ? found : null;
  return { finding, terms, setFound, close };
}
