import type { LexicalNode, NodeKey, SerializedPartial } from 'lexical';
import type { JSX } from 'react';
import { TAG_REF, type SerializedTagRef } from '../../../../shared/editorNodes';
import { InlineDecoratorNode } from './InlineDecoratorNode';
import { TagRefView } from './TagRefView';

export type SerializedTagRefNode = SerializedTagRef;

/** An inline `#tag` naming a tag of the codebook; a click opens its passages. */
export class TagRefNode extends InlineDecoratorNode {
  __tagId: number;
  __name: string;

  static override getType(): string {
    return TAG_REF;
  }

  static override clone(node: TagRefNode): TagRefNode {
    return new TagRefNode(node.__tagId, node.__name, node.__key);
  }

  static override importJSON(json: SerializedPartial<SerializedTagRefNode>): TagRefNode {
    return $createTagRefNode(json.tag_id ?? 0, json.name ?? '');
  }

  constructor(tagId: number, name: string, key?: NodeKey) {
    super(key);
    this.__tagId = tagId;
    this.__name = name;
  }

  override exportJSON(): SerializedTagRefNode {
    const latest = this.getLatest();
    return { type: TAG_REF, version: 1, tag_id: latest.__tagId, name: latest.__name };
  }

  override hostClassName(): string {
    return 'tag-ref-host';
  }

  override exportText(): string {
    return `#${this.__name}`;
  }

  override getTextContent(): string {
    return `#${this.__name}`;
  }

  override decorate(): JSX.Element {
    return <TagRefView tagId={this.__tagId} name={this.__name} />;
  }
}

export function $createTagRefNode(tagId: number, name: string): TagRefNode {
  return new TagRefNode(tagId, name);
}

export function $isTagRefNode(node: LexicalNode | null | undefined): node is TagRefNode {
  return node instanceof TagRefNode;
}
