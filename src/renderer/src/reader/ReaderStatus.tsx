import { selectAnchoredCount, useCodingSelector } from './useCodingSelector';
import type { DocumentCoding } from './useDocumentCoding';

/**
 * "372 words · 6 coded passages" above the text. Its own component, told of a coding change after
 * the frame that shows the change: the count follows the bar, and nothing else renders for it.
 */
export function ReaderStatus({ words, coding }: { words: number; coding: DocumentCoding }) {
  const anchored = useCodingSelector(coding, selectAnchoredCount, { later: true });
  return (
    <>
      {words.toLocaleString('en')} words · {anchored} coded {anchored === 1 ? 'passage' : 'passages'}
    </>
  );
}
