import type { DocumentSummary } from '../shared/model';
import type { Workbench } from '../core/workbench';

export interface CliRun {
  workbench: Workbench;
  /** Positional words after the command name. */
  args: string[];
  options: Map<string, string | true>;
  json: boolean;
}

export interface CliCommand {
  /** One line for the usage text: the command with its arguments, then what it does. */
  usage: string;
  /** Returns the exit code; a command that keeps running (serve) never resolves. */
  run(run: CliRun): Promise<number>;
}

/** Stable, documented field names for documents in --json output. */
export function publicFields(doc: DocumentSummary) {
  const { id, title, published_at, source, author, language } = doc;
  return { id, title, published_at, source, author, language };
}

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

/** A string option's value, or undefined; a bare `--flag` where a value was needed is an error. */
export function stringOption(options: Map<string, string | true>, name: string): string | undefined {
  const value = options.get(name);
  if (value === true) throw new Error(`--${name} needs a value.`);
  return value;
}
