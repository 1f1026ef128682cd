import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { commands, eventNames, isCommand } from '../shared/api';
import { confinePaths } from '../core/project/confinePaths';
import { LecternError, toErrorData, type Envelope } from '../shared/errors';
import type { Workbench } from '../core/workbench';

export interface ServerOptions {
  workbench: Workbench;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
  /**
   * Folders whose files `import-paths` may read and into which `notes-export-markdown` may write
   * (besides the project's own folder): those given on the command line. A page that got hold of
   * the token must not read or write anywhere else on the machine.
   */
  allowedFolders?: string[];
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// Uploads arrive base64-encoded in one request: 100 MB files (the import limit) and a few more.
const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** Open event streams at once: one per tab is normal; more is a leak or an attack. */
const MAX_EVENT_STREAMS = 32;

/** A client's mistake, answered with its HTTP status rather than 500. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Local web mode: serves the built renderer and the Api on 127.0.0.1 only. Every Api request must
 * carry the per-run token (header `x-lectern-token`, or `?token=` for the event stream), so other
 * local users and web pages cannot read the project.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = resolve(options.staticDir);
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new LecternError(
      'not-found',
      `The built interface is missing at ${staticDir}. Run \`npm run build:renderer\` first.`,
    );
  }
  const allowedFolders = [dirname(resolve(options.workbench.path)), ...(options.allowedFolders ?? [])];
  let port = 0;
  let eventStreams = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const data =
        error instanceof HttpError
          ? { code: 'invalid-argument' as const, message: error.message }
          : toErrorData(error);
      if (!response.headersSent) {
        // A body refused part-way is not read to its end: close the connection after answering.
        if (status === 413) response.setHeader('connection', 'close');
        sendJson(response, status, { ok: false, error: data });
      } else response.end();
      if (status === 413) request.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // DNS rebinding: a web page on evil.example resolved to 127.0.0.1 sends Host: evil.example.
    if (!isLocalHost(request.headers.host, port)) {
      throw new HttpError(421, 'This server answers only at 127.0.0.1 or localhost.');
    }
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://127.0.0.1');
    } catch {
      throw new HttpError(400, 'The request address is malformed.');
    }
    if (url.pathname.startsWith('/api/')) {
      if (!hasToken(request, url, token)) {
        sendJson(response, 401, {
          ok: false,
          error: {
            code: 'invalid-argument',
            message: 'Missing or wrong access token: open the address that `lectern serve` printed.',
          },
        });
        return;
      }
      const name = url.pathname.slice('/api/'.length);
      if (name === 'events' && request.method === 'GET') {
        if (eventStreams >= MAX_EVENT_STREAMS)
          throw new HttpError(429, `Too many open event streams (${MAX_EVENT_STREAMS}); close other tabs.`);
        eventStreams++;
        response.on('close', () => eventStreams--);
        return streamEvents(response, options.workbench);
      }
      if (request.method !== 'POST') {
        sendJson(response, 405, {
          ok: false,
          error: { code: 'invalid-argument', message: 'Use POST for Api calls.' },
        });
        return;
      }
      if (!isCommand(name)) {
        sendJson(response, 404, {
          ok: false,
          error: { code: 'unknown-command', message: `Unknown command "${name}".` },
        });
        return;
      }
      const args = await readJson(request);
      let envelope: Envelope<unknown>;
      try {
        confinePaths(
          name,
          args,
          allowedFolders,
          'Start `lectern serve --allow FOLDER` to allow another folder, or upload the files instead.',
        );
        envelope = { ok: true, value: await options.workbench.call(name, args as never) };
      } catch (error) {
        envelope = { ok: false, error: toErrorData(error) };
      }
      sendJson(response, 200, envelope);
      return;
    }
    const pageToken = url.searchParams.get('token');
    if (wantsPage(url.pathname) && pageToken !== null && !sameToken(pageToken, token)) {
      // A stale or mistyped address: one clear page, not an empty library and a row of errors.
      sendWrongTokenPage(response);
      return;
    }
    serveStatic(url.pathname, response, staticDir);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

/** The commands served, for the test that proves IPC and HTTP expose the same list. */
export const servedCommands: readonly string[] = commands;

function hasToken(request: IncomingMessage, url: URL, token: string): boolean {
  return sameToken(String(request.headers['x-lectern-token'] ?? url.searchParams.get('token') ?? ''), token);
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function streamEvents(response: ServerResponse, workbench: Workbench): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = eventNames.map((event) =>
    workbench.on(event, (payload) => response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)),
  );
  response.on('close', () => unsubscribe.forEach((off) => off()));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const tooLarge = () => new HttpError(413, 'Request too large (over 512 MB). Import fewer files at once.');
  // Refused from its declared length before a byte is read, or as soon as a streamed body passes it.
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

/** `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`: what a browser sends for this server. */
function isLocalHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return ['127.0.0.1', 'localhost', '[::1]'].some((name) => host === `${name}:${port}`);
}

/** The app's page (not its scripts or styles). */
function wantsPage(pathname: string): boolean {
  return pathname === '/' || pathname === '/index.html';
}

function sendWrongTokenPage(response: ServerResponse): void {
  response.writeHead(401, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'cache-control': 'no-store',
  });
  response.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Lectern: wrong address</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:15vh auto;padding:0 1em;color:#222}
code{background:#f1f3f5;padding:.1em .3em;border-radius:3px}@media(prefers-color-scheme:dark){body{background:#1a1b1e;color:#ddd}code{background:#2c2e33}}</style>
<h1>This address has no valid access key</h1>
<p>Open the address that <code>lectern serve</code> printed in its terminal (it ends in <code>?token=…</code>). Each run prints a new one, so an address from an earlier run no longer works.</p></html>`);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(text);
}

function serveStatic(pathname: string, response: ServerResponse, staticDir: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, 'The request address has a malformed % escape.');
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = resolve(staticDir, relative === '' ? 'index.html' : relative);
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
  response.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
}
