/** What the passage browser says when its list is empty, and how to fill it. */
export function BrowserEmptyState({
  kind,
  filtered,
}: {
  kind: 'tag' | 'speaker' | 'orphans';
  filtered: boolean;
}) {
  return (
    <div className="empty-state">
      <p className="empty-title">
        {filtered
          ? 'No passage matches these filters'
          : kind === 'orphans'
            ? 'No orphaned passages'
            : 'No passages yet'}
      </p>
      <p>
        {kind === 'orphans'
          ? 'Every passage still finds its text.'
          : kind === 'speaker'
            ? 'Accept suggested quotes in the Quotes tab of the reader to collect them here.'
            : 'Select text in the reader and apply this tag to collect passages here.'}
      </p>
    </div>
  );
}
