// The desktop app end to end: launch the built main process in a fresh LECTERN_HOME, see the sample
// library, prove the page is sandboxed, and reach every command of the contract through IPC.
// Without an Electron binary (it cannot be downloaded offline) every test skips with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { commands, type Bridge } from '../../src/shared/api';
import { isServedAnswer, minimalArgs } from '../fixtures/minimalArgs';
import type { Envelope } from '../../src/shared/errors';
import type { DocumentSummary } from '../../src/shared/model';
import { findElectronBinary, repoRoot } from './electronBinary';

// globalSetup.ts decides whether Electron can run here and prints the reason once if not.
const binary = findElectronBinary();
const skipReason = binary.found ? process.env['LECTERN_ELECTRON_SKIP'] : binary.reason;

// The page has no Node and no imports: these run inside it, typed through the contract.
type PageGlobals = { lectern?: Bridge; require?: unknown };
const invokeInPage = (page: Page, command: string, args: unknown) =>
  page.evaluate(
    ([name, payload]) => (globalThis as unknown as { lectern: Bridge }).lectern.invoke(name, payload),
    [command, args] as const,
  );

test.describe.serial('Lectern desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  let home: string;

  test.beforeAll(async () => {
    if (!binary.found || skipReason) return;
    home = mkdtempSync(join(tmpdir(), 'lectern-electron-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env['ELECTRON_RENDERER_URL']; // load the built renderer, never a dev server
    delete env['ELECTRON_RUN_AS_NODE'];
    env['LECTERN_HOME'] = home;
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to start as root (CI containers) unless its OS sandbox is switched off;
      // the page is still isolated and sandboxed from Node, which is what the tests check.
      args: [join(repoRoot, 'out/main/index.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  test.beforeEach(() => {
    test.skip(skipReason !== undefined, skipReason);
  });

  test('the window shows the library with the five sample articles', async () => {
    await expect(page).toHaveTitle(/Lectern/);
    const listed = await invokeInPage(page, 'documents-list', {});
    expect(listed.ok, JSON.stringify(listed)).toBe(true);
    const documents = (listed as { ok: true; value: DocumentSummary[] }).value;
    expect(documents).toHaveLength(5);
    for (const document of documents) {
      await expect(page.getByText(document.title, { exact: false }).first()).toBeVisible();
    }
  });

  test('the page is sandboxed: no Node, only window.lectern', async () => {
    const seen = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      return {
        require: typeof page.require,
        process: typeof process,
        lectern: typeof page.lectern,
        bridge: Object.keys(page.lectern ?? {}).sort(),
      };
    });
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      lectern: 'object',
      bridge: ['invoke', 'pathForFile', 'subscribe'],
    });
    // LECTERN_HOME moved Electron's own data too (Chromium profile, single-instance lock).
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(home);
  });

  test('the page cannot reach the network or open windows', async () => {
    const outcome = await page.evaluate(async () => {
      const fetched = await fetch('https://example.org/').then(
        () => 'loaded',
        () => 'refused',
      );
      const { open } = globalThis as unknown as { open: (url: string) => unknown };
      const opened = open('file:///etc/passwd');
      return { fetched, opened: opened === null || opened === undefined ? 'refused' : 'opened' };
    });
    expect(outcome).toEqual({ fetched: 'refused', opened: 'refused' });
  });

  test('every command of the contract is reachable through IPC', async () => {
    const listed = (await invokeInPage(page, 'documents-list', {})) as Envelope<DocumentSummary[]>;
    if (!listed.ok) throw new Error(listed.error.message);
    const firstId = listed.value[0]?.id ?? 1;
    const args = minimalArgs(firstId);
    for (const command of commands) {
      const envelope = await invokeInPage(page, command, args[command]);
      expect(isServedAnswer(envelope as never), `${command} over IPC: ${JSON.stringify(envelope)}`).toBe(
        true,
      );
    }
    // A name outside the contract comes back as an error value, not a thrown exception.
    expect(await invokeInPage(page, 'drop-tables', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-command' },
    });
    // Bad arguments are refused by the engine with a code the UI can act on.
    expect(await invokeInPage(page, 'documents-get', { id: 'x' })).toMatchObject({ ok: false });
  });

  test('engine events reach the page', async () => {
    const changed = await page.evaluate(async () => {
      const { lectern } = globalThis as unknown as { lectern: Bridge };
      const event = new Promise<unknown>((resolve) => {
        const off = lectern.subscribe('on-documents-changed', (payload) => {
          off();
          resolve(payload);
        });
      });
      const data = btoa('Lectern test note\n\nA short article imported through IPC to prove events arrive.');
      const imported = await lectern.invoke('import-uploads', {
        files: [{ name: 'ipc-test.txt', data_base64: data }],
      });
      return { imported: imported.ok, payload: await event };
    });
    expect(changed.imported).toBe(true);
    expect(changed.payload).toMatchObject({ ids: [expect.any(Number)] });
  });
});
