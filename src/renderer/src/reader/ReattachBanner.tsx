import type { Passage } from '../../../shared/model';
import { excerpt } from './wordMotion';

/** Over the text while an orphaned passage waits for the researcher to select its new place. */
export function ReattachBanner({ passage, onCancel }: { passage: Passage; onCancel(): void }) {
  return (
    <div className="reattach-banner" role="status">
      <span>
        Select where {excerpt(passage.exact, 8)} belongs now, then choose <strong>Re-attach here</strong>.
      </span>
      <button type="button" className="button small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
