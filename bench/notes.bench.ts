/**
 * Notes engine speed, each figure beside a baseline measured in the same run:
 *   export  — 1,000 notes (with quote embeds, links, lists, tables) to Markdown files vs. writing
 *             the same number of bytes to as many files with plain fs.writeFileSync (the floor);
 *             target: under 5 s.
 *   save    — autosave of a 20,000-word note with 300 quote embeds (derive text, links, index,
 *             revision) vs. a bare UPDATE of the same JSON.
 *   open    — notes-get + passages-citations for that note (what the editor waits for).
 * Usage: npx tsx bench/notes.bench.ts [notes=1000]
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workbench } from '../src/core/workbench';
import {
  heading,
  list,
  listItem,
  noteJson,
  noteLink,
  paragraph,
  passageEmbed,
  table,
  text,
  bold,
} from '../tests/fixtures/noteJson';

const NOTES = Number(process.argv[2] ?? 1000);
const SAMPLE_DIR = resolve(__dirname, '..', 'resources', 'sample');
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lectern-notes-bench-'));
  const wb = new Workbench(join(work, 'project.lectern'));
  console.log(`notes bench — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}\n`);
  await wb.call('import-paths', { paths: [SAMPLE_DIR] });
  const docs = await wb.call('documents-list', {});
  const passageIds: number[] = [];
  for (const summary of docs) {
    const doc = await wb.call('documents-get', { id: summary.id });
    for (let at = 0; at + 80 < doc.body.length && passageIds.length < 300; at += 97) {
      passageIds.push(
        (
          await wb.call('passages-create', {
            document_id: doc.id,
            start: at,
            end: at + 80,
            kind: 'quote',
            speaker: 'Speaker ' + (at % 7),
          })
        ).id,
      );
    }
  }

  // 1,000 ordinary notes: a few paragraphs, a list, a table, two quotes, links to neighbours.
  let start = process.hrtime.bigint();
  const ids: number[] = [];
  for (let i = 0; i < NOTES; i++) {
    const json = noteJson(
      heading('h2', text(`Finding ${i}`)),
      paragraph(
        text('Observation with '),
        bold('emphasis'),
        text(' and a link to '),
        noteLink(`Note ${Math.max(0, i - 1)}`, ids[i - 1] ?? null),
        text('.'),
      ),
      passageEmbed(passageIds[i % passageIds.length]!),
      list('bullet', [listItem([text('point one')]), listItem([text('point two')])]),
      table([
        ['Actor', 'Stance'],
        ['Russia', 'opposed'],
        ['EU', 'mediating'],
      ]),
      passageEmbed(passageIds[(i * 7) % passageIds.length]!),
      paragraph(text('Lorem ipsum dolor sit amet, '.repeat(20))),
    );
    ids.push((await wb.call('notes-create', { title: `Note ${i}`, lexical_json: json })).id);
  }
  console.log(`setup: ${NOTES} notes created in ${ms(start).toFixed(0)} ms, ${passageIds.length} passages\n`);

  const out = join(work, 'export');
  start = process.hrtime.bigint();
  const report = await wb.call('notes-export-markdown', { out_dir: out, links: 'wiki', with_sources: true });
  const exportMs = ms(start);
  const files = readdirSync(out).filter((f) => f.endsWith('.md'));
  const bytes = files.reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
  const floorDir = join(work, 'floor');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(floorDir);
  const payload = 'x'.repeat(Math.round(bytes / files.length));
  start = process.hrtime.bigint();
  for (let i = 0; i < files.length; i++) writeFileSync(join(floorDir, `${i}.md`), payload);
  const floorMs = ms(start);
  console.log('export to Markdown (wiki links, with sources)');
  console.log(
    `  lectern      ${exportMs.toFixed(0)} ms for ${report.notes} notes + ${report.sources} sources (${(bytes / 1024 / 1024).toFixed(1)} MB)   target < 5000 ms: ${exportMs < 5000 ? 'PASS' : 'FAIL'}`,
  );
  console.log(`  fs floor     ${floorMs.toFixed(0)} ms (same bytes, same file count, plain writeFileSync)`);
  console.log(`  ratio        ${(exportMs / floorMs).toFixed(1)}× the floor\n`);

  // One long note: 20,000 words with 300 quote embeds.
  const children = [];
  for (let i = 0; i < 300; i++) {
    children.push(paragraph(text(`Paragraph ${i}. ` + 'analysis words go here '.repeat(16).trim() + '.')));
    children.push(passageEmbed(passageIds[i % passageIds.length]!));
  }
  const bigJson = noteJson(...children);
  const big = await wb.call('notes-create', { title: 'Long analysis', lexical_json: bigJson });
  const saves: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < 7; run++) {
    const edited = bigJson.replace('Paragraph 0.', `Paragraph 0 (edit ${run}).`);
    start = process.hrtime.bigint();
    await wb.call('notes-save', { id: big.id, lexical_json: edited });
    saves.push(ms(start));
    start = process.hrtime.bigint();
    wb.db.prepare('UPDATE notes SET lexical_json = ? WHERE id = ?').run(edited, big.id);
    bare.push(ms(start));
  }
  const opens: number[] = [];
  for (let run = 0; run < 7; run++) {
    start = process.hrtime.bigint();
    const note = await wb.call('notes-get', { id: big.id });
    const embedIds = [...note.lexical_json.matchAll(/"passage_id":(\d+)/g)].map((m) => Number(m[1]));
    await wb.call('passages-citations', { ids: embedIds });
    opens.push(ms(start));
  }
  console.log(
    `20,000-word note with 300 quote embeds (${(bigJson.length / 1024).toFixed(0)} KB of JSON), median of 7`,
  );
  console.log(
    `  autosave     ${median(saves).toFixed(1)} ms   (bare UPDATE ${median(bare).toFixed(1)} ms, ${(median(saves) / median(bare)).toFixed(1)}×)`,
  );
  console.log(
    `  open data    ${median(opens).toFixed(1)} ms   (notes-get + one passages-citations call; the editor's part is measured in the browser)`,
  );
  wb.close();
  rmSync(work, { recursive: true, force: true });
}

void main();
