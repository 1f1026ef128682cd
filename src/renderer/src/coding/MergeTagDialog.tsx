import type { Tag } from '../../../shared/model';
import { Modal } from '../app/Modal';
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
    <Modal bare label={`Merge “${tag.name}”`} className="merge-picker" onClose={onClose}>
      <TagPalette
        title={`Merge “${tag.name}” into…`}
        subtitle={`Its ${tag.total} ${tag.total === 1 ? 'passage' : 'passages'} and sub-tags move there`}
        exclude={exclude}
        allowCreate={false}
        onPick={onMerge}
        onCreate={() => undefined}
        onClose={onClose}
      />
    </Modal>
  );
}
