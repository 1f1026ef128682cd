import { join } from 'node:path';
import { stringOption, type CliCommand } from '../CliCommand';
import { REPO_ROOT } from '../paths';

export const serveCommand: CliCommand = {
  usage:
    'serve                 serve the app on http://127.0.0.1 (--port N); prints the URL with its access token',
  async run({ workbench, options, json }) {
    const port = stringOption(options, 'port');
    const { startServer } = await import('../../server/startServer');
    const server = await startServer({
      workbench,
      staticDir: join(REPO_ROOT, 'out', 'renderer'),
      ...(port ? { port: Number(port) } : {}),
    });
    if (json) console.log(JSON.stringify({ url: server.url, port: server.port, db: workbench.path }));
    else console.log(`Lectern is serving ${workbench.path}\nOpen ${server.url}\n(Ctrl+C stops it)`);
    const stop = async () => {
      await server.close();
      workbench.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return new Promise<number>(() => {});
  },
};
