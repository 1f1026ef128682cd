/**
 * Which URLs belong to the app. Lectern is offline: the window may load only its own bundle
 * (app://lectern/…, served from the built renderer by appProtocol.ts; the files behind it; or the
 * electron-vite dev server in development); http(s) links are external and leave the app only
 * through the system browser, after a confirm.
 * Pure functions (no 'electron' import) so the policy is testable without an Electron binary.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppOrigins {
  /** Absolute path of the built renderer folder (out/renderer). */
  rendererDir: string;
  /** The electron-vite dev server URL, in development only. */
  devServerUrl?: string | undefined;
}

export type UrlKind = 'app' | 'external' | 'blocked';

/** The window's origin: a standard, secure custom scheme instead of file:// (Electron's advice). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lectern';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The file of the built renderer an app:// URL names, or null when it names anything else
 * (another host, a path that climbs out of the folder). `/` is index.html.
 */
export function appFileFor(url: string, rendererDir: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const file = resolve(rendererDir, `.${path === '/' ? '/index.html' : path}`);
  const rel = relative(resolve(rendererDir), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? file : null;
}

/** Sorts a URL into the app's own pages, an external web link, or anything else (blocked). */
export function classifyUrl(url: string, origins: AppOrigins): UrlKind {
  if (isAppUrl(url, origins)) return 'app';
  const parsed = parse(url);
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) return 'external';
  return 'blocked';
}

/** True for our bundle: a file inside the renderer folder, or the dev server (http and its HMR socket). */
export function isAppUrl(url: string, origins: AppOrigins): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return appFileFor(url, origins.rendererDir) !== null;
  if (parsed.protocol === 'file:') return isInsideRendererDir(parsed, origins.rendererDir);
  const dev = origins.devServerUrl ? parse(origins.devServerUrl) : undefined;
  if (!dev) return false;
  const sameHost = parsed.host === dev.host;
  return (
    sameHost && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:' || parsed.protocol === 'wss:')
  );
}

/**
 * Whether a request made by the page may leave the renderer. Only our own files and dev server,
 * plus schemes that never touch the network (data:, blob:, the DevTools UI). Everything else —
 * any http(s) to the outside — is cancelled: the app makes no network request, ever.
 */
export function isAllowedRequest(url: string, origins: AppOrigins): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (['data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true;
  return isAppUrl(url, origins);
}

function isInsideRendererDir(url: URL, rendererDir: string): boolean {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false; // e.g. file://remote-host/share on Windows
  }
  const rel = relative(resolve(rendererDir), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
