import {
  DecoratorNode,
  type SerializedPartial,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { JSX } from 'react';
import { NOTE_LINK, type SerializedNoteLink } from '../../../../shared/editorNodes';
import { NoteLinkView } from './NoteLinkView';

export type SerializedNoteLinkNode = SerializedNoteLink;
export type NoteLinkTarget = SerializedNoteLink['target'];

/**
 * An inline `[[link]]` to a note or a document. `target_id` is null for a link to a title no note
 * has yet: following it creates that note. Serializes exactly as `SerializedNoteLink`.
 */
export class NoteLinkNode extends DecoratorNode<JSX.Element> {
  __target: NoteLinkTarget;
  __targetId: number | null;
  __title: string;

  static override getType(): string {
    return NOTE_LINK;
  }

  static override clone(node: NoteLinkNode): NoteLinkNode {
    return new NoteLinkNode(node.__target, node.__targetId, node.__title, node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedNoteLinkNode>): NoteLinkNode {
    return $createNoteLinkNode(
      json.target === 'document' ? 'document' : 'note',
      json.target_id ?? null,
      json.title ?? '',
    );
  }

  constructor(target: NoteLinkTarget, targetId: number | null, title: string, key?: NodeKey) {
    super(key);
    this.__target = target;
    this.__targetId = targetId;
    this.__title = title;
  }

  override exportJSON(): SerializedNoteLinkNode {
    const latest = this.getLatest();
    return {
      type: NOTE_LINK,
      version: 1,
      target: latest.__target,
      target_id: latest.__targetId,
      title: latest.__title,
    };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'note-link-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.textContent = `[[${this.__title}]]`;
    return { element };
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.__title;
  }

  getTitle(): string {
    return this.getLatest().__title;
  }

  setTargetId(targetId: number): this {
    const writable = this.getWritable();
    writable.__targetId = targetId;
    return writable;
  }

  override decorate(): JSX.Element {
    return (
      <NoteLinkView
        nodeKey={this.__key}
        target={this.__target}
        targetId={this.__targetId}
        title={this.__title}
      />
    );
  }
}

export function $createNoteLinkNode(
  target: NoteLinkTarget,
  targetId: number | null,
  title: string,
): NoteLinkNode {
  return new NoteLinkNode(target, targetId, title);
}

export function $isNoteLinkNode(node: LexicalNode | null | undefined): node is NoteLinkNode {
  return node instanceof NoteLinkNode;
}
