import { useState } from 'react';
import type { EntitySummary } from '../../../shared/model';
import { CloseIcon } from '../app/icons';

interface Props {
  entity: EntitySummary;
  selected: boolean;
  onSelect(selected: boolean): void;
  onRename(name: string): void;
  onLinkRole(role: string): void;
  onSplit(alias: string): void;
  onOpenQuotes(): void;
}

const KIND_LABEL: Record<EntitySummary['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
};

/** One entity: name, kind, counts and spellings, with rename, role link and split at hand. */
export function EntityRow({
  entity,
  selected,
  onSelect,
  onRename,
  onLinkRole,
  onSplit,
  onOpenQuotes,
}: Props) {
  const [editing, setEditing] = useState<'rename' | 'role' | null>(null);
  const [value, setValue] = useState('');
  const said = entity.quotes + entity.suggested;

  function submit(): void {
    const clean = value.trim();
    if (clean) {
      if (editing === 'rename') onRename(clean);
      else onLinkRole(clean);
    }
    setEditing(null);
  }

  return (
    <li className={`entity-row${selected ? ' selected' : ''}`} aria-label={entity.name}>
      <input
        type="checkbox"
        aria-label={`Select ${entity.name}`}
        checked={selected}
        onChange={(event) => onSelect(event.target.checked)}
      />
      <div className="entity-text">
        <div className="entity-head">
          <span className="entity-name">{entity.name}</span>
          <span className={`entity-kind ${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        </div>
        <span className="entity-counts">
          {entity.documents} {entity.documents === 1 ? 'document' : 'documents'} · {entity.mentions}{' '}
          {entity.mentions === 1 ? 'mention' : 'mentions'}
          {said > 0 ? (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={onOpenQuotes}>
                {entity.quotes} quoted, {entity.suggested} suggested
              </button>
            </>
          ) : null}
        </span>
        {entity.aliases.length > 0 ? (
          <span className="entity-aliases">
            also{' '}
            {entity.aliases.map((alias, i) => (
              <span key={alias}>
                {i > 0 ? ', ' : ''}
                {alias}
                <button
                  type="button"
                  className="entity-split"
                  title={`Split “${alias}” off into an entity of its own`}
                  aria-label={`Split ${alias} off`}
                  onClick={() => onSplit(alias)}
                >
                  <CloseIcon size={11} />
                </button>
              </span>
            ))}
          </span>
        ) : null}
        {entity.roles.length > 0 ? (
          <span className="entity-aliases">as {entity.roles.join(', ')}</span>
        ) : null}
        {editing ? (
          <input
            className="entity-edit"
            aria-label={editing === 'rename' ? `New name for ${entity.name}` : `Role of ${entity.name}`}
            placeholder={editing === 'rename' ? 'Name' : 'Role, e.g. Russian Foreign Minister'}
            autoFocus
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onBlur={() => setEditing(null)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') submit();
              else if (event.key === 'Escape') setEditing(null);
            }}
          />
        ) : (
          <span className="entity-actions">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setValue(entity.name);
                setEditing('rename');
              }}
            >
              Rename
            </button>
            {entity.kind === 'person' ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setValue('');
                  setEditing('role');
                }}
              >
                Link a role
              </button>
            ) : null}
          </span>
        )}
      </div>
    </li>
  );
}
