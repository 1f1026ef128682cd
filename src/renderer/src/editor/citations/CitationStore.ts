import type { PassageCitation } from '../../../../shared/model';

type Listener = () => void;

/**
 * The live data behind a note's quote embeds, kept outside React state: each embed subscribes
 * to its own passage id, so a refresh re-renders only the embeds whose citation changed.
 */
export class CitationStore {
  private readonly byId = new Map<number, PassageCitation>();
  private readonly listeners = new Map<number, Set<Listener>>();

  get(passageId: number): PassageCitation | undefined {
    return this.byId.get(passageId);
  }

  has(passageId: number): boolean {
    return this.byId.has(passageId);
  }

  /** Stores fetched citations and tells the embeds whose data actually changed. */
  set(citations: readonly PassageCitation[]): void {
    for (const citation of citations) {
      const before = this.byId.get(citation.passage_id);
      if (before && sameCitation(before, citation)) continue;
      this.byId.set(citation.passage_id, citation);
      this.listeners.get(citation.passage_id)?.forEach((listener) => listener());
    }
  }

  subscribe(passageId: number, listener: Listener): () => void {
    let set = this.listeners.get(passageId);
    if (!set) this.listeners.set(passageId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(passageId);
    };
  }
}

function sameCitation(a: PassageCitation, b: PassageCitation): boolean {
  return (
    a.status === b.status &&
    a.exact === b.exact &&
    a.speaker === b.speaker &&
    a.document_id === b.document_id &&
    a.document_title === b.document_title &&
    a.source === b.source &&
    a.published_at === b.published_at
  );
}
