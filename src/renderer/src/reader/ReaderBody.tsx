import { memo, useMemo } from 'react';
import type { DocumentDetail } from '../../../shared/model';
import { BoilerplateBar } from './BoilerplateBar';
import { HighlightedText } from './HighlightedText';
import { layoutBody } from './layoutBody';
import { parseTerms } from '../../../shared/text/matchTerms';

interface Props {
  document: DocumentDetail;
  terms: readonly string[];
}

/** The clean text: paragraphs and sub-headings, set-aside blocks collapsed in place. */
export const ReaderBody = memo(function ReaderBody({ document, terms }: Props) {
  const parts = useMemo(() => layoutBody(document), [document]);
  const folded = useMemo(() => parseTerms(terms), [terms]);
  return (
    <div className="reader-body">
      {parts.map((part) => {
        if (part.kind === 'boilerplate') return <BoilerplateBar key={`b${part.index}`} block={part.block} />;
        const text = document.body.slice(part.start, part.end);
        const content = <HighlightedText text={text} offset={part.start} terms={folded} />;
        return part.kind === 'heading' ? (
          <h3 key={part.start} id={`p-${part.start}`} data-start={part.start} data-end={part.end}>
            {content}
          </h3>
        ) : (
          <p key={part.start} id={`p-${part.start}`} data-start={part.start} data-end={part.end}>
            {content}
          </p>
        );
      })}
    </div>
  );
});
