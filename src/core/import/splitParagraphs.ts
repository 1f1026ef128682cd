/**
 * Splits plain text into paragraphs. Blank lines always separate paragraphs. Inside a block,
 * lines are joined when the text is hard-wrapped (lines of similar width that do not end a
 * sentence), and kept as separate paragraphs otherwise — scraped articles often put one paragraph
 * per line with no blank line between.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const paragraphs: string[] = [];
  for (const block of normalized.split(/\n[ \t]*\n/)) {
    const lines = block
      .split('\n')
      .map(cleanLine)
      .filter((line) => line !== '');
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) paragraphs.push(lines.join(' '));
    // One line at a time: spreading a block of 130,000 lines into push() overflows the stack.
    else for (const line of lines) paragraphs.push(line);
  }
  return paragraphs;
}

/** Collapses runs of spaces and tabs (copy-paste artefacts) and trims the line. */
export function cleanLine(line: string): string {
  // Single spaces are left alone, so a clean line is returned as it is (no copy per line).
  return line.replace(/[ \t]{2,}|\t/g, ' ').trim();
}

/** Whether the lines of one block are a paragraph hard-wrapped at a fixed width (join them). */
export function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const wrapped = body.filter(
    (line) => line.length >= 40 && line.length <= 100 && !/[.!?:"”“»«]$/.test(line),
  );
  return wrapped.length / body.length >= 0.6;
}
