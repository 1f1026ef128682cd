/** Characters of context kept on each side of a passage (the W3C TextQuoteSelector's prefix/suffix). */
export const CONTEXT_CHARS = 32;

export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** The selectors that describe `body[start, end)`, ready to store. */
export function textQuote(body: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}
