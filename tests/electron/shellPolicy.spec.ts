// The shell's policies are pure code (src/main/urlPolicy.ts, webPreferences.ts), so they are checked
// here even where no Electron binary exists: the page is isolated and sandboxed, only our own bundle
// loads, web links are external, everything else is blocked.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { classifyUrl, isAllowedRequest, type AppOrigins } from '../../src/main/urlPolicy';
import { mainWindowPreferences } from '../../src/main/webPreferences';

const rendererDir = join(__dirname, '../../out/renderer');
const packaged: AppOrigins = { rendererDir };
const dev: AppOrigins = { rendererDir, devServerUrl: 'http://localhost:5173/' };
const fileUrl = (path: string) => pathToFileURL(path).href;

test('our own bundle is the app, nothing else on disk is', () => {
  expect(classifyUrl(fileUrl(join(rendererDir, 'index.html')), packaged)).toBe('app');
  expect(classifyUrl(fileUrl(join(rendererDir, 'assets/index-abc.js')), packaged)).toBe('app');
  expect(classifyUrl(fileUrl('/etc/passwd'), packaged)).toBe('blocked');
  expect(classifyUrl(fileUrl(join(rendererDir, '../main/index.js')), packaged)).toBe('blocked');
  expect(classifyUrl(`${fileUrl(rendererDir)}-evil/index.html`, packaged)).toBe('blocked');
});

test('web links are external; other schemes are blocked', () => {
  expect(classifyUrl('https://example.org/article', packaged)).toBe('external');
  expect(classifyUrl('http://example.org/', packaged)).toBe('external');
  expect(classifyUrl('javascript:alert(1)', packaged)).toBe('blocked');
  expect(classifyUrl('mailto:someone@example.org', packaged)).toBe('blocked');
  expect(classifyUrl('not a url', packaged)).toBe('blocked');
});

test('the dev server is the app only in development', () => {
  expect(classifyUrl('http://localhost:5173/src/main.tsx', dev)).toBe('app');
  expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
  expect(classifyUrl('http://localhost:5173/', packaged)).toBe('external');
  expect(classifyUrl('http://localhost:5174/', dev)).toBe('external');
});

test('no request leaves the app', () => {
  expect(isAllowedRequest('https://fonts.googleapis.com/css', packaged)).toBe(false);
  expect(isAllowedRequest('http://127.0.0.1:8080/api', packaged)).toBe(false);
  expect(isAllowedRequest(fileUrl(join(rendererDir, 'index.html')), packaged)).toBe(true);
  expect(isAllowedRequest('data:image/png;base64,AAAA', packaged)).toBe(true);
  expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', packaged)).toBe(true);
});

test('the window page is isolated and sandboxed, with no Node', () => {
  expect(mainWindowPreferences('/app/out/preload/index.js')).toMatchObject({
    preload: '/app/out/preload/index.js',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  });
});
