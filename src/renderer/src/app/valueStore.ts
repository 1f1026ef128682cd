/**
 * One value held outside React, read with useSyncExternalStore or a plain subscription: setting
 * an equal value (by `same`) tells no one, so a component that reads it renders only for a change.
 * What the reader and the codebook keep this way: the codebook (CodingProvider), the passages
 * marked in the text (ReaderPane → ReaderBody).
 */
export class ValueStore<T> {
  private readonly listeners = new Set<() => void>();

  constructor(
    private value: T,
    private readonly same: (a: T, b: T) => boolean = Object.is,
  ) {}

  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: T): void {
    if (this.same(value, this.value)) return;
    this.value = value;
    for (const listener of [...this.listeners]) listener();
  }
}
