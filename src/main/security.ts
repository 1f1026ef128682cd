/**
 * The window's security policy, written once here. Lectern holds a researcher's private corpus and
 * renders imported HTML-derived text, so the page is treated as untrusted: it gets no permissions,
 * no navigation, no new windows and no network; web links leave only via the system browser.
 */
import { dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron';
import { classifyUrl, isAllowedRequest, type AppOrigins } from './urlPolicy';

// The page's own index.html should carry the same policy as a <meta>; this header covers file://
// loads too. 'unsafe-inline' styles: React style props. No connect-src beyond 'self': no network.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Session-wide rules: call once, before the first window loads anything. */
export function secureSession(session: Session, origins: AppOrigins): void {
  // Camera, microphone, notifications, geolocation …: a reading tool needs none of them.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, origins);
    if (!allowed) console.warn(`Lectern blocked a network request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  // In development Vite injects inline scripts for HMR; the dev server is local and trusted.
  if (!origins.devServerUrl) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
  }
}

/** Per-window rules: no new windows, no navigation away, no <webview>. */
export function secureWindow(window: BrowserWindow, origins: AppOrigins): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (classifyUrl(url, origins) === 'external') void confirmAndOpenExternal(window, url);
    return { action: 'deny' };
  });
  const guardNavigation = (event: { preventDefault(): void }, url: string): void => {
    const kind = classifyUrl(url, origins);
    if (kind === 'app') return;
    event.preventDefault();
    if (kind === 'external') void confirmAndOpenExternal(window, url);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The one way out to the web: the user sees the address and says yes. */
async function confirmAndOpenExternal(window: BrowserWindow, url: string): Promise<void> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: `${url}\n\nLectern itself never connects to the internet; the page will open in your browser.`,
  });
  if (response === 0) await shell.openExternal(url);
}

/** Whether an IPC message comes from our window's top frame showing our own page. */
export function isTrustedSender(
  contents: WebContents,
  frame: { url: string; parent: unknown } | null,
  window: BrowserWindow | undefined,
  origins: AppOrigins,
): boolean {
  if (!window || window.isDestroyed() || contents !== window.webContents) return false;
  if (!frame || frame.parent !== null) return false;
  return classifyUrl(frame.url, origins) === 'app';
}
