/** Notes just created here, whose title should take the focus (selected) when they first open. */
const fresh = new Set<number>();

export function markNewNote(id: number): void {
  fresh.add(id);
}

/** True once for a note marked new. */
export function takeNewNote(id: number): boolean {
  return fresh.delete(id);
}
