import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, type TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $insertNodes, type TextNode } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import type { LinkTarget } from '../../../../../shared/model';
import { useApi } from '../../../app/ApiProvider';
import { $createNoteLinkNode, type NoteLinkTarget } from '../../nodes/NoteLinkNode';
import { TypeaheadOption, typeaheadMenu } from '../TypeaheadMenu/TypeaheadMenu';

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

/**
 * `[[` opens an autocomplete of notes and documents by title; choosing one puts an inline link
 * in place of what was typed. A title no note has yet can be linked too ("Create …"): the note
 * is made when the link is first followed.
 */
export function LinkTypeaheadPlugin({ noteId }: { noteId: number }) {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const [query, setQuery] = useState<string | null>(null);
  const [targets, setTargets] = useState<LinkTarget[]>([]);

  useEffect(() => {
    if (query === null) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .call('notes-link-targets', { query, limit: 9 })
        .then((list) => {
          if (current) setTargets(list);
        })
        .catch(() => {
          if (current) setTargets([]);
        });
    }, 80);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  const options = useMemo(() => {
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
    const title = (query ?? '').trim();
    if (
      title &&
      !targets.some((target) => target.kind === 'note' && target.title.toLowerCase() === title.toLowerCase())
    ) {
      list.push(new LinkOption('note', null, title, 'new note'));
    }
    return list;
  }, [targets, query, noteId]);

  const render = useMemo(() => typeaheadMenu<LinkOption>('Link to', 'Type a title to link to'), []);

  return (
    <LexicalTypeaheadMenuPlugin<LinkOption>
      onQueryChange={setQuery}
      onSelectOption={(option, textNode: TextNode | null, closeMenu) => {
        editor.update(() => {
          const link = $createNoteLinkNode(option.target, option.targetId, option.linkTitle);
          if (textNode) textNode.replace(link);
          else $insertNodes([link]);
          const space = $createTextNode(' ');
          link.insertAfter(space);
          space.select(1, 1);
        });
        closeMenu();
      }}
      triggerFn={linkTrigger}
      options={options}
      menuRenderFn={render}
    />
  );
}
