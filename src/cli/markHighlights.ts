/** Marks highlighted ranges for a terminal: bold yellow on a TTY, [brackets] in pipes and files. */
export function markHighlights(text: string, highlights: Array<[number, number]>): string {
  const [open, close] = process.stdout.isTTY ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return out + text.slice(at);
}
