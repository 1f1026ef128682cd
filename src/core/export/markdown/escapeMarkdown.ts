/**
 * Escapes what would otherwise turn plain text into Markdown syntax: emphasis and code markers,
 * brackets, HTML, and the markers that start a heading, list, quote or rule at a line's start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, (char) => '\\' + char)
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/gm, (_, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*)(=+|-{3,})\s*$/gm, (_, space: string, rule: string) => `${space}\\${rule}`);
}
