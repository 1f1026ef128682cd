import {
  $getEditor,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedPartial,
} from 'lexical';
import { PASSAGE_EMBED, type SerializedPassageEmbed } from '../../../../shared/editorNodes';
import { citationStoreOf } from '../citations/citationRegistry';
import { renderPassageEmbed } from './renderPassageEmbed';

export type PassageSnapshot = SerializedPassageEmbed['snapshot'];
export type SerializedPassageEmbedNode = SerializedPassageEmbed;

export const EMPTY_SNAPSHOT: PassageSnapshot = {
  exact: '',
  speaker: null,
  document_id: null,
  document_title: null,
  source: null,
  published_at: null,
};

/**
 * A quotation in a note: a block that shows a passage of a source live (its current text,
 * speaker, document) and keeps a snapshot of what it last showed, so the quote survives the
 * passage being deleted. Serializes exactly as `SerializedPassageEmbed`, which the engine reads.
 */
export class PassageEmbedNode extends DecoratorNode<null> {
  __passageId: number;
  __snapshot: PassageSnapshot;

  static override getType(): string {
    return PASSAGE_EMBED;
  }

  static override clone(node: PassageEmbedNode): PassageEmbedNode {
    return new PassageEmbedNode(node.__passageId, node.__snapshot, node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedPassageEmbedNode>): PassageEmbedNode {
    return $createPassageEmbedNode(json.passage_id ?? 0, { ...EMPTY_SNAPSHOT, ...json.snapshot });
  }

  constructor(passageId: number, snapshot: PassageSnapshot = EMPTY_SNAPSHOT, key?: NodeKey) {
    super(key);
    this.__passageId = passageId;
    this.__snapshot = snapshot;
  }

  override exportJSON(): SerializedPassageEmbedNode {
    const { exact, speaker, document_id, document_title, source, published_at } = this.getLatest().__snapshot;
    return {
      type: PASSAGE_EMBED,
      version: 1,
      passage_id: this.getLatest().__passageId,
      snapshot: { exact, speaker, document_id, document_title, source, published_at },
    };
  }

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const element = document.createElement('div');
    element.className = 'passage-embed-host';
    const status = citationStoreOf(editor)?.get(this.__passageId)?.status;
    renderPassageEmbed(element, this.__passageId, this.__snapshot, status);
    return element;
  }

  override updateDOM(previous: PassageEmbedNode, element: HTMLElement): false {
    if (previous.__snapshot !== this.__snapshot || previous.__passageId !== this.__passageId) {
      const status = citationStoreOf($getEditor())?.get(this.__passageId)?.status;
      renderPassageEmbed(element, this.__passageId, this.__snapshot, status);
    }
    return false;
  }

  /** Copying a quote into another app gives a blockquote with its citation. */
  override exportDOM(): DOMExportOutput {
    const { exact, speaker, document_title } = this.__snapshot;
    const element = document.createElement('blockquote');
    element.textContent = `“${exact}”`;
    const cite = [speaker, document_title].filter(Boolean).join(', ');
    if (cite) {
      const footer = document.createElement('cite');
      footer.textContent = ` — ${cite}`;
      element.append(footer);
    }
    return { element };
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override getTextContent(): string {
    const { exact, speaker } = this.__snapshot;
    return `“${exact}”${speaker ? ` — ${speaker}` : ''}\n\n`;
  }

  getPassageId(): number {
    return this.getLatest().__passageId;
  }

  getSnapshot(): PassageSnapshot {
    return this.getLatest().__snapshot;
  }

  setSnapshot(snapshot: PassageSnapshot): this {
    const writable = this.getWritable();
    writable.__snapshot = snapshot;
    return writable;
  }

  /** Drawn by createDOM (see renderPassageEmbed), not by React. */
  override decorate(): null {
    return null;
  }
}

export function $createPassageEmbedNode(
  passageId: number,
  snapshot: PassageSnapshot = EMPTY_SNAPSHOT,
): PassageEmbedNode {
  return new PassageEmbedNode(passageId, snapshot);
}

export function $isPassageEmbedNode(node: LexicalNode | null | undefined): node is PassageEmbedNode {
  return node instanceof PassageEmbedNode;
}
