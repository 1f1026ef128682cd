import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeDocx } from '../fixtures/formats/makeZip';
import { makeRtf } from '../fixtures/formats/makeRtf';
import {
  ARTICLES,
  factivaArticleExport,
  factivaCodedExport,
  lexisAcademicExport,
  nexisUniExport,
} from '../fixtures/formats/newsExports';
import { exportDate } from '../../src/core/import/readers/exportFields';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const html = (lines: string[]) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Factiva</title></head><body>${lines
    .map((line) => {
      // Factiva's HTML puts the field code in a cell of its own.
      const coded = /^([A-Z]{2,3}) (.*)$/.exec(line);
      return coded ? `<tr><td>${coded[1]}</td><td>${coded[2]}</td></tr>` : `<p>${line}</p>`;
    })
    .join('\n')}</body></html>`;

const EXPORTS: Array<[string, string | Buffer]> = [
  ['nexis-uni.docx', makeDocx(nexisUniExport())],
  ['nexis-uni.rtf', makeRtf(nexisUniExport())],
  ['nexis-uni.txt', nexisUniExport().join('\r\n\r\n')],
  // Saved as web pages: the separators in tags of their own, as a browser saves them.
  [
    'nexis-uni.html',
    html(
      nexisUniExport().map((line) =>
        /^end of document$/i.test(line) ? '<b>End of</b>&nbsp;Document' : line,
      ),
    ),
  ],
  ['lexisnexis-academic.html', html(lexisAcademicExport())],
  ['factiva-fields.rtf', makeRtf(factivaCodedExport())],
  ['factiva-fields.txt', factivaCodedExport().join('\n\n')],
  ['factiva-fields.html', html(factivaCodedExport())],
  ['factiva-articles.rtf', makeRtf(factivaArticleExport())],
  ['factiva-articles.htm', html(factivaArticleExport())],
  ['factiva-articles.txt', factivaArticleExport().join('\n\n')],
  ['lexisnexis-academic.txt', lexisAcademicExport().join('\n\n')],
  ['lexisnexis-academic.rtf', makeRtf(lexisAcademicExport())],
];

for (const [name, content] of EXPORTS) {
  test(`${name}: one document per article, each with its own headline, outlet, date, byline and language`, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content);
    const workbench = tempWorkbench();
    const report = await workbench.call('import-paths', { paths: [dir] });
    assert.equal(report.imported, ARTICLES.length, JSON.stringify(report.outcomes));
    assert.match(report.outcomes[2]!.file, new RegExp(`${name.replace('.', '\\.')} \\(3 of 3\\)$`));
    for (const article of ARTICLES) {
      const outcome = report.outcomes.find((o) => o.status === 'imported' && o.title === article.headline);
      assert.ok(
        outcome,
        `${article.headline} in ${JSON.stringify(report.outcomes.map((o) => (o as { title?: string }).title))}`,
      );
      const doc = await workbench.call('documents-get', { id: (outcome as { id: number }).id });
      assert.equal(doc.source, article.outlet);
      assert.equal(doc.published_at, article.iso);
      assert.equal(doc.author, article.author);
      assert.equal(doc.language, article.language === 'GERMAN' ? 'de' : 'en');
      assert.ok(doc.body.startsWith(article.body[0]!), doc.body.slice(0, 100));
      assert.ok(doc.body.includes(article.body.at(-1)!), 'the last paragraph is in the body');
      assert.ok(
        !/Load-Date|End of Document|Length: \d|^(HD|WC|PD|SN|AN) |Document [A-Z]{4}0000|words$|Copyright 2024|\(c\) 2024/m.test(
          doc.body,
        ),
        `no export fields in the reading text: ${doc.body}`,
      );
    }
  });
}

test('export dates in the forms the databases print them', () => {
  const cases: Array<[string, string | undefined]> = [
    ['March 3, 2022 Thursday', '2022-03-03'],
    ['Thursday, March 3, 2022', '2022-03-03'],
    ['March 3, 2022 Thursday 12:01 AM GMT', '2022-03-03'],
    ['3 March 2022', '2022-03-03'],
    ['03.03.2022', '2022-03-03'],
    ['3. März 2022', '2022-03-03'],
    ['3 mars 2022', '2022-03-03'],
    ['3 de marzo de 2022', '2022-03-03'],
    ['2022-03-03T10:00:00Z', '2022-03-03'],
    ['February 30, 2022', undefined],
    ['The Daily Courier (London)', undefined],
  ];
  for (const [text, iso] of cases) assert.equal(exportDate(text), iso, text);
});
