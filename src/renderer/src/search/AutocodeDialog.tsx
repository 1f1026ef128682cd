import { useEffect, useMemo, useState } from 'react';
import type { AutocodeHit, AutocodeScope } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { Modal } from '../app/Modal';
import { useNotices } from '../app/NoticeProvider';
import { useCoding } from '../coding/CodingProvider';
import { flattenTags } from '../coding/tagTree';
import type { UndoActions } from '../coding/useUndo';
import './autocode.css';

interface Props {
  query: string;
  undo: UndoActions;
  onClose(): void;
}

const SCOPES: Array<{ id: AutocodeScope; label: string; hint: string }> = [
  { id: 'match', label: 'Match', hint: 'just the words found' },
  { id: 'sentence', label: 'Sentence', hint: 'the sentence around each hit' },
  { id: 'paragraph', label: 'Paragraph', hint: 'the whole paragraph' },
];
const NEW = 'new';
/** Hits listed one by one (each can be unticked); the rest are summed up. */
const SHOWN = 200;

const hitKey = (hit: Pick<AutocodeHit, 'document_id' | 'start'>): string => `${hit.document_id}:${hit.start}`;

/**
 * "Code all hits…": every hit of the search coded with one tag in one undoable step, after a
 * preview that lists what will be coded — each hit with a box to untick it — and what already is
 * (those are never coded twice).
 */
export function AutocodeDialog({ query, undo, onClose }: Props) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const { index, recent, markUsed, reload } = useCoding();
  const rows = useMemo(() => flattenTags(index), [index]);
  const [choice, setChoice] = useState<string>(() => String(recent[0] ?? rows[0]?.tag.id ?? NEW));
  const [newName, setNewName] = useState('');
  const [scope, setScope] = useState<AutocodeScope>('sentence');
  const [hits, setHits] = useState<AutocodeHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  /** Hits unticked in the preview ("document:start"): left uncoded. */
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const tagId = choice === NEW ? undefined : Number(choice);

  useEffect(() => {
    let current = true;
    setHits(null);
    api
      .call('autocode-preview', { query, scope, ...(tagId !== undefined ? { tag_id: tagId } : {}) })
      .then((answer) => current && setHits(answer))
      .catch((error: unknown) => current && report(error, 'Could not preview the hits'));
    return () => {
      current = false;
    };
  }, [api, query, scope, tagId, report]);

  const fresh = hits?.filter((hit) => !hit.already_coded && !skipped.has(hitKey(hit))).length ?? 0;
  const toggle = (hit: AutocodeHit): void =>
    setSkipped((old) => {
      const next = new Set(old);
      if (!next.delete(hitKey(hit))) next.add(hitKey(hit));
      return next;
    });
  const documents = new Set(hits?.map((hit) => hit.document_id)).size;
  const coded = hits?.filter((hit) => hit.already_coded).length ?? 0;

  async function apply(): Promise<void> {
    setBusy(true);
    try {
      let id = tagId;
      let name = tagId !== undefined ? index.byId.get(tagId)?.name : newName.trim();
      if (id === undefined) {
        if (!name) return;
        const tag = await api.call('tags-create', { name });
        id = tag.id;
        name = tag.name;
      }
      const skip = (hits ?? [])
        .filter((hit) => skipped.has(hitKey(hit)))
        .map(({ document_id, start }) => ({ document_id, start }));
      const result = await api.call('autocode-apply', { query, scope, tag_id: id, skip });
      markUsed(id);
      reload();
      notify(`Coded ${result.tagged} ${result.tagged === 1 ? 'hit' : 'hits'} as “${name}”`, {
        label: 'Undo',
        run: undo.undo,
      });
      onClose();
    } catch (error) {
      report(error, 'Could not code the hits');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={`Code all hits of “${query}”`} className="autocode" onClose={onClose}>
      <div className="autocode-form">
        <label className="autocode-field">
          <span>Tag</span>
          <select aria-label="Tag" value={choice} onChange={(event) => setChoice(event.target.value)}>
            {rows.map(({ tag, depth }) => (
              <option key={tag.id} value={tag.id}>
                {`${'\u00a0\u00a0'.repeat(depth)}${tag.name}`}
              </option>
            ))}
            <option value={NEW}>New tag…</option>
          </select>
        </label>
        {choice === NEW ? (
          <label className="autocode-field">
            <span>Name</span>
            <input
              aria-label="New tag name"
              value={newName}
              placeholder="Name of the new tag"
              onChange={(event) => setNewName(event.target.value)}
            />
          </label>
        ) : null}
        <fieldset className="autocode-scope">
          <legend>Code</legend>
          {SCOPES.map((option) => (
            <label key={option.id} title={option.hint}>
              <input
                type="radio"
                name="autocode-scope"
                value={option.id}
                checked={scope === option.id}
                onChange={() => {
                  setScope(option.id);
                  setSkipped(new Set());
                }}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="autocode-summary" role="status">
        {hits === null
          ? 'Finding hits…'
          : `${hits.length} ${hits.length === 1 ? 'hit' : 'hits'} in ${documents} ${
              documents === 1 ? 'document' : 'documents'
            }${coded > 0 ? ` · ${coded} already coded` : ''}${skipped.size > 0 ? ` · ${skipped.size} skipped` : ''}`}
      </p>
      <ul className="autocode-hits" aria-label="Hits to code">
        {(hits ?? []).slice(0, SHOWN).map((hit) => (
          <li key={hitKey(hit)} className={hit.already_coded ? 'coded-already' : undefined}>
            <label>
              <input
                type="checkbox"
                aria-label={`Code “${hit.text.slice(0, 60)}” in ${hit.document_title}`}
                checked={!hit.already_coded && !skipped.has(hitKey(hit))}
                disabled={hit.already_coded}
                onChange={() => toggle(hit)}
              />
              <span className="autocode-doc">{hit.document_title}</span>
              <span className="autocode-text">{hit.text}</span>
              {hit.already_coded ? <span className="autocode-badge">already coded</span> : null}
            </label>
          </li>
        ))}
        {(hits?.length ?? 0) > SHOWN ? (
          <li className="autocode-more">
            and {((hits?.length ?? 0) - SHOWN).toLocaleString('en')} more, coded unless already coded
          </li>
        ) : null}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          disabled={busy || fresh === 0 || (choice === NEW && !newName.trim())}
          onClick={() => void apply()}
        >
          {busy ? 'Coding…' : `Code ${fresh} ${fresh === 1 ? 'hit' : 'hits'}`}
        </button>
      </div>
    </Modal>
  );
}
