/**
 * The application menu. Import lives here because only main can show a native file dialog and
 * hand real paths to the engine; the renderer hears about new documents through the engine's
 * 'on-documents-changed' event, like any other change.
 */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Workbench } from '../core/workbench';
import type { ImportReport } from '../shared/model';
import { toErrorData } from '../shared/errors';

// What core reads today; "All Files" lets a user pick anything, and core says why it refuses.
const IMPORTABLE = [
  { name: 'Text and Markdown', extensions: ['txt', 'text', 'md', 'markdown'] },
  { name: 'All Files', extensions: ['*'] },
];

export interface MenuOptions {
  workbench: Workbench;
  getWindow: () => BrowserWindow | undefined;
  isDev: boolean;
}

export function installMenu(options: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Import Files…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void importFromDialog(options, ['openFile', 'multiSelections']),
        },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => void importFromDialog(options, ['openDirectory', 'multiSelections']),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // Reload and DevTools only while developing: for a user they lose unsaved UI state.
        ...(options.isDev
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'About Lectern', click: () => void showAbout(options) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

type DialogProperty = 'openFile' | 'openDirectory' | 'multiSelections';

async function importFromDialog(options: MenuOptions, properties: DialogProperty[]): Promise<void> {
  const window = options.getWindow();
  const dialogOptions = {
    title: properties.includes('openDirectory') ? 'Import Folder' : 'Import Files',
    buttonLabel: 'Import',
    properties,
    ...(properties.includes('openFile') ? { filters: IMPORTABLE } : {}),
  };
  const picked = window
    ? await dialog.showOpenDialog(window, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions);
  if (picked.canceled || picked.filePaths.length === 0) return;
  try {
    const report = await options.workbench.call('import-paths', { paths: picked.filePaths });
    // Successes show up in the library by themselves; only say something when a file was refused.
    if (report.failed > 0) await showFailures(window, report);
  } catch (error) {
    const { message } = toErrorData(error);
    dialog.showErrorBox('Import failed', message);
  }
}

async function showFailures(window: BrowserWindow | undefined, report: ImportReport): Promise<void> {
  const failures = report.outcomes.flatMap((outcome) =>
    outcome.status === 'failed' ? [`${outcome.file}: ${outcome.message}`] : [],
  );
  const options = {
    type: 'warning' as const,
    message: `${report.imported} imported, ${report.duplicates} already in the project, ${report.failed} could not be imported.`,
    detail:
      failures.slice(0, 20).join('\n') + (failures.length > 20 ? `\n… and ${failures.length - 20} more` : ''),
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

async function showAbout(options: MenuOptions): Promise<void> {
  const window = options.getWindow();
  const info = await options.workbench.call('project-info', {});
  const about = {
    type: 'info' as const,
    message: `Lectern ${app.getVersion()}`,
    detail: `An offline research workbench.\n\nProject: ${info.path}\nDocuments: ${info.document_count}\nSchema: ${info.schema_version}`,
  };
  if (window) await dialog.showMessageBox(window, about);
  else await dialog.showMessageBox(about);
}
