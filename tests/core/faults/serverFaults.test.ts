// The local server as a hostile page or a careless client meets it: client mistakes are 4xx, not
// 500; a huge body is refused before it is read; a foreign Host (DNS rebinding) is refused;
// event streams are capped; paths outside the project's folders are refused; a wrong token gets
// one clear page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Workbench } from '../../../src/core/workbench';
import { startServer, type RunningServer } from '../../../src/server/startServer';
import { tempDir } from '../helpers/tempProject';

const TOKEN = 'fault-token';
const dir = tempDir();
const staticDir = join(dir, 'renderer');
mkdirSync(staticDir);
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Lectern</title>');
const projectDir = join(dir, 'project');
mkdirSync(projectDir);
const outside = tempDir(); // another folder on the machine
writeFileSync(join(outside, 'secret.txt'), 'Secret article\n\nNot for a web page to read.\n');
const allowed = tempDir();
writeFileSync(join(allowed, 'ok.txt'), 'Allowed article\n\nGiven on the command line.\n');
const workbench = new Workbench(join(projectDir, 'project.lectern'));
let server: RunningServer;
before(async () => {
  server = await startServer({ workbench, staticDir, token: TOKEN, allowedFolders: [allowed] });
});
after(async () => {
  await server.close();
  workbench.close();
});

interface Answer {
  status: number;
  body: string;
}
function send(
  path: string,
  {
    method = 'POST',
    body,
    headers = {},
  }: { method?: string; body?: string | Buffer; headers?: Record<string, string | number> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method,
        headers: { 'x-lectern-token': TOKEN, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', (error) =>
      error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error),
    );
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

test('malformed JSON is a 400 with the reason', async () => {
  const answer = await send('/api/tags-list', { body: '{"name": ' });
  assert.equal(answer.status, 400);
  assert.match(answer.body, /not valid JSON/);
});

test('a bad % escape in the address is a 400', async () => {
  const answer = await send('/%E0%A4%A', { method: 'GET' });
  assert.equal(answer.status, 400);
});

test('a body over the limit is refused from its declared length, before it is sent', async () => {
  const started = Date.now();
  const answer = await new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/import-uploads',
        method: 'POST',
        headers: { 'x-lectern-token': TOKEN, 'content-length': 600 * 1024 * 1024 },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.write(Buffer.alloc(64 * 1024)); // a first piece; the other 600 MB never come
  });
  assert.equal(answer.status, 413);
  assert.match(answer.body, /too large/);
  assert.ok(Date.now() - started < 5_000, 'answered at once, not after buffering');
});

test('a foreign Host header (DNS rebinding) is refused; 127.0.0.1 and localhost are served', async () => {
  assert.equal(
    (await send('/api/tags-list', { body: '{}', headers: { host: `evil.example:${server.port}` } })).status,
    421,
  );
  assert.equal((await send('/', { method: 'GET', headers: { host: 'evil.example' } })).status, 421);
  assert.equal(
    (await send('/api/tags-list', { body: '{}', headers: { host: `localhost:${server.port}` } })).status,
    200,
  );
});

test('notes-create with text that is not JSON is a clear error, not an internal one', async () => {
  const answer = await send('/api/notes-create', { body: JSON.stringify({ lexical_json: 'not json' }) });
  assert.equal(answer.status, 200);
  const envelope = JSON.parse(answer.body) as { ok: boolean; error?: { code: string; message: string } };
  assert.equal(envelope.error?.code, 'invalid-argument');
  assert.match(envelope.error.message, /not valid JSON/);
});

test('import-paths and notes-export-markdown are confined to the project folder and allowed folders', async () => {
  const call = async (command: string, args: unknown) =>
    JSON.parse((await send(`/api/${command}`, { body: JSON.stringify(args) })).body) as {
      ok: boolean;
      value?: { imported: number };
      error?: { message: string };
    };
  const denied = await call('import-paths', { paths: [join(outside, 'secret.txt')] });
  assert.equal(denied.ok, false);
  assert.match(denied.error!.message, /outside the folders Lectern may use here.*lectern serve --allow/);
  const sneaky = await call('import-paths', { paths: [join(allowed, '..', '..', 'etc', 'passwd')] });
  assert.equal(sneaky.ok, false);
  const ok = await call('import-paths', { paths: [join(allowed, 'ok.txt')] });
  assert.equal(ok.value?.imported, 1);
  const writeOutside = await call('notes-export-markdown', {
    out_dir: join(outside, 'vault'),
    links: 'wiki',
  });
  assert.equal(writeOutside.ok, false);
  assert.ok(!existsSync(join(outside, 'vault')), 'nothing was written outside');
  const writeInside = await call('notes-export-markdown', {
    out_dir: join(projectDir, 'vault'),
    links: 'wiki',
  });
  assert.equal(writeInside.ok, true);
});

test('event streams are capped', async () => {
  const open: Array<() => void> = [];
  const statuses: number[] = [];
  for (let i = 0; i < 34; i++) {
    statuses.push(
      await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: server.port, path: `/api/events?token=${TOKEN}`, method: 'GET' },
          (res) => {
            open.push(() => res.destroy());
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      }),
    );
  }
  open.forEach((close) => close());
  assert.equal(statuses.filter((s) => s === 200).length, 32);
  assert.deepEqual(statuses.slice(32), [429, 429]);
});

test('a wrong access token on the page gets one page that says which address to open', async () => {
  const answer = await send('/?token=stale-token-from-yesterday', { method: 'GET' });
  assert.equal(answer.status, 401);
  assert.match(answer.body, /Open the address that <code>lectern serve<\/code> printed/);
  assert.equal((await send(`/?token=${TOKEN}`, { method: 'GET' })).status, 200);
});
