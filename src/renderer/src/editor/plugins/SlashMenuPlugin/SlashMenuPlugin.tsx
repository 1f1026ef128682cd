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
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import { $setBlockType } from '../../blockType';
import { TypeaheadOption, typeaheadMenu } from '../TypeaheadMenu/TypeaheadMenu';

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
function matching(all: SlashOption[], query: string | null): SlashOption[] {
  const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return all;
  return all.filter((option) => {
    const text = `${option.label} ${option.keywords}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

const MENU_LABEL = 'Insert block';

/**
 * The option the menu on screen highlights, if the menu shows exactly `options` (it is current);
 * null while it shows an older query or nothing yet.
 */
function highlightedOnScreen(options: SlashOption[]): SlashOption | null {
  const menu = document.querySelector(`[role="listbox"][aria-label="${MENU_LABEL}"]`);
  if (!menu) return null;
  const shown = [...menu.querySelectorAll('[role="option"]')].map((row) => row.id);
  if (shown.join() !== options.map((option) => `typeahead-${option.key}`).join()) return null;
  const active = menu.querySelector('[role="option"][aria-selected="true"]')?.id;
  return options.find((option) => `typeahead-${option.key}` === active) ?? null;
}

/**
 * "/" at the start of a word opens a menu of blocks to insert, filtered as you type.
 *
 * Enter is ours, not the menu's: Lexical opens its menu in a React transition and registers the
 * menu's keys only once that has rendered, so a fast "/quote⏎" used to reach the editor first and
 * split the paragraph (one run in eight of notes.spec.ts; every run with the CPU throttled). The
 * key is decided here from the text before the caret, as the menu would decide it once shown.
 */
export function SlashMenuPlugin({ onQuotePalette }: { onQuotePalette(): void }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  /** Set when Enter chose a block before the menu showed: a menu that opens late opens empty. */
  const [chosen, setChosen] = useState(false);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0, maxLength: 30 });
  const all = useMemo(() => slashOptions(onQuotePalette), [onQuotePalette]);
  const options = useMemo(() => (chosen ? [] : matching(all, query)), [all, query, chosen]);
  const render = useMemo(() => {
    const view = typeaheadMenu<SlashOption>(MENU_LABEL);
    return chosen ? () => <CloseLateMenu editor={editor} /> : view;
  }, [chosen, editor]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (event?.shiftKey) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const { anchor } = selection;
          const node = anchor.getNode();
          if (!$isTextNode(node) || !node.isSimpleText()) return false;
          const match = trigger(node.getTextContent().slice(0, anchor.offset), editor);
          if (!match) return false;
          const choices = matching(all, match.matchingString);
          const option = highlightedOnScreen(choices) ?? choices[0];
          if (!option) return false;
          event?.preventDefault();
          const start = anchor.offset - match.replaceableString.length;
          // The command's own text goes, as when the menu chooses (Lexical splits it off the same way).
          const command =
            start <= 0 ? node.splitText(anchor.offset)[0] : node.splitText(start, anchor.offset)[1];
          command?.remove();
          option.run(editor);
          setChosen(true);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, trigger, all],
  );

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={(next) => {
        setQuery(next);
        if (next !== null) setChosen(false);
      }}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => {
          textNode?.remove();
          option.run(editor);
        });
        closeMenu();
      }}
      triggerFn={trigger}
      options={options}
      menuRenderFn={render}
    />
  );
}

/**
 * Drawn instead of the menu when Lexical's transition opens it after Enter already chose: an
 * editor update makes Lexical look at the text again (the command is gone) and close it. It runs
 * after the plugin has re-registered its listener with the open menu, hence the timeout.
 */
function CloseLateMenu({ editor }: { editor: LexicalEditor }) {
  useEffect(() => {
    const timer = setTimeout(() =>
      editor.update(() => {
        const selection = $getSelection();
        if (selection) selection.dirty = true;
      }),
    );
    return () => clearTimeout(timer);
  }, [editor]);
  return null;
}
