import { $createCodeNode } from '@lexical/code';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import {
  LexicalTypeaheadMenuPlugin,
  useBasicTypeaheadTriggerMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $createParagraphNode, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { $setBlockType } from '../../blockType';
import { TypeaheadOption, typeaheadMenu } from '../TypeaheadMenu/TypeaheadMenu';
import { useEnterBeforeMenu } from '../TypeaheadMenu/useEnterBeforeMenu';

class SlashOption extends TypeaheadOption {
  constructor(
    key: string,
    label: string,
    glyph: string,
    readonly keywords: string,
    readonly run: (editor: LexicalEditor) => void,
    hint: string | null = null,
  ) {
    super(key, label, hint, glyph);
  }
}

const heading = (tag: HeadingTagType) => () => $setBlockType(() => $createHeadingNode(tag));

/** Every block the slash menu offers, in the order a writer reaches for them. */
function slashOptions(onQuotePalette: () => void): SlashOption[] {
  return [
    new SlashOption(
      'quote-source',
      'Quote from a source…',
      '❞',
      'quote passage citation source embed',
      () => onQuotePalette(),
      'search passages',
    ),
    new SlashOption(
      'link-note',
      'Link to a note…',
      '⟦',
      'link note wiki document',
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText('[[');
      },
      '[[',
    ),
    new SlashOption('paragraph', 'Text', '¶', 'paragraph text plain', () =>
      $setBlockType(() => $createParagraphNode()),
    ),
    new SlashOption('h1', 'Heading 1', 'H1', 'heading title h1', heading('h1'), '#'),
    new SlashOption('h2', 'Heading 2', 'H2', 'heading subtitle h2', heading('h2'), '##'),
    new SlashOption('h3', 'Heading 3', 'H3', 'heading h3', heading('h3'), '###'),
    new SlashOption(
      'bullet',
      'Bulleted list',
      '•',
      'bullet list unordered ul',
      (editor) => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined),
      '-',
    ),
    new SlashOption(
      'number',
      'Numbered list',
      '1.',
      'numbered list ordered ol',
      (editor) => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined),
      '1.',
    ),
    new SlashOption(
      'check',
      'Check list',
      '☑',
      'check list todo task',
      (editor) => editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined),
      '[ ]',
    ),
    new SlashOption(
      'blockquote',
      'Block quote',
      '❝',
      'quote blockquote',
      () => $setBlockType(() => $createQuoteNode()),
      '>',
    ),
    new SlashOption(
      'code',
      'Code block',
      '{ }',
      'code block pre',
      () => $setBlockType(() => $createCodeNode()),
      '```',
    ),
    new SlashOption(
      'table',
      'Table',
      '▦',
      'table grid',
      (editor) =>
        editor.dispatchCommand(INSERT_TABLE_COMMAND, {
          rows: '3',
          columns: '3',
          includeHeaders: { rows: true, columns: false },
        }),
      '3 × 3',
    ),
    new SlashOption(
      'rule',
      'Divider',
      '—',
      'divider horizontal rule hr line',
      (editor) => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined),
      '---',
    ),
  ];
}

/** The options whose label or keywords contain every word of the query. */
function matching(all: SlashOption[], query: string): SlashOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return all;
  return all.filter((option) => {
    const text = `${option.label} ${option.keywords}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

const MENU_LABEL = 'Insert block';

/**
 * "/" at the start of a word opens a menu of blocks to insert, filtered as you type. Enter is
 * decided from the text before the caret (useEnterBeforeMenu), so a fast "/quote⏎" chooses the
 * block even before Lexical's menu has rendered.
 */
export function SlashMenuPlugin({ onQuotePalette }: { onQuotePalette(): void }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0, maxLength: 30 });
  const all = useMemo(() => slashOptions(onQuotePalette), [onQuotePalette]);
  const optionsFor = useCallback((text: string) => matching(all, text), [all]);
  const view = useMemo(() => typeaheadMenu<SlashOption>(MENU_LABEL), []);
  const menu = useEnterBeforeMenu(
    {
      label: MENU_LABEL,
      trigger,
      optionsFor,
      choose: (option, command) => {
        command.remove();
        option.run(editor);
      },
    },
    query,
    view,
  );

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={(next) => {
        setQuery(next);
        menu.onQueryChange(next);
      }}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => {
          textNode?.remove();
          option.run(editor);
        });
        closeMenu();
      }}
      triggerFn={trigger}
      options={menu.options}
      menuRenderFn={menu.render}
    />
  );
}
