import { writeFileSync } from 'node:fs';
import { strToU8 } from 'fflate';
import type { TableHandlers } from '../../../shared/api';
import { LecternError } from '../../../shared/errors';
import type { Context } from '../../workbench';
import { buildTable } from './buildTable';
import { toCsv } from './toCsv';
import { toXlsx } from './toXlsx';

/** Tables out: written to a file (desktop, CLI), or handed back as bytes for the browser to save. */
export function tableHandlers({ db }: Context): TableHandlers {
  return {
    'export-table': async ({ what, format, out_path, filter }) => {
      const table = buildTable(db, what, filter ?? {});
      const bytes = format === 'xlsx' ? toXlsx(table) : strToU8(toCsv(table));
      const fileName = `${what}.${format}`;
      if (out_path) {
        try {
          writeFileSync(out_path, bytes);
        } catch (error) {
          throw new LecternError(
            'invalid-argument',
            `Could not write ${out_path}: ${(error as Error).message}. Choose a folder you can write to.`,
          );
        }
        return {
          out_path,
          file_name: fileName,
          rows: table.rows.length,
          bytes: bytes.length,
          data_base64: null,
        };
      }
      return {
        out_path: null,
        file_name: fileName,
        rows: table.rows.length,
        bytes: bytes.length,
        data_base64: Buffer.from(bytes).toString('base64'),
      };
    },
  };
}
