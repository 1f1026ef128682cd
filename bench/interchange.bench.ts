/**
 * REFI-QDA speed on a generated, coded project (bench/coding/buildCodingProject.ts: 2,000
 * documents, 50,000+ passages): exporting it as .qdpx and importing that file into a new project,
 * each beside a baseline measured in the same run on the same bytes — writing the .qdpx's own
 * entries as a plain zip (fflate, same level) to disk, and reading that zip back (read + unzip).
 * The ratio says what REFI-QDA costs over moving the bytes at all. Target (issue): < 10 s each way.
 * Usage: npx tsx bench/interchange.bench.ts [passages=50000] [documents=2000]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { validateRefi } from '../src/core/interchange/validateRefi';
import { Workbench } from '../src/core/workbench';
import { buildCodingProject } from './coding/buildCodingProject';
import { onInterrupt } from './coding/onInterrupt';

const PASSAGES = Number(process.argv[2] ?? 50_000);
const DOCUMENTS = Number(process.argv[3] ?? 2000);
const TARGET_S = 10;

const seconds = (start: number) => (performance.now() - start) / 1000;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

async function main() {
  const cpu = cpus();
  console.log('Lectern interchange benchmark: REFI-QDA export and import');
  console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`);
  console.log(`load average before: ${load()} (other processes on these cores skew the figures)`);
  const project = await buildCodingProject({
    documents: DOCUMENTS,
    bigTagPassages: PASSAGES,
    longPassages: 2000,
  });
  const disarm = onInterrupt(() => project.close());
  const copyPath = join(project.dir, 'imported.lectern');
  let copy: Workbench | undefined;
  let failed = false;
  try {
    const { workbench } = project;
    const counts = workbench.db
      .prepare('SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM passages) AS p')
      .get() as { d: number; p: number };
    console.log(`project: ${counts.d} documents, ${counts.p} passages`);

    const qdpx = join(project.dir, 'project.qdpx');
    let start = performance.now();
    const exported = await workbench.call('export-qdpx', { out_path: qdpx });
    const exportS = seconds(start);

    const entries = unzipSync(new Uint8Array(readFileSync(qdpx)));
    const plain = join(project.dir, 'plain.zip');
    start = performance.now();
    writeFileSync(plain, zipSync(entries, { level: 6 }));
    const zipWriteS = seconds(start);

    start = performance.now();
    unzipSync(new Uint8Array(readFileSync(plain)));
    const zipReadS = seconds(start);

    start = performance.now();
    const schemaErrors = await validateRefi(strFromU8(entries['project.qde']!), 'project');
    const validateS = seconds(start);

    copy = new Workbench(copyPath);
    start = performance.now();
    const imported = await copy.call('import-refi', { path: qdpx });
    const importS = seconds(start);

    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const qdeBytes = entries['project.qde']!.length;
    console.log(
      `.qdpx: ${mb(statSync(qdpx).size)} MB (project.qde ${mb(qdeBytes)} MB, ${Object.keys(entries).length} entries); ` +
        `schema: ${schemaErrors.length === 0 ? 'valid' : `${schemaErrors.length} errors`}`,
    );
    const rows: Array<[string, number, number]> = [
      ['export .qdpx (read project, build XML, zip, write)', exportS, zipWriteS],
      ['import .qdpx (read, unzip, validate, parse, write)', importS, zipReadS],
    ];
    console.log('\n| step | seconds | plain zip baseline | ratio | target |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const [label, s, baseline] of rows)
      console.log(
        `| ${label} | ${s.toFixed(2)} | ${baseline.toFixed(2)} | ${(s / baseline).toFixed(1)}× | ${s < TARGET_S ? 'met' : 'MISSED'} (< ${TARGET_S} s) |`,
      );
    console.log(`\nof the import, schema validation alone (libxml2 wasm): ${validateS.toFixed(2)} s`);
    console.log(
      `exported ${exported.sources} sources, ${exported.selections} selections; imported ${imported.documents} documents, ${imported.passages} passages, ${imported.notes} notes`,
    );
    if (imported.passages !== counts.p || imported.documents !== counts.d) {
      console.log('MISMATCH: the import did not bring back every document and passage');
      failed = true;
    }
    if (exportS >= TARGET_S || importS >= TARGET_S) failed = true;
    console.log(`load average after: ${load()}`);
  } finally {
    copy?.close();
    disarm();
    project.close();
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
