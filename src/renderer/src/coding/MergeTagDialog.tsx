import type { Tag } from '../../../shared/model';
import { TagPalette } from './TagPalette';

/** Picks the tag to merge `tag` into (never itself or one of its sub-tags). */
export function MergeTagDialog({
  tag,
  exclude,
  onMerge,
  onClose,
}: {
  tag: Tag;
  exclude: ReadonlySet<number>;
  onMerge(into: Tag): void;
  onClose(): void;
}) {
  return (
    <div className="modal-backdrop" onMouseDown={onClose}>
      <div className="merge-picker" onMouseDown={(event) => event.stopPropagation()}>
        <TagPalette
          title={`Merge “${tag.name}” into…`}
          subtitle={`Its ${tag.total} ${tag.total === 1 ? 'passage' : 'passages'} and sub-tags move there`}
          exclude={exclude}
          allowCreate={false}
          onPick={onMerge}
          onCreate={() => undefined}
          onClose={onClose}
        />
      </div>
    </div>
  );
}
