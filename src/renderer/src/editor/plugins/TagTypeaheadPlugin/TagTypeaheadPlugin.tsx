import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  useBasicTypeaheadTriggerMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $insertNodes } from 'lexical';
import { useMemo, useState, type CSSProperties } from 'react';
import { useCoding } from '../../../coding/CodingProvider';
import { $createTagRefNode } from '../../nodes/TagRefNode';
import { TypeaheadOption, typeaheadMenu } from '../TypeaheadMenu/TypeaheadMenu';

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

/** `#` and the start of a tag's name: the codebook's tags to refer to, as inline `#tag` chips. */
export function TagTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const { tags } = useCoding();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('#', { minLength: 1, maxLength: 40 });

  const options = useMemo(() => {
    const wanted = (query ?? '').toLowerCase();
    if (!wanted) return [];
    return tags
      .map((tag) => ({ tag, at: tag.name.toLowerCase().indexOf(wanted) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => (a.at === 0 ? 0 : 1) - (b.at === 0 ? 0 : 1) || a.tag.name.localeCompare(b.tag.name))
      .slice(0, 8)
      .map(({ tag }) => new TagOption(tag.id, tag.name, tag.color, tag.total));
  }, [tags, query]);

  const render = useMemo(() => typeaheadMenu<TagOption>('Tags'), []);

  return (
    <LexicalTypeaheadMenuPlugin<TagOption>
      onQueryChange={setQuery}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => {
          const ref = $createTagRefNode(option.tagId, option.name);
          if (textNode) textNode.replace(ref);
          else $insertNodes([ref]);
          const space = $createTextNode(' ');
          ref.insertAfter(space);
          space.select(1, 1);
        });
        closeMenu();
      }}
      triggerFn={trigger}
      options={options}
      menuRenderFn={render}
    />
  );
}
