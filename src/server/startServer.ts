import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { commands, eventNames, isCommand } from '../shared/api';
import { LecternError, toErrorData, type Envelope } from '../shared/errors';
import type { Workbench } from '../core/workbench';

export interface ServerOptions {
  workbench: Workbench;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 512 * 1024 * 1024;
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
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: toErrorData(error) });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (!hasToken(request, url, token)) {
        sendJson(response, 401, {
          ok: false,
          error: {
            code: 'invalid-argument',
            message: 'Missing or wrong access token: open the URL printed by `lectern serve`.',
          },
        });
        return;
      }
      const name = url.pathname.slice('/api/'.length);
      if (name === 'events' && request.method === 'GET') return streamEvents(response, options.workbench);
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
        envelope = { ok: true, value: await options.workbench.call(name, args as never) };
      } catch (error) {
        envelope = { ok: false, error: toErrorData(error) };
      }
      sendJson(response, 200, envelope);
      return;
    }
    serveStatic(url.pathname, response, staticDir);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
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
  const given = String(request.headers['x-lectern-token'] ?? url.searchParams.get('token') ?? '');
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
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new LecternError(
        'invalid-argument',
        'Request too large (over 512 MB). Import fewer files at once.',
      );
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new LecternError('invalid-argument', 'The request body is not valid JSON.');
  }
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
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
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
