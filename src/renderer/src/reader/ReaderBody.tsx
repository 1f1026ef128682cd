import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
} from 'react';
import type { DocumentDetail } from '../../../shared/model';
import { matchRanges, parseTerms, type QueryTerm } from '../../../shared/text/matchTerms';
import { tokenize } from '../../../shared/text/tokenize';
import { afterFrame } from '../app/afterFrame';
import { useTagLooks } from '../coding/CodingProvider';
import { BoilerplateBar } from './BoilerplateBar';
import { firstParagraphEndingAfter } from './itemsByParagraph';
import { layoutBody, type BodyPart } from './layoutBody';
import { GUTTER_PX, ParagraphCodes } from './paragraphCodes';
import { Paragraph, type ParagraphProps } from './Paragraph';
import type { ValueStore } from '../app/valueStore';
import type { Marked } from './passageMarks';
import { EMPTY_CODING, type CodingSnapshot } from './passageStore';
import { useCodingSelector } from './useCodingSelector';
import type { DocumentCoding } from './useDocumentCoding';

interface Props {
  document: DocumentDetail;
  terms: readonly string[];
  /** The document's codes, handed on to the paragraphs by paragraphCodes.ts (read here: whether there are any). */
  coding: DocumentCoding;
  /** The open popover's and the browser's passage, marked in the paragraphs they touch. */
  marks: ValueStore<Marked>;
  layoutKey: number;
  /** The body offset the reader opens at (a search hit, a passage): its codes are drawn first. */
  openAt: number;
}

type TextPart = Extract<BodyPart, { kind: 'paragraph' | 'heading' }>;

const NO_TERMS: Array<[number, number]> = [];
/** Paragraphs around where the reader opens whose codes come in the first frame that has any. */
const FIRST_BEFORE = 15;
const FIRST_AFTER = 45;
/**
 * Paragraphs per chunk of the text. Each chunk contains its paint (reader.css): a change in one
 * paragraph lays out its chunk's few dozen siblings rather than the text's 1,200, and finding what
 * lies under the pointer (after every change, for hover) passes over the chunks it is not in.
 */
const CHUNK = 40;
/**
 * The clean text: paragraphs and sub-headings with their codes, set-aside blocks collapsed in
 * place. The codes reach each paragraph through its own subscription (paragraphCodes.ts), so a
 * coding change renders the paragraphs it touches and not this component; it renders when the
 * search terms, the tags' looks, the lanes' spacing or the layout change, and then hands every
 * paragraph whose inputs are unchanged the same element as before.
 */
export const ReaderBody = memo(function ReaderBody({
  document,
  terms,
  coding,
  marks,
  layoutKey,
  openAt,
}: Props) {
  const { looks } = useTagLooks();
  const parts = useMemo(() => layoutBody(document), [document]);
  const textParts = useMemo(
    () => parts.filter((part): part is TextPart => part.kind !== 'boilerplate'),
    [parts],
  );
  // The codes by paragraph, each paragraph subscribed to its own: a coding change renders the
  // paragraphs it touches, not this component (it renders for the terms, the looks, a reflow).
  const codes = useMemo(() => new ParagraphCodes(textParts), [textParts]);
  const { store, documentId } = coding;
  const current = useCallback(() => {
    const snapshot = store.get();
    return snapshot.id === documentId && documentId !== null ? snapshot : EMPTY_CODING;
  }, [store, documentId]);
  // Filled before its paragraphs first render (none listens yet), then kept in step by the store.
  if (!codes.started) codes.sync(current());
  useLayoutEffect(() => {
    codes.sync(current());
    return store.subscribe(() => codes.sync(current()));
  }, [codes, store, current]);
  useLayoutEffect(() => {
    const mark = () => {
      const { activeId, targetId } = marks.get();
      codes.mark(activeId, targetId);
    };
    mark();
    return marks.subscribe(mark);
  }, [codes, marks]);
  // The lanes' spacing reaches every gutter as CSS variables of the body. It changes when the most
  // overlapping codes gain or lose a lane: as a prop, that rendered all 1,200 paragraphs with their
  // bars in the key that applied the tag (90–110 ms of it). Now the bars are restyled (40–60 ms,
  // rare), after the frame that shows the new bar: until then the new lane sits in the margin
  // beside the others (at most 50 px of the 58 the margin has).
  const bodyElement = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let live = true;
    const space = () => {
      if (!live) return;
      const step = codes.getLaneStep();
      bodyElement.current?.style.setProperty('--lane-step', `${step}px`);
      bodyElement.current?.style.setProperty('--bar-width', `${Math.max(2, Math.min(4, step - 2))}px`);
    };
    space();
    const off = codes.subscribeLaneStep(() => void afterFrame().then(space));
    return () => {
      live = false;
      off();
    };
  }, [codes]);

  const termsByParagraph = useMemo(() => {
    const folded = parseTerms(terms);
    const result = new Map<number, Array<[number, number]>>();
    if (folded.length === 0) return result;
    for (const part of textParts) {
      const ranges = termRanges(document.body.slice(part.start, part.end), part.start, folded);
      if (ranges.length > 0) result.set(part.start, ranges);
    }
    return result;
  }, [terms, textParts, document.body]);

  // The first time the document's codes arrive (2,000 passages: some 1,200 paragraphs of spans),
  // the paragraphs around where the reader opens get theirs in the frame that shows them, the
  // rest in a transition after it. The component is keyed by document, so this runs per document.
  const hasCodes = useCodingSelector(coding, selectHasCodes);
  const [everywhere, setEverywhere] = useState(false);
  useEffect(() => {
    if (hasCodes && !everywhere) startTransition(() => setEverywhere(true));
  }, [hasCodes, everywhere]);
  const [firstFrom, firstTo] = useMemo(() => {
    const at = firstParagraphEndingAfter(textParts, openAt);
    const from = textParts[Math.max(0, at - FIRST_BEFORE)]?.start ?? 0;
    const to = textParts[Math.min(textParts.length - 1, at + FIRST_AFTER)]?.start ?? 0;
    return [from, to];
  }, [textParts, openAt]);
  const drawn = (start: number) => everywhere || (start >= firstFrom && start <= firstTo);

  // A paragraph whose props are all as before gets the same element: React passes over it
  // without comparing props, so a change costs the paragraphs it touches, not 1,200 of them.
  const texts = useMemo(
    () => new Map(textParts.map((part) => [part.start, document.body.slice(part.start, part.end)])),
    [textParts, document.body],
  );
  const elements = useRef(new Map<number, ParagraphInputs & { element: ReactElement }>());
  const paragraph = (part: TextPart) => {
    // One small object compared field by field: this runs for every paragraph on every render.
    const inputs: ParagraphInputs = {
      part,
      codes,
      drawn: drawn(part.start),
      terms: termsByParagraph.get(part.start) ?? NO_TERMS,
      looks,
      layoutKey,
    };
    const cached = elements.current.get(part.start);
    if (cached && sameInputs(cached, inputs)) return cached.element;
    const element = (
      <Paragraph
        key={part.start}
        kind={part.kind}
        start={part.start}
        end={part.end}
        text={texts.get(part.start) ?? ''}
        codes={codes}
        drawn={inputs.drawn}
        terms={inputs.terms}
        looks={looks}
        layoutKey={layoutKey}
      />
    );
    elements.current.set(part.start, { ...inputs, element });
    return element;
  };

  const boilerplates = useRef(new Map<number, { part: BodyPart; element: ReactElement }>());
  const boilerplate = (part: Extract<BodyPart, { kind: 'boilerplate' }>) => {
    const cached = boilerplates.current.get(part.index);
    if (cached && cached.part === part) return cached.element;
    const element = <BoilerplateBar key={`b${part.index}`} block={part.block} documentId={document.id} />;
    boilerplates.current.set(part.index, { part, element });
    return element;
  };

  // A chunk whose paragraphs all kept their element keeps its own: React passes over it whole.
  const chunkElements = useRef<Array<{ children: ReactElement[]; element: ReactElement }>>([]);
  const chunks: ReactElement[][] = [[]];
  for (const part of parts) {
    const current = chunks[chunks.length - 1]!;
    // A new chunk begins only before a paragraph (no top margin), so no margin is lost where
    // chunks meet: a chunk keeps its children's margins inside it.
    if (current.length >= CHUNK && part.kind === 'paragraph') chunks.push([]);
    chunks[chunks.length - 1]!.push(part.kind === 'boilerplate' ? boilerplate(part) : paragraph(part));
  }
  const chunkElement = (children: ReactElement[], i: number) => {
    const cached = chunkElements.current[i];
    if (
      cached &&
      cached.children.length === children.length &&
      cached.children.every((c, j) => c === children[j])
    )
      return cached.element;
    const element = (
      <div key={i} className="reader-chunk">
        {children}
      </div>
    );
    chunkElements.current[i] = { children, element };
    return element;
  };

  return (
    <div ref={bodyElement} className="reader-body" style={GUTTER_STYLE}>
      {chunks.map(chunkElement)}
    </div>
  );
});

/**
 * Body ranges of the matches of the folded search terms in a paragraph: one range per match, so
 * a phrase is one highlight and one step of the term navigation ("1 of 1", not "1 of 2").
 */
function termRanges(text: string, offset: number, terms: readonly QueryTerm[]): Array<[number, number]> {
  const tokens = tokenize(text);
  const matched = matchRanges(
    tokens.map((token) => token.text),
    terms,
  );
  return matched.map(([first, last]) => [offset + tokens[first]!.start, offset + tokens[last]!.end]);
}

/** What a paragraph's element was made from: the same inputs give the same element. */
type ParagraphInputs = { part: TextPart } & Pick<
  ParagraphProps,
  'codes' | 'drawn' | 'terms' | 'looks' | 'layoutKey'
>;

function sameInputs(a: ParagraphInputs, b: ParagraphInputs): boolean {
  return (
    a.part === b.part &&
    a.codes === b.codes &&
    a.drawn === b.drawn &&
    a.terms === b.terms &&
    a.looks === b.looks &&
    a.layoutKey === b.layoutKey
  );
}

const selectHasCodes = (s: CodingSnapshot) => s.passages.length > 0 || s.quotes.length > 0;
const GUTTER_STYLE = { '--gutter': `${GUTTER_PX + 12}px` } as CSSProperties;
