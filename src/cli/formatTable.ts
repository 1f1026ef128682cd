/**
 * A plain aligned text table for terminal output; long cells are cut with an ellipsis. With
 * `fixed`, columns are exactly maxWidths wide, so tables printed page by page line up.
 */
export function formatTable(
  headers: string[],
  rows: string[][],
  maxWidths: number[] = [],
  fixed = false,
): string {
  const cut = (text: string, max: number | undefined) =>
    max && text.length > max ? text.slice(0, max - 1) + '…' : text;
  const cells = [headers, ...rows].map((row) => row.map((cell, i) => cut(cell, maxWidths[i])));
  const widths = headers.map((_, i) =>
    fixed && maxWidths[i] ? maxWidths[i] : Math.max(...cells.map((row) => row[i]!.length)),
  );
  return cells
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
