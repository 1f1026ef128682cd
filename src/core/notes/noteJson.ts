import { LecternError } from '../../shared/errors';

/** A node of Lexical's serialized editor state, read loosely: the engine never runs Lexical on it. */
export interface NodeJson {
  type: string;
  children?: NodeJson[];
  text?: string;
  format?: number | string;
  tag?: string;
  url?: string;
  listType?: 'bullet' | 'number' | 'check';
  start?: number;
  checked?: boolean;
  language?: string | null;
  headerState?: number;
  [key: string]: unknown;
}

/** Parses note JSON, refusing anything that is not a Lexical editor state (with a reason). */
export function parseNoteJson(text: string): NodeJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new LecternError('invalid-argument', 'The note could not be saved: its content is not valid JSON.');
  }
  const root = (parsed as { root?: NodeJson } | null)?.root;
  if (!root || root.type !== 'root' || !Array.isArray(root.children)) {
    throw new LecternError(
      'invalid-argument',
      'The note could not be saved: its content is not a Lexical editor state (no root).',
    );
  }
  return root;
}

/** Visits every node depth-first, parents before children. */
export function walkNodes(
  node: NodeJson,
  visit: (node: NodeJson, parents: NodeJson[]) => void,
  parents: NodeJson[] = [],
): void {
  visit(node, parents);
  for (const child of node.children ?? []) walkNodes(child, visit, [...parents, node]);
}
