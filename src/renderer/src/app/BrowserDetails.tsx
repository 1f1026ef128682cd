import type { BrowserQuery } from '../browser/PassageBrowser';
import { useCoding } from '../coding/CodingProvider';
import { TagDetails } from '../coding/TagDetails';
import { parentPath } from '../coding/tagTree';
import type { TagCommands } from '../coding/useTagCommands';
import { useEngineQuery } from './useEngineQuery';

interface Props {
  query: BrowserQuery;
  commands: TagCommands;
}

/**
 * The right-hand pane while the centre lists passages: what that list is of — the tag (its
 * colour and description, editable), the speaker (spellings and counts), or the orphans — so
 * the pane never keeps showing a document the researcher has left.
 */
export function BrowserDetails({ query, commands }: Props) {
  const { index } = useCoding();
  if (query.kind === 'tag') {
    const tag = index.byId.get(query.tagId);
    if (!tag) return null;
    const path = parentPath(index, tag);
    return (
      <>
        <header className="pane-header">
          <h2>Tag</h2>
          {path ? <span className="muted small">{path}</span> : null}
        </header>
        <div className="browser-details">
          <TagDetails tag={tag} commands={commands} />
        </div>
      </>
    );
  }
  if (query.kind === 'speaker') return <SpeakerDetails name={query.speaker} />;
  return (
    <>
      <header className="pane-header">
        <h2>Orphaned passages</h2>
      </header>
      <p className="browser-details muted small">
        Their text changed when the file was imported again, and Lectern could not place them with certainty.
        Open one, select where it belongs now, and choose Re-attach here.
      </p>
    </>
  );
}

/** The speaker the centre lists: their row of the speakers list, asked of the engine by name. */
function SpeakerDetails({ name }: { name: string }) {
  const speaker = useEngineQuery(
    `speaker:${name}`,
    async (api) => (await api.call('speakers-page', { speaker: name, limit: 1 })).rows[0] ?? null,
    { refreshOn: { 'on-coding-changed': true }, clearOnChange: true, fallback: null },
  ).data;
  return (
    <>
      <header className="pane-header">
        <h2>Speaker</h2>
      </header>
      <section className="browser-details" aria-label={`Speaker ${name}`}>
        <p className="browser-details-name">{name}</p>
        {speaker ? (
          <dl className="browser-details-facts">
            <dt>Quotations</dt>
            <dd>{speaker.quotes}</dd>
            <dt>Documents</dt>
            <dd>{speaker.documents}</dd>
            {speaker.suggested > 0 ? (
              <>
                <dt>Suggested</dt>
                <dd>{speaker.suggested} to review</dd>
              </>
            ) : null}
            {speaker.aliases.length > 0 ? (
              <>
                <dt>Also written</dt>
                <dd>{speaker.aliases.join(', ')}</dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </section>
    </>
  );
}
