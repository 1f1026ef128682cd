/** Splits argv into positional words and `--flag value` / `--switch` options. */
export function parseArgs(
  argv: string[],
  switches: string[],
): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) options.set(name, inline);
    else if (switches.includes(name)) options.set(name, true);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value.`);
      options.set(name, value);
      i++;
    }
  }
  return { positional, options };
}
