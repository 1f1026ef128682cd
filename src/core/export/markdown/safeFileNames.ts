const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_LENGTH = 120;

/**
 * A file name (without extension) that Windows, macOS and Linux all accept: no reserved
 * characters or names, no trailing dots or spaces, at most 120 characters.
 */
export function safeFileName(title: string): string {
  let name = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (name.length > MAX_LENGTH) name = name.slice(0, MAX_LENGTH).replace(/[. ]+$/, '');
  if (!name) name = 'Untitled';
  if (RESERVED.test(name)) name = `${name}_`;
  return name;
}

/**
 * Hands out unique names, comparing case-insensitively (macOS and Windows file systems do):
 * "Notes", "Notes (2)", "Notes (3)".
 */
export function uniqueNames(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const base = safeFileName(title);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  };
}
