import type { BacklinkGroup } from './useBacklinks';

/** The notes linking somewhere, each a button with its title and the first few words around its links. */
export function BacklinkList({
  groups,
  contexts,
  compact = false,
  onOpen,
}: {
  groups: BacklinkGroup[];
  /** How many contexts to show under each title. */
  contexts: number;
  compact?: boolean;
  onOpen(noteId: number): void;
}) {
  return (
    <ul className={compact ? 'backlinks-list compact' : 'backlinks-list'}>
      {groups.map((group) => (
        <li key={group.note_id}>
          <button type="button" className="backlink" onClick={() => onOpen(group.note_id)}>
            <span className="backlink-title">{group.note_title}</span>
            {group.contexts.slice(0, contexts).map((context) => (
              <span key={context} className="backlink-context">
                {context}
              </span>
            ))}
          </button>
        </li>
      ))}
    </ul>
  );
}
