import type { PassageCitation } from '../../../../shared/model';

/**
 * The live data behind a note's quote embeds, as last read from the engine (one batch per note),
 * kept outside React state: embeds are drawn from it and from their snapshots (see
 * CitationsPlugin), never by a render of the whole note.
 */
export class CitationStore {
  private readonly byId = new Map<number, PassageCitation>();

  get(passageId: number): PassageCitation | undefined {
    return this.byId.get(passageId);
  }

  has(passageId: number): boolean {
    return this.byId.has(passageId);
  }

  set(citations: readonly PassageCitation[]): void {
    for (const citation of citations) this.byId.set(citation.passage_id, citation);
  }
}
