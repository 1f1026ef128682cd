/** The reader with no document: how to find one, and the keys that matter most at first. */
export function ReaderEmptyState({ opening }: { opening: boolean }) {
  return (
    <div className="reader-empty">
      {opening ? (
        <p className="muted">Opening…</p>
      ) : (
        <>
          <p className="empty-title">Select a document to read</p>
          <dl className="shortcut-list">
            <dt>
              <kbd>Ctrl</kbd> <kbd>K</kbd> or <kbd>/</kbd>
            </dt>
            <dd>Search every document</dd>
            <dt>
              <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>j</kbd> <kbd>k</kbd>
            </dt>
            <dd>Move through the list</dd>
            <dt>
              <kbd>Enter</kbd>
            </dt>
            <dd>Open in the reader</dd>
            <dt>
              <kbd>⇧</kbd> <kbd>←</kbd> <kbd>→</kbd>
            </dt>
            <dd>
              Select text word by word, then <kbd>T</kbd> to code it
            </dd>
            <dt>
              <kbd>Ctrl</kbd> <kbd>Z</kbd>
            </dt>
            <dd>Undo the last coding step</dd>
          </dl>
        </>
      )}
    </div>
  );
}
