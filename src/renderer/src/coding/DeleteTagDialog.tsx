import type { Tag } from '../../../shared/model';
import { ConfirmDialog } from '../app/ConfirmDialog';

/** Confirms deleting a tag, saying what goes with it: its codings and sub-tags (not the passages). */
export function DeleteTagDialog({
  tag,
  subtags,
  onCancel,
  onConfirm,
}: {
  tag: Tag;
  subtags: number;
  onCancel(): void;
  onConfirm(): void;
}) {
  const codings = tag.total;
  return (
    <ConfirmDialog
      title={`Delete the tag “${tag.name}”?`}
      confirmLabel="Delete tag"
      danger
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>
        {codings === 0
          ? 'No passage carries it.'
          : `${codings} ${codings === 1 ? 'passage loses' : 'passages lose'} this code.`}
        {subtags > 0 ? ` Its ${subtags} ${subtags === 1 ? 'sub-tag goes' : 'sub-tags go'} too.` : ''}
      </p>
      <p className="muted">The passages themselves stay. You can undo this with Ctrl+Z.</p>
    </ConfirmDialog>
  );
}
