import { delimiter, join, resolve } from 'node:path';
import { stringOption, type CliCommand } from '../CliCommand';
import { REPO_ROOT } from '../paths';

export const serveCommand: CliCommand = {
  usage:
    'serve                 serve the app on http://127.0.0.1 (--port N); prints the URL with its access token;\n' +
    "                      --allow DIR[:DIR…] lets the page import from / export to folders besides the project's",
  async run({ workbench, options, json }) {
    const port = stringOption(options, 'port');
    const allow = stringOption(options, 'allow');
    // A long-lived writer: one server (or app window) per project, and a backup a day.
    workbench.holdLock('lectern serve');
    workbench.startDailyBackups();
    const { startServer } = await import('../../server/startServer');
    const server = await startServer({
      workbench,
      staticDir: join(REPO_ROOT, 'out', 'renderer'),
      ...(port ? { port: Number(port) } : {}),
      allowedFolders: allow ? allow.split(delimiter).map((dir) => resolve(dir)) : [],
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
