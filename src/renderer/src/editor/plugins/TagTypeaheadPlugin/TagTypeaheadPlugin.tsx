import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  useBasicTypeaheadTriggerMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $insertNodes, type TextNode } from 'lexical';
import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { useCoding } from '../../../coding/CodingProvider';
import { $createTagRefNode } from '../../nodes/TagRefNode';
import { TypeaheadOption, typeaheadMenu } from '../TypeaheadMenu/TypeaheadMenu';
import { useEnterBeforeMenu } from '../TypeaheadMenu/useEnterBeforeMenu';

class TagOption extends TypeaheadOption {
  constructor(
    readonly tagId: number,
    readonly name: string,
    color: string,
    count: number,
  ) {
    super(
      `tag-${tagId}`,
      name,
      count === 1 ? '1 passage' : `${count} passages`,
      <span className="swatch" style={{ '--chip': color } as CSSProperties} />,
    );
  }
}

const MENU_LABEL = 'Tags';

/** `#` and the start of a tag's name: the codebook's tags to refer to, as inline `#tag` chips. */
export function TagTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const { tags } = useCoding();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('#', { minLength: 1, maxLength: 40 });

  const optionsFor = useCallback(
    (text: string) => {
      const wanted = text.toLowerCase();
      if (!wanted) return [];
      return tags
        .map((tag) => ({ tag, at: tag.name.toLowerCase().indexOf(wanted) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => (a.at === 0 ? 0 : 1) - (b.at === 0 ? 0 : 1) || a.tag.name.localeCompare(b.tag.name))
        .slice(0, 8)
        .map(({ tag }) => new TagOption(tag.id, tag.name, tag.color, tag.total));
    },
    [tags],
  );
  const view = useMemo(() => typeaheadMenu<TagOption>(MENU_LABEL), []);
  // Enter is decided before the menu has rendered too (a fast "#d⏎"): see useEnterBeforeMenu.
  const menu = useEnterBeforeMenu(
    { label: MENU_LABEL, trigger, optionsFor, choose: $putTagRef },
    query,
    view,
  );

  return (
    <LexicalTypeaheadMenuPlugin<TagOption>
      onQueryChange={(next) => {
        setQuery(next);
        menu.onQueryChange(next);
      }}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => $putTagRef(option, textNode));
        closeMenu();
      }}
      triggerFn={trigger}
      options={menu.options}
      menuRenderFn={menu.render}
    />
  );
}

/** A `#tag` chip in place of the typed `#name` (or at the caret), with a space after it. */
function $putTagRef(option: TagOption, command: TextNode | null): void {
  const ref = $createTagRefNode(option.tagId, option.name);
  if (command) command.replace(ref);
  else $insertNodes([ref]);
  const space = $createTextNode(' ');
  ref.insertAfter(space);
  space.select(1, 1);
}
