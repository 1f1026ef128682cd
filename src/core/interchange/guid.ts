import { createHash, randomUUID } from 'node:crypto';

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/**
 * A GUID derived from a name (RFC 4122 version 5 style, SHA-1): the same project exported twice
 * gives its codes, sources and selections the same GUIDs, so a tool that matches by GUID (and our
 * own re-import) recognises them.
 */
export function stableGuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`lectern:${namespace}:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A fresh random GUID. */
export function newGuid(): string {
  return randomUUID();
}

/** A GUID as REFI-QDA allows it (bare or in braces), normalised to lower case without braces; null if it is none. */
export function normalizeGuid(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = GUID.exec(value.trim());
  return match ? match[1]!.toLowerCase() : null;
}
