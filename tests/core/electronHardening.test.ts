// The desktop shell's hardening, checked without an Electron binary: the fuses in
// electron-builder.yml, the window loading from app:// (never file://), the app:// mapping that
// cannot climb out of the renderer folder, and the folders the page may name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { confinePaths } from '../../src/core/project/confinePaths';
import { AllowedFolders } from '../../src/main/allowedFolders';
import { APP_INDEX_URL, appFileFor, classifyUrl } from '../../src/main/urlPolicy';
import { REPO_ROOT, tempDir } from './helpers/tempProject';

test('electron-builder.yml flips the fuses that make the packaged app hard to abuse', () => {
  const yml = readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
  const fuses = /^electronFuses:\n((?: {2}\w+: \w+\n)+)/m.exec(yml);
  assert.ok(fuses, 'electronFuses block present');
  const settings = Object.fromEntries(
    fuses[1]!
      .trim()
      .split('\n')
      .map((line) => line.trim().split(': ') as [string, string]),
  );
  assert.deepEqual(
    {
      runAsNode: settings.runAsNode,
      enableNodeOptionsEnvironmentVariable: settings.enableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: settings.enableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: settings.enableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: settings.onlyLoadAppFromAsar,
      grantFileProtocolExtraPrivileges: settings.grantFileProtocolExtraPrivileges,
    },
    {
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    },
  );
});

test('the window loads app://lectern/, and app:// maps only into the renderer folder', () => {
  const window = readFileSync(join(REPO_ROOT, 'src/main/window.ts'), 'utf8');
  assert.doesNotMatch(window, /loadFile\(/, 'no file:// page');
  assert.match(window, /loadURL\(APP_INDEX_URL\)/);
  const main = readFileSync(join(REPO_ROOT, 'src/main/index.ts'), 'utf8');
  assert.match(main, /registerAppScheme\(\)/);
  assert.match(main, /requestSingleInstanceLock\(\)/);
  const rendererDir = '/opt/lectern/out/renderer';
  assert.equal(appFileFor(APP_INDEX_URL, rendererDir), join(rendererDir, 'index.html'));
  assert.equal(
    appFileFor('app://lectern/assets/index-abc.js', rendererDir),
    join(rendererDir, 'assets/index-abc.js'),
  );
  assert.equal(appFileFor('app://lectern/../main/index.js', rendererDir), join(rendererDir, 'main/index.js'));
  // The URL parser already folds dot segments at the root: this stays inside the folder …
  assert.equal(
    appFileFor('app://lectern/%2e%2e/%2e%2e/etc/passwd', rendererDir),
    join(rendererDir, 'etc/passwd'),
  );
  // … and an escaped slash that would climb out after decoding is refused.
  assert.equal(appFileFor('app://lectern/x%2F..%2F..%2F..%2Fetc%2Fpasswd', rendererDir), null);
  assert.equal(appFileFor('app://evil/index.html', rendererDir), null);
  assert.equal(classifyUrl(APP_INDEX_URL, { rendererDir }), 'app');
  assert.equal(classifyUrl('app://evil/index.html', { rendererDir }), 'blocked');
});

test('Electron: the page may name only the project folder, dialog-chosen folders and dropped files', () => {
  const dir = tempDir();
  const project = join(dir, 'projects', 'My Project.lectern');
  mkdirSync(join(dir, 'projects'));
  const store = join(dir, 'allowed-folders.json');
  const allowed = new AllowedFolders(project, store);
  const refuse = (command: string, args: unknown) =>
    assert.throws(() => confinePaths(command, args, allowed.list()), /outside the folders Lectern may use/);
  refuse('import-paths', { paths: ['/etc'] });
  refuse('notes-export-markdown', { out_dir: join(dir, 'vault'), links: 'wiki' });
  allowed.choose(join(dir, 'vault'));
  confinePaths(
    'notes-export-markdown',
    { out_dir: join(dir, 'vault', 'sub'), links: 'wiki' },
    allowed.list(),
  );
  writeFileSync(join(dir, 'dropped.txt'), 'x');
  refuse('import-paths', { paths: [join(dir, 'dropped.txt')] });
  allowed.drop(join(dir, 'dropped.txt'));
  confinePaths('import-paths', { paths: [join(dir, 'dropped.txt')] }, allowed.list());
  // Chosen folders are remembered for the next run; dropped files are not.
  const nextRun = new AllowedFolders(project, store);
  confinePaths('notes-export-markdown', { out_dir: join(dir, 'vault'), links: 'wiki' }, nextRun.list());
  assert.throws(() => confinePaths('import-paths', { paths: [join(dir, 'dropped.txt')] }, nextRun.list()));
  confinePaths('import-paths', { paths: [join(dir, 'projects', 'inbox')] }, nextRun.list());
});
