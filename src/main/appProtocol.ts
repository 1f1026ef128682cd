/**
 * Serves the built renderer at app://lectern/ instead of loading it from file://: the page gets a
 * real, narrow origin (its CSP 'self' means our bundle, not the whole disk), and file:// pages need
 * no extra privileges (the grantFileProtocolExtraPrivileges fuse is off in electron-builder.yml).
 */
import { pathToFileURL } from 'node:url';
import { net, protocol, type Session } from 'electron';
import { APP_SCHEME, appFileFor } from './urlPolicy';

/** Before the app is ready: app:// is standard (relative URLs, an origin) and secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers app://lectern/<path> with the renderer file of that path; anything else is a 404. */
export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => {
    const file = appFileFor(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).href);
  });
}
