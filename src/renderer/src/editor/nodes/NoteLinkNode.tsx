import type { LexicalNode, NodeKey, SerializedPartial } from 'lexical';
import type { JSX } from 'react';
import { NOTE_LINK, type SerializedNoteLink } from '../../../../shared/editorNodes';
import { InlineDecoratorNode } from './InlineDecoratorNode';
import { NoteLinkView } from './NoteLinkView';

export type SerializedNoteLinkNode = SerializedNoteLink;
export type NoteLinkTarget = SerializedNoteLink['target'];

/**
 * An inline `[[link]]` to a note or a document. `target_id` is null for a link to a title no note
 * has yet: following it creates that note. Serializes exactly as `SerializedNoteLink`.
 */
export class NoteLinkNode extends InlineDecoratorNode {
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

  override hostClassName(): string {
    return 'note-link-host';
  }

  override exportText(): string {
    return `[[${this.__title}]]`;
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

  /** Points the link elsewhere (a link typed ahead of the engine's answer, once it arrives). */
  setTarget(target: NoteLinkTarget, targetId: number | null, title: string): this {
    const writable = this.getWritable();
    writable.__target = target;
    writable.__targetId = targetId;
    writable.__title = title;
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
