import { DecoratorNode, type DOMExportOutput } from 'lexical';
import type { JSX } from 'react';

/**
 * An inline node drawn by a React view. Lexical only keeps a bare span in the text, classed for
 * the stylesheet, and never patches it (the view re-renders itself); copied out of the editor as
 * HTML the node becomes a span of its plain form.
 */
export abstract class InlineDecoratorNode extends DecoratorNode<JSX.Element> {
  /** The class of the span the view renders into. */
  abstract hostClassName(): string;

  /** How the node reads when copied out as HTML. */
  abstract exportText(): string;

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = this.hostClassName();
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.textContent = this.exportText();
    return { element };
  }

  override isInline(): true {
    return true;
  }
}
