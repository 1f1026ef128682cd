import {
  CHECK_LIST,
  ELEMENT_TRANSFORMERS,
  MULTILINE_ELEMENT_TRANSFORMERS,
  TEXT_FORMAT_TRANSFORMERS,
  TEXT_MATCH_TRANSFORMERS,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';
import {
  $createHorizontalRuleNode,
  $isHorizontalRuleNode,
  HorizontalRuleNode,
} from '@lexical/react/LexicalHorizontalRuleNode';

/** `---` (or `***`, `___`) on a line of its own becomes a horizontal rule. */
export const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '---' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parent, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    if (isImport || parent.getNextSibling() !== null) parent.replace(rule);
    else parent.insertBefore(rule);
    rule.selectNext();
  },
  type: 'element',
};

/**
 * The shortcuts that apply while typing: `# ` headings, `> ` quotes, `- ` / `1. ` / `[ ] ` lists,
 * ``` code, `---` rules, **bold**, *italic*, ~~strike~~, `code`, [links](…). CHECK_LIST comes
 * before the bullet list, whose `- ` would otherwise swallow `- [ ] `.
 */
export const NOTE_TRANSFORMERS: Transformer[] = [
  HORIZONTAL_RULE,
  CHECK_LIST,
  ...ELEMENT_TRANSFORMERS,
  ...MULTILINE_ELEMENT_TRANSFORMERS,
  ...TEXT_FORMAT_TRANSFORMERS,
  ...TEXT_MATCH_TRANSFORMERS,
];
