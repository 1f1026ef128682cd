import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/core/import/decodeText';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const RUSSIAN =
  'Министр иностранных дел России Сергей Лавров встретился в Москве с коллегой из Азербайджана. Переговоры продолжались два часа.';
const GERMAN =
  'Außenminister Lawrow traf Bayramow – die „Gespräche“ über den Konflikt dauerten … zwei Stunden. Die Delegation reiste danach weiter.';
const SMART_QUOTES = 'The minister said: “We will not give up” – and left. It’s over… for now, he added.';

function decoded(bytes: Uint8Array) {
  const result = decodeText(bytes);
  if ('problem' in result) assert.fail(`refused: ${result.problem}`);
  return result;
}

test('legacy encodings are detected and named: Windows-1252, ISO-8859-1/15, Windows-1251, KOI8-R', () => {
  const cases: Array<[string, string, string]> = [
    [SMART_QUOTES, 'windows-1252', 'windows-1252'],
    [GERMAN, 'windows-1252', 'windows-1252'],
    ['Die Gespräche über den Konflikt dauerten in Köln zwei Stunden.', 'latin1', 'iso-8859-1'],
    ['Der Preis: 100 € für Œuvres complètes, sagte er.', 'iso-8859-15', 'iso-8859-15'],
    [RUSSIAN, 'windows-1251', 'windows-1251'],
    [RUSSIAN, 'koi8-r', 'koi8-r'],
  ];
  for (const [text, encoding, expected] of cases) {
    const result = decoded(iconv.encode(text, encoding));
    assert.equal(result.text, text, `${encoding} text decodes to the same characters`);
    assert.equal(result.encoding, expected);
    assert.equal(result.warning, undefined);
  }
});

test('Windows-1252 punctuation becomes quotes and dashes, not control characters', () => {
  const result = decoded(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x85]));
  assert.equal(result.text, '“Hi” – €5 …');
});

test('UTF-16 with and without a byte-order mark, Latin and Cyrillic', () => {
  for (const text of [GERMAN, RUSSIAN]) {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const plain = iconv.encode(text, encoding);
      assert.equal(decoded(plain).text, text, `${encoding} without BOM`);
      assert.equal(decoded(plain).encoding, encoding);
      const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      assert.equal(decoded(Buffer.concat([Buffer.from(bom), plain])).text, text, `${encoding} with BOM`);
    }
  }
});

test('one invalid byte in a UTF-8 file is replaced with a warning; the rest is not garbled', () => {
  const bytes = Buffer.from(`${GERMAN}\n\n${RUSSIAN}`, 'utf8');
  bytes[5] = 0xff; // inside "Außenminister"
  const result = decoded(bytes);
  assert.equal(result.encoding, 'utf-8');
  assert.match(result.warning!, /1 invalid byte was replaced/);
  assert.ok(result.text.includes('„Gespräche“'), 'the other umlauts survive');
  assert.ok(result.text.includes(RUSSIAN));
});

test('random high bytes and random bytes are refused as binary, not read as text', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const high = Buffer.alloc(4000, 0).map(() => 0x80 + Math.floor(random() * 128));
  const printable = Buffer.alloc(4000, 0).map(() => 0x20 + Math.floor(random() * 224));
  for (const bytes of [high, printable]) {
    const result = decodeText(bytes);
    assert.ok('problem' in result && /binary file/.test(result.problem), JSON.stringify(result).slice(0, 80));
  }
});

test('CJK legacy encodings (Shift_JIS) are read when the detector is sure', () => {
  const text = '日本の外務大臣は本日、東京で記者会見を開き、今後の外交方針について説明した。'.repeat(3);
  const result = decoded(iconv.encode(text, 'shift_jis'));
  assert.equal(result.text, text);
  assert.equal(result.encoding, 'shift_jis');
});

test('an import reports the damaged UTF-8 file as imported with a warning, and reads KOI8-R text', async () => {
  const dir = tempDir();
  const damaged = Buffer.from(`${GERMAN}\n\nEin zweiter Absatz über die Folgen für die Region.`, 'utf8');
  damaged[5] = 0xfe;
  writeFileSync(join(dir, 'damaged.txt'), damaged);
  writeFileSync(join(dir, 'russian.txt'), iconv.encode(RUSSIAN, 'koi8-r'));
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [dir] });
  assert.equal(report.imported, 2, JSON.stringify(report.outcomes));
  const byName = Object.fromEntries(report.outcomes.map((o) => [o.file.split('/').pop()!, o]));
  const damagedOutcome = byName['damaged.txt']!;
  assert.equal(damagedOutcome.status, 'imported');
  assert.match((damagedOutcome as { warning?: string }).warning ?? '', /invalid byte/);
  const russian = byName['russian.txt']! as { id: number };
  const detail = await workbench.call('documents-get', { id: russian.id });
  assert.ok(detail.body.includes('Сергей Лавров'), detail.body);
});
