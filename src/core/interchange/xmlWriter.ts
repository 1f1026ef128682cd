/**
 * A small XML writer for REFI-QDA files: elements with attributes and text, escaped, with the
 * characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF) dropped — a text
 * with a stray control byte must not make the whole project unreadable.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A surrogate half without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML character data. */
export function escapeText(text: string): string {
  return (
    text
      .replace(CONTROL, '')
      .replace(LONE_SURROGATE, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // A bare \r would become \n in any reader (XML end-of-line handling); keep it as a reference.
      .replace(/\r/g, '&#13;')
  );
}

/** Text made safe for a double-quoted attribute (newlines and tabs kept as character references). */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Builds a document line by line; `open`/`close` nest, `leaf` writes a self-closing or text element. */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  private depth = 0;

  open(name: string, attributes: Attributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${attrs(attributes)}>\n`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An element with no children (self-closing), or with text content when `text` is given. */
  leaf(name: string, attributes: Attributes = {}, text?: string): this {
    this.parts.push(
      text === undefined
        ? `${this.indent()}<${name}${attrs(attributes)}/>\n`
        : `${this.indent()}<${name}${attrs(attributes)}>${escapeText(text)}</${name}>\n`,
    );
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }
}

function attrs(attributes: Attributes): string {
  let out = '';
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return out;
}
