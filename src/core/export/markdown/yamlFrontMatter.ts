/**
 * YAML front matter from plain values. Strings are written JSON-quoted (valid YAML, safe for
 * colons, quotes and leading dashes); empty values are left out; lists become YAML lists.
 */
export function yamlFrontMatter(
  fields: Record<string, string | number | null | undefined | string[]>,
): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push(`${key}:`, ...value.map((item) => `  - ${JSON.stringify(item)}`));
    } else lines.push(`${key}: ${typeof value === 'number' ? value : JSON.stringify(value)}`);
  }
  lines.push('---', '');
  return lines.join('\n') + '\n';
}
