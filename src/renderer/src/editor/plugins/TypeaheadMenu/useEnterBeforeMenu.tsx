import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { MenuRenderFn, TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TypeaheadOption } from './TypeaheadMenu';

export interface EnterBeforeMenuOptions<T extends TypeaheadOption> {
  /** The menu's accessible name: which listbox on screen is this typeahead's. */
  label: string;
  trigger: TriggerFn;
  /** The options the menu shows (or would show) for a query, best first; empty: Enter is the editor's. */
  optionsFor(query: string): T[];
  /**
   * Puts the option in place of the typed command (`/quote`, `[[Title`, `#tag`): the same call
   * as the menu's own onSelectOption, with the command's text split off into `command`.
   */
  choose(option: T, command: TextNode): void;
}

export interface EnterBeforeMenu<T extends TypeaheadOption> {
  /** The options to give Lexical's menu: none once Enter has chosen, so a late menu opens empty. */
  options: T[];
  /** The menu to draw: `view`, or (once Enter has chosen) one that asks Lexical to close it. */
  render: MenuRenderFn<T>;
  /** Pass on Lexical's onQueryChange: a new query opens the menu normally again. */
  onQueryChange(query: string | null): void;
}

/**
 * Enter in a typeahead (the slash menu, `[[` links, `#` tags) decided from the text before the
 * caret, not by Lexical's menu. Lexical opens its menu in a React transition and registers the
 * menu's keys only once that has rendered, so a fast "/quote⏎" or "#d⏎" reached the editor first
 * and split the paragraph, leaving the command as text (every run with the CPU throttled; see
 * tests/e2e/slashMenuRace.spec.ts and typeaheadRace.spec.ts). Here the key is decided as the menu
 * would decide it once shown: the option it highlights if it shows this query's options, else the
 * first of them.
 */
export function useEnterBeforeMenu<T extends TypeaheadOption>(
  { label, trigger, optionsFor, choose }: EnterBeforeMenuOptions<T>,
  query: string | null,
  view: MenuRenderFn<T>,
  /** What the menu shows, when that is not `optionsFor(query)` (an older answer while one loads). */
  shown?: T[],
): EnterBeforeMenu<T> {
  const [editor] = useLexicalComposerContext();
  /** Set when Enter chose before the menu showed: a menu that opens late opens empty and closes. */
  const [chosen, setChosen] = useState(false);
  // The latest callbacks, read when the key arrives (the listener stays registered once).
  const latest = useRef({ optionsFor, choose });
  latest.current = { optionsFor, choose };

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
          const choices = latest.current.optionsFor(match.matchingString);
          const option = highlightedOnScreen(label, choices) ?? choices[0];
          if (!option) return false;
          event?.preventDefault();
          const start = anchor.offset - match.replaceableString.length;
          // The command's own text, split off as Lexical splits it before its onSelectOption.
          const command =
            start <= 0 ? node.splitText(anchor.offset)[0] : node.splitText(start, anchor.offset)[1];
          if (!command) return false;
          latest.current.choose(option, command);
          setChosen(true);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, trigger, label],
  );

  const onQueryChange = useCallback((next: string | null) => {
    if (next !== null) setChosen(false);
  }, []);
  const closeLate = useMemo<MenuRenderFn<T>>(() => () => <CloseLateMenu editor={editor} />, [editor]);
  const options = useMemo(
    () => (chosen || query === null ? [] : (shown ?? optionsFor(query))),
    [chosen, query, optionsFor, shown],
  );
  return { options, render: chosen ? closeLate : view, onQueryChange };
}

/**
 * The option the menu on screen highlights, if the menu shows exactly `options` (it is current);
 * null while it shows an older query or nothing yet.
 */
function highlightedOnScreen<T extends TypeaheadOption>(label: string, options: T[]): T | null {
  const menu = document.querySelector(`[role="listbox"][aria-label="${CSS.escape(label)}"]`);
  if (!menu) return null;
  const shown = [...menu.querySelectorAll('[role="option"]')].map((row) => row.id);
  if (shown.join() !== options.map((option) => `typeahead-${option.key}`).join()) return null;
  const active = menu.querySelector('[role="option"][aria-selected="true"]')?.id;
  return options.find((option) => `typeahead-${option.key}` === active) ?? null;
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
