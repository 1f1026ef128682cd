import { memo, useState } from 'react';
import type { EntityKind } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import type { UndoActions } from '../coding/useUndo';
import { EntityRow } from './EntityRow';
import { useEntities } from './useEntities';
import './entities.css';

interface Props {
  undo: UndoActions;
  onOpenQuotes(name: string): void;
}

const KINDS: Array<[EntityKind | 'all', string]> = [
  ['all', 'All'],
  ['person', 'People'],
  ['organisation', 'Organisations'],
  ['place', 'Places'],
];

/**
 * The entity index: people, organisations and places with document and quote counts. Select
 * several to merge them; rename, link a role to a person, split a spelling off. Likely
 * misspellings (Sregey Lavrov ~ Sergey Lavrov) are offered at the top, merged only when confirmed.
 */
export const EntitiesPane = memo(function EntitiesPane({ undo, onOpenQuotes }: Props) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const [kind, setKind] = useState<EntityKind | 'all'>('person');
  const [query, setQuery] = useState('');
  const { page, typos, loaded } = useEntities(kind, query);
  const [selected, setSelected] = useState<number[]>([]);

  async function run(action: () => Promise<unknown>, done: string, failed: string): Promise<void> {
    try {
      await action();
      notify(done, { label: 'Undo', run: undo.undo });
    } catch (error) {
      report(error, failed);
    }
  }

  const merge = (into: number, ids: number[], names: string) =>
    run(
      async () => {
        await api.call('entities-merge', { into, ids });
        setSelected([]);
      },
      `Merged ${names}`,
      'Could not merge',
    );

  const chosen = page.items.filter((entity) => selected.includes(entity.id));
  return (
    <section className="entities" aria-label="Entities">
      <div className="codebook-tools entities-tools">
        <input
          type="search"
          className="filter-input"
          aria-label="Filter entities"
          placeholder="Filter by any spelling"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="entity-kinds" role="group" aria-label="Kind">
          {KINDS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              className="chip"
              aria-pressed={kind === value}
              onClick={() => setKind(value)}
            >
              {label}
            </button>
          ))}
        </div>
        {chosen.length >= 2 ? (
          <button
            type="button"
            className="button small primary"
            onClick={() =>
              void merge(
                chosen[0]!.id,
                chosen.slice(1).map((entity) => entity.id),
                `${chosen
                  .slice(1)
                  .map((entity) => entity.name)
                  .join(', ')} into ${chosen[0]!.name}`,
              )
            }
          >
            Merge {chosen.length} into {chosen[0]!.name}
          </button>
        ) : null}
      </div>
      <div className="pane-scroll">
        {typos.length > 0 ? (
          <section className="entity-typos" aria-label="Possible misspellings">
            <h3>Possible misspellings · {typos.length}</h3>
            <ul>
              {typos.slice(0, 20).map((pair) => (
                <li key={`${pair.keep.id}:${pair.other.id}`}>
                  <span>
                    <strong>{pair.other.name}</strong> may be <strong>{pair.keep.name}</strong>
                  </span>
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      void merge(pair.keep.id, [pair.other.id], `${pair.other.name} into ${pair.keep.name}`)
                    }
                  >
                    Merge
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {loaded && page.items.length === 0 ? (
          <div className="empty-state">
            <p className="empty-title">No entities</p>
            <p>People, organisations and places named in the documents appear here.</p>
          </div>
        ) : null}
        <ul className="entity-list" aria-label="Entity list">
          {page.items.map((entity) => (
            <EntityRow
              key={entity.id}
              entity={entity}
              selected={selected.includes(entity.id)}
              onSelect={(on) =>
                setSelected((all) => (on ? [...all, entity.id] : all.filter((id) => id !== entity.id)))
              }
              onRename={(name) =>
                void run(
                  () => api.call('entities-rename', { id: entity.id, name }),
                  `Renamed ${entity.name} to ${name}`,
                  'Could not rename',
                )
              }
              onLinkRole={(role) =>
                void run(
                  () => api.call('entities-link-role', { id: entity.id, role }),
                  `Linked “${role}” to ${entity.name}`,
                  'Could not link the role',
                )
              }
              onSplit={(alias) =>
                void run(
                  () => api.call('entities-split', { id: entity.id, aliases: [alias] }),
                  `Split ${alias} off ${entity.name}`,
                  'Could not split',
                )
              }
              onOpenQuotes={() => onOpenQuotes(entity.name)}
            />
          ))}
        </ul>
        {page.total > page.items.length ? (
          <p className="entity-more">
            {page.items.length} of {page.total} shown — filter to narrow down.
          </p>
        ) : null}
      </div>
    </section>
  );
});
