import { memo } from 'react';
import { selectAnchoredCount, useCodingSelector } from './useCodingSelector';
import type { DocumentCoding } from './useDocumentCoding';

/**
 * "372 words · 6 coded passages" above the text. Its own component, told of a coding change after
 * the frame that shows the change: the count follows the bar, and nothing else renders for it.
 * Memoised, so the pane rendering (a popover opening) leaves it be.
 */
export const ReaderStatus = memo(function ReaderStatus({
  words,
  coding,
}: {
  words: number;
  coding: DocumentCoding;
}) {
  const anchored = useCodingSelector(coding, selectAnchoredCount, { later: true });
  return (
    <>
      {NUMBER.format(words)} words · {anchored} coded {anchored === 1 ? 'passage' : 'passages'}
    </>
  );
});

/** Made once: toLocaleString makes a formatter per call (ICU), a cost in every render. */
const NUMBER = new Intl.NumberFormat('en');
