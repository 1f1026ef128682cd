import { useState } from 'react';
import type { PassageFilter } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { saveBytes } from '../app/saveBytes';

/**
 * "Export table" in the passage browser: the passages its filter shows (tag, speaker or orphans,
 * document, source, dates) as CSV or XLSX, with each passage's document metadata, tags, speaker
 * and memo — the table a supervisor or a spreadsheet wants.
 */
export function ExportTableMenu({
  filter,
  name,
  disabled,
}: {
  filter: PassageFilter;
  name: string;
  disabled: boolean;
}) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);

  async function exportAs(format: 'csv' | 'xlsx') {
    setBusy(true);
    try {
      const table = await api.call('export-table', { what: 'passages', format, filter });
      const fileName = `${safeName(name)} passages.${format}`;
      saveBytes(fileName, table.data_base64!);
      notify(`Exported ${table.rows.toLocaleString('en')} passages to ${fileName}`);
    } catch (error) {
      report(error, 'The table could not be exported');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-table" role="group" aria-label="Export table">
      <span className="export-label">Export table</span>
      <button
        type="button"
        className="button small"
        disabled={disabled || busy}
        onClick={() => void exportAs('csv')}
      >
        CSV
      </button>
      <button
        type="button"
        className="button small"
        disabled={disabled || busy}
        onClick={() => void exportAs('xlsx')}
      >
        Excel
      </button>
    </div>
  );
}

/** A file name from a tag or speaker name: no path separators or characters file systems refuse. */
function safeName(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .trim()
      .slice(0, 80) || 'Lectern'
  );
}
