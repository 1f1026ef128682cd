import { memo, type CSSProperties } from 'react';
import { useCoding } from '../../coding/CodingProvider';
import { useEditorServices } from '../EditorServices';

/** A `#tag` chip in the tag's colour, with its current name (renames show at once). */
export const TagRefView = memo(function TagRefView({ tagId, name }: { tagId: number; name: string }) {
  const services = useEditorServices();
  const { looks } = useCoding();
  const look = looks.get(tagId);
  return (
    <a
      href="#"
      role="link"
      className={`tag-ref${look ? '' : ' missing'}`}
      data-testid="tag-ref"
      style={{ '--chip': look?.color } as CSSProperties}
      title={look ? `Open the passages tagged “${look.name}”` : 'This tag is no longer in the codebook'}
      onClick={(event) => {
        event.preventDefault();
        if (look) services.openTag(tagId);
      }}
    >
      #{look?.name ?? name}
    </a>
  );
});
