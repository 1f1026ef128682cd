import { useRef, useState } from 'react';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { saveBytes } from '../app/saveBytes';
import { readFileBase64 } from '../import/readFileBase64';
import './projects.css';
import { AgreementDialog, type PassageTarget } from './AgreementDialog';
import { useDropdown } from './useDropdown';
import { CaretDownIcon } from '../app/icons';

const TABLES = [
  { what: 'passages', label: 'Coded passages' },
  { what: 'quotes', label: 'Quotations' },
  { what: 'codebook', label: 'Codebook with counts' },
  { what: 'matrix', label: 'Code × document matrix' },
] as const;

/**
 * Export (and REFI-QDA import) for the whole project: the project for NVivo, ATLAS.ti, MAXQDA or
 * QualCoder (.qdpx), the codebook (.qdc), and the four tables as CSV or Excel. Files are saved as
 * downloads; a .qdpx or .qdc from another program comes in through a file picker.
 */
export function ExportMenu({ onOpenPassage }: { onOpenPassage(target: PassageTarget): void }) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const { open, setOpen, ref } = useDropdown<HTMLDivElement>();
  const [busy, setBusy] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const [colleague, setColleague] = useState('');
  const [showAgreement, setShowAgreement] = useState(false);

  async function run(task: () => Promise<string>, failure: string) {
    setBusy(true);
    try {
      notify(await task());
    } catch (error) {
      report(error, failure);
    } finally {
      setBusy(false);
    }
  }

  const exportRefi = (kind: 'qdpx' | 'qdc') =>
    run(async () => {
      const result = await api.call(kind === 'qdpx' ? 'export-qdpx' : 'export-qdc', {});
      saveBytes(result.file_name, result.data_base64!);
      return kind === 'qdpx'
        ? `Exported ${result.sources} documents, ${result.codes} codes and ${result.selections} coded passages to ${result.file_name}`
        : `Exported ${result.codes} codes to ${result.file_name}`;
    }, 'The export failed');

  const exportTable = (what: (typeof TABLES)[number]['what'], format: 'csv' | 'xlsx') =>
    run(async () => {
      const table = await api.call('export-table', { what, format });
      saveBytes(table.file_name, table.data_base64!);
      return `Exported ${table.rows.toLocaleString('en')} rows to ${table.file_name}`;
    }, 'The table could not be exported');

  const importFile = (file: File) =>
    run(async () => {
      const result = await api.call('import-refi-upload', {
        name: file.name,
        data_base64: await readFileBase64(file),
      });
      const left = result.not_carried_over.length;
      return (
        `Imported ${result.documents} documents, ${result.tags} tags and ${result.passages} coded passages from ${file.name}` +
        (left > 0
          ? ` — ${left} thing${left === 1 ? '' : 's'} not carried over: ${result.not_carried_over.slice(0, 3).join('; ')}`
          : '')
      );
    }, `${file.name} could not be imported`);

  const merge = () =>
    run(async () => {
      const result = await api.call('merge-project', { path: colleague.trim() });
      setColleague('');
      return `Merged ${result.passages_added} passages of ${result.coder.name} (${result.documents_matched} documents matched, ${result.documents_added} added)`;
    }, 'The copy could not be merged');

  return (
    <div className="export-menu" ref={ref}>
      {showAgreement ? (
        <AgreementDialog onOpen={onOpenPassage} onClose={() => setShowAgreement(false)} />
      ) : null}
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Export <CaretDownIcon size={10} />
      </button>
      {open ? (
        <div className="dropdown-panel export-panel" role="dialog" aria-label="Export">
          <div className="export-group">
            <h3 className="dropdown-heading">REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)</h3>
            <div className="export-row">
              <span>Whole project</span>
              <button
                type="button"
                className="button small"
                disabled={busy}
                onClick={() => void exportRefi('qdpx')}
              >
                .qdpx
              </button>
            </div>
            <div className="export-row">
              <span>Codebook</span>
              <button
                type="button"
                className="button small"
                disabled={busy}
                onClick={() => void exportRefi('qdc')}
              >
                .qdc
              </button>
            </div>
            <div className="export-row">
              <span>Import a .qdpx or .qdc…</span>
              <button
                type="button"
                className="button small"
                disabled={busy}
                onClick={() => picker.current?.click()}
              >
                Choose file
              </button>
              <input
                ref={picker}
                type="file"
                accept=".qdpx,.qdc"
                hidden
                aria-label="REFI-QDA file to import"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) void importFile(file);
                }}
              />
            </div>
          </div>
          <div className="export-group">
            <h3 className="dropdown-heading">Two coders</h3>
            <form
              className="project-action"
              onSubmit={(event) => {
                event.preventDefault();
                if (colleague.trim()) void merge();
              }}
            >
              <label>
                <span>Merge a colleague’s copy</span>
                <input
                  value={colleague}
                  placeholder="/path/to/their.lectern"
                  onChange={(event) => setColleague(event.target.value)}
                />
              </label>
              <button type="submit" className="button small" disabled={busy || !colleague.trim()}>
                Merge
              </button>
            </form>
            <div className="export-row">
              <span>Agreement per tag, disagreements side by side</span>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  setOpen(false);
                  setShowAgreement(true);
                }}
              >
                Agreement report
              </button>
            </div>
          </div>
          <div className="export-group">
            <h3 className="dropdown-heading">Tables</h3>
            {TABLES.map(({ what, label }) => (
              <div key={what} className="export-row" role="group" aria-label={label}>
                <span>{label}</span>
                <span className="buttons">
                  <button
                    type="button"
                    className="button small"
                    disabled={busy}
                    onClick={() => void exportTable(what, 'csv')}
                  >
                    CSV
                  </button>
                  <button
                    type="button"
                    className="button small"
                    disabled={busy}
                    onClick={() => void exportTable(what, 'xlsx')}
                  >
                    Excel
                  </button>
                </span>
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
