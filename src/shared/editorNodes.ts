/**
 * The serialized shapes of Lectern's own Lexical nodes, shared by the editor (renderer, which
 * renders them) and the engine (which reads note JSON for links, backlinks and Markdown export
 * without running Lexical). Types and constants only.
 */

/** A quotation embedded in a note: a live link to a passage, with the text it showed last. */
export interface SerializedPassageEmbed {
  type: typeof PASSAGE_EMBED;
  version: 1;
  passage_id: number;
  /** What the passage said when last seen: kept if the passage is deleted ("detached"). */
  snapshot: {
    exact: string;
    speaker: string | null;
    document_id: number | null;
    document_title: string | null;
    source: string | null;
    published_at: string | null;
  };
}

/** An inline `[[link]]` to another note (or a document). */
export interface SerializedNoteLink {
  type: typeof NOTE_LINK;
  version: 1;
  target: 'note' | 'document';
  target_id: number | null;
  title: string;
}

/** An inline `#tag` reference to a tag of the codebook. */
export interface SerializedTagRef {
  type: typeof TAG_REF;
  version: 1;
  tag_id: number;
  name: string;
}

export const PASSAGE_EMBED = 'passage-embed';
export const NOTE_LINK = 'note-link';
export const TAG_REF = 'tag-ref';

/** An empty note: a root with one empty paragraph, as Lexical serializes it. */
export const EMPTY_NOTE_JSON = JSON.stringify({
  root: {
    children: [
      {
        children: [],
        direction: null,
        format: '',
        indent: 0,
        type: 'paragraph',
        version: 1,
        textFormat: 0,
        textStyle: '',
      },
    ],
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
});
