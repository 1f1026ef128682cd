/**
 * Errors the user can act on. Every failure that crosses the Api boundary is a LecternError with a
 * code the UI can branch on, a message a researcher can read (which file, what is wrong, what to do)
 * and an optional technical detail.
 */
export const errorCodes = [
  'invalid-argument',
  'unknown-command',
  'not-found',
  'db-not-a-database',
  'db-too-new',
  'db-unreadable',
  'db-damaged',
  'db-busy',
  'project-locked',
  'backup-failed',
  'import-failed',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface LecternErrorData {
  code: ErrorCode;
  message: string;
  detail?: string;
}

export class LecternError extends Error implements LecternErrorData {
  readonly code: ErrorCode;
  readonly detail?: string;

  constructor(code: ErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'LecternError';
    this.code = code;
    this.detail = detail;
  }

  toData(): LecternErrorData {
    return { code: this.code, message: this.message, ...(this.detail ? { detail: this.detail } : {}) };
  }
}

/** Turns anything thrown into plain data that survives IPC and JSON. */
export function toErrorData(error: unknown): LecternErrorData {
  if (error instanceof LecternError) return error.toData();
  if (isErrorData(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

export function isErrorData(value: unknown): value is LecternErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (errorCodes as readonly string[]).includes((value as { code: string }).code) &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** What a transport (IPC, HTTP) carries back: a value or an error, never a thrown exception. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: LecternErrorData };
