import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, type TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $getNodeByKey, $insertNodes, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LinkTarget } from '../../../../../shared/model';
import { useApi } from '../../../app/ApiProvider';
import {
  $createNoteLinkNode,
  $isNoteLinkNode,
  type NoteLinkNode,
  type NoteLinkTarget,
} from '../../nodes/NoteLinkNode';
import { TypeaheadOption, typeaheadMenu } from '../TypeaheadMenu/TypeaheadMenu';
import { useEnterBeforeMenu } from '../TypeaheadMenu/useEnterBeforeMenu';

class LinkOption extends TypeaheadOption {
  constructor(
    readonly target: NoteLinkTarget,
    readonly targetId: number | null,
    readonly linkTitle: string,
    hint: string | null,
  ) {
    super(
      targetId === null ? `new-${linkTitle}` : `${target}-${targetId}`,
      targetId === null ? `Create “${linkTitle}”` : linkTitle,
      hint,
      target === 'document' ? '▤' : targetId === null ? '+' : '✎',
    );
  }
}

/** `[[` followed by up to 80 characters (no brackets, no line break) before the caret. */
const linkTrigger: TriggerFn = (text) => {
  const match = /\[\[([^[\]\n]{0,80})$/.exec(text);
  if (!match) return null;
  return { leadOffset: match.index, matchingString: match[1] ?? '', replaceableString: match[0] };
};

/** The menu's options for a query: the engine's notes and documents, then "Create …" if no note has that title. */
function linkOptions(targets: LinkTarget[], query: string, noteId: number): LinkOption[] {
  const list = targets
    .filter((target) => !(target.kind === 'note' && target.id === noteId))
    .slice(0, 8)
    .map(
      (target) =>
        new LinkOption(
          target.kind,
          target.id,
          target.title,
          target.kind === 'document' ? (target.hint ?? 'document') : 'note',
        ),
    );
  const title = query.trim();
  if (
    title &&
    !targets.some((target) => target.kind === 'note' && target.title.toLowerCase() === title.toLowerCase())
  ) {
    list.push(new LinkOption('note', null, title, 'new note'));
  }
  return list;
}

/** A link in place of the typed `[[Title` (or at the caret), with a space after it. */
function $putLink(option: LinkOption, command: TextNode | null): NoteLinkNode {
  const link = $createNoteLinkNode(option.target, option.targetId, option.linkTitle);
  if (command) command.replace(link);
  else $insertNodes([link]);
  const space = $createTextNode(' ');
  link.insertAfter(space);
  space.select(1, 1);
  return link;
}

const MENU_LABEL = 'Link to';

/**
 * `[[` opens an autocomplete of notes and documents by title; choosing one puts an inline link
 * in place of what was typed. A title no note has yet can be linked too ("Create …"): the note
 * is made when the link is first followed.
 */
export function LinkTypeaheadPlugin({ noteId }: { noteId: number }) {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const [query, setQuery] = useState<string | null>(null);
  /** The engine's answer and the query it answers (the menu shows it while the next one loads). */
  const [found, setFound] = useState<{ query: string; targets: LinkTarget[] }>({ query: '', targets: [] });

  const targetsFor = useCallback(
    (text: string) => api.call('notes-link-targets', { query: text, limit: 9 }).catch((): LinkTarget[] => []),
    [api],
  );

  useEffect(() => {
    if (query === null) return;
    let current = true;
    const timer = setTimeout(() => {
      void targetsFor(query).then((targets) => {
        if (current) setFound({ query, targets });
      });
    }, 80);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [targetsFor, query]);

  const shown = useMemo(
    () => (query === null ? [] : linkOptions(found.targets, query, noteId)),
    [found, query, noteId],
  );
  // What Enter chooses: this query's first option once the engine has answered it; before that, a
  // link by the typed title that takes the first option's target when the answer arrives (as the
  // menu would have, had it waited), so a fast "[[Second note⏎" links the note that exists.
  const optionsFor = useCallback(
    (text: string) =>
      found.query === text
        ? linkOptions(found.targets, text, noteId)
        : text.trim()
          ? [new PendingLink(text)]
          : [],
    [found, noteId],
  );
  const choose = useCallback(
    (option: LinkOption, command: TextNode) => {
      const link = $putLink(option, command);
      if (!(option instanceof PendingLink)) return;
      const key = link.getKey();
      void targetsFor(option.query).then((targets) => {
        const best = linkOptions(targets, option.query, noteId)[0];
        if (!best || best.targetId === null) return;
        editor.update(() => {
          const node = $getNodeByKey(key);
          if ($isNoteLinkNode(node)) node.setTarget(best.target, best.targetId, best.linkTitle);
        });
      });
    },
    [editor, targetsFor, noteId],
  );
  const view = useMemo(() => typeaheadMenu<LinkOption>(MENU_LABEL, 'Type a title to link to'), []);
  const menu = useEnterBeforeMenu(
    { label: MENU_LABEL, trigger: linkTrigger, optionsFor, choose },
    query,
    view,
    shown,
  );

  return (
    <LexicalTypeaheadMenuPlugin<LinkOption>
      onQueryChange={(next) => {
        setQuery(next);
        menu.onQueryChange(next);
      }}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => $putLink(option, textNode));
        closeMenu();
      }}
      triggerFn={linkTrigger}
      options={menu.options}
      menuRenderFn={menu.render}
    />
  );
}

/** Enter's choice before the engine has answered the query: resolved to its first option then. */
class PendingLink extends LinkOption {
  constructor(readonly query: string) {
    super('note', null, query.trim(), 'new note');
  }
}
