import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { codedProject } from './helpers/codedProject';
import { tempDir } from './helpers/tempProject';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark for spreadsheet programs');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n') assert.fail('a bare LF outside quotes: records end with CRLF');
    else field += c;
  }
  assert.equal(field, '', 'the file ends with CRLF');
  return rows;
}

describe('tables out', () => {
  test('coded passages as CSV: RFC 4180 quoting, document metadata, tag paths, speaker, memo', async () => {
    const { wb } = await codedProject();
    const out = join(tempDir(), 'passages.csv');
    const report = await wb.call('export-table', { what: 'passages', format: 'csv', out_path: out });
    assert.equal(report.rows, 5);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    const col = (name: string) => header!.indexOf(name);
    const quote = rows.find((row) => row[col('kind')] === 'quote')!;
    assert.equal(quote[col('text')], '“We will not give up.”');
    assert.equal(quote[col('speaker')], 'Sergey Lavrov');
    assert.equal(quote[col('tags')], 'Actors/Russia/Lavrov; Mood 😀');
    assert.equal(quote[col('memo')], 'Defiant tone — compare 𠀋.');
    assert.equal(quote[col('coder')], 'Me');
    const withSource = rows.find((row) => row[col('tags')] === 'Actors; Actors/Russia')!;
    assert.ok(withSource[col('source')], 'document metadata is in each row');
    assert.ok(
      rows.every((row) => row.length === header!.length),
      'every record has every field',
    );
  });

  test('the passage browser filter limits the table to what it shows', async () => {
    const { wb } = await codedProject();
    const mood = (await wb.call('tags-list', {})).find((tag) => tag.name === 'Mood 😀')!;
    const { data_base64, rows } = await wb.call('export-table', {
      what: 'passages',
      format: 'csv',
      filter: { tag_id: mood.id },
    });
    assert.equal(rows, 3);
    const [, ...records] = parseCsv(Buffer.from(data_base64!, 'base64').toString('utf8'));
    assert.equal(records.length, 3);
  });

  test('a cell that starts like a formula is defused, quotes and line breaks are quoted', async () => {
    const { wb } = await codedProject();
    const tag = await wb.call('tags-create', { name: '=HYPERLINK("x")', memo: 'one, "two"\nthree' });
    const csv = Buffer.from(
      (await wb.call('export-table', { what: 'codebook', format: 'csv' })).data_base64!,
      'base64',
    ).toString();
    const [header, ...rows] = parseCsv(csv);
    const row = rows.find((r) => r[header!.indexOf('tag_id')] === String(tag.id))!;
    assert.equal(row[header!.indexOf('name')], `'=HYPERLINK("x")`);
    assert.equal(row[header!.indexOf('memo')], 'one, "two"\nthree');
  });

  test('the codebook with counts and the code × document matrix add up', async () => {
    const { wb, astralId } = await codedProject();
    const book = parseCsv(
      Buffer.from(
        (await wb.call('export-table', { what: 'codebook', format: 'csv' })).data_base64!,
        'base64',
      ).toString(),
    );
    const byPath = new Map(book.slice(1).map((row) => [row[1], row]));
    // Actors: 1 own passage; with sub-tags the same passage plus the Lavrov quote = 2, in 2 documents.
    assert.deepEqual(byPath.get('Actors')!.slice(6), ['1', '2', '2']);
    assert.deepEqual(byPath.get('Mood 😀')!.slice(6), ['3', '3', '1']);
    const matrix = parseCsv(
      Buffer.from(
        (await wb.call('export-table', { what: 'matrix', format: 'csv' })).data_base64!,
        'base64',
      ).toString(),
    );
    const [header, ...rows] = matrix;
    const astral = rows.find((row) => row[0] === String(astralId))!;
    assert.equal(astral[header!.indexOf('Mood 😀')], '3');
    assert.equal(astral[header!.indexOf('Actors/Russia/Lavrov')], '1');
    assert.equal(astral.at(-1), '4', 'four codings in that document');
    assert.equal(rows.length, 6, 'every document, coded or not');
  });

  test('XLSX: a real workbook (well-formed parts, inline strings, numbers, frozen bold header)', async () => {
    const { wb } = await codedProject();
    const out = join(tempDir(), 'passages.xlsx');
    const report = await wb.call('export-table', { what: 'passages', format: 'xlsx', out_path: out });
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    for (const name of [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ])
      assert.equal(XMLValidator.validate(strFromU8(parts[name]!)), true, `${name} is well-formed`);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    assert.equal((sheet.match(/<row /g) ?? []).length, report.rows + 1);
    assert.match(sheet, /<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">passage_id<\/t>/);
    assert.match(sheet, /<c r="A2"><v>\d+<\/v><\/c>/, 'numbers stay numbers');
    assert.match(sheet, /“We will not give up\.”/);
    assert.match(sheet, /state="frozen"/);
  });
});
