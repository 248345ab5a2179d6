import { join } from 'node:path';
import {
  BrowserWindow,
  Notification,
  app,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import type { ReminderClick } from '@shared/ipc/contract';
import { FILE_SCHEME, handleFileRequest } from './files/file-protocol';
import { sendEvent } from './ipc/events';
import { registerIpc } from './ipc/register';
import { createSenderCheck, originOf } from './ipc/sender';
import { createElectronNotifier, createReminderClickHandler } from './reminders/electron-notifier';
import { createServices } from './services';
import { createAppTray } from './tray/tray';
import { loadPreferences, savePreferences, type Preferences } from './tray/preferences';
import { APP_ORIGIN, APP_SCHEME, handleAppRequest } from './window/app-protocol';
import { contentSecurityPolicy } from './window/csp';
import { createMainWindow } from './window/main-window';
import { installPermissionHandlers } from './window/permissions';

// App lifecycle only: the work is in the services (plain Node modules) and the handler files.
const devUrl = process.env.ELECTRON_RENDERER_URL;
const csp = contentSecurityPolicy(Boolean(devUrl));
const outDir = join(import.meta.dirname, '..');
const iconPath = app.isPackaged
  ? join(process.resourcesPath, 'icon.png')
  : join(app.getAppPath(), 'build', 'icon.png');

// Tests and several profiles side by side: a user-data folder from the command line or the environment.
const userDataArg =
  process.argv.find((a) => a.startsWith('--user-data-dir='))?.split('=')[1] ?? process.env.CRM_USER_DATA;
if (userDataArg) app.setPath('userData', userDataArg);

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
  { scheme: FILE_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let quitting = false;
  let prefs: Preferences = { keepInTray: false };
  let pendingClick: ReminderClick | null = null;
  const prefsFile = () => join(app.getPath('userData'), 'preferences.json');

  const showWindow = () => {
    if (!win || win.isDestroyed()) {
      void openWindow();
      return;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };

  async function openWindow() {
    win = await createMainWindow({
      preloadPath: join(outDir, 'preload', 'index.cjs'),
      startUrl: devUrl ?? `${APP_ORIGIN}/index.html`,
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      iconPath,
      hideOnClose: () => prefs.keepInTray && !quitting,
    });
    win.on('closed', () => (win = null));
    if (pendingClick) {
      sendEvent(win.webContents, 'reminders:clicked', pendingClick);
      pendingClick = null;
    }
  }

  app.on('second-instance', showWindow);
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (!prefs.keepInTray) app.quit();
  });
  app.on('activate', showWindow);
  // No other window, webview or navigation target may ever appear, whatever created it.
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    app.setAppUserModelId('com.exportcrm.desktop');
    prefs = await loadPreferences(prefsFile());
    const rendererDir = join(outDir, 'renderer');

    protocol.handle(APP_SCHEME, (req) => handleAppRequest(rendererDir, req.url, csp));
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      // The dev server's pages get the same policy as app:// (which sets it itself).
      const headers = details.responseHeaders ?? {};
      if (devUrl && details.url.startsWith(devUrl)) headers['Content-Security-Policy'] = [csp];
      callback({ responseHeaders: headers });
    });
    // The camera (video only) and clipboard writes, for our page in our window; everything else is refused.
    installPermissionHandlers(session.defaultSession, {
      allowedOrigins: [APP_ORIGIN, ...(devUrl ? [originOf(devUrl)!] : [])],
      isAppContents: (contents) => contents === win?.webContents,
    });

    let tray: ReturnType<typeof createAppTray> | null = null;
    const services = await createServices({
      userData: app.getPath('userData'),
      tempDir: app.getPath('temp'),
      version: app.getVersion(),
      platform: process.platform,
      notifier: createElectronNotifier(Notification, iconPath),
      encryptor: safeStorage,
      shell: {
        pickFiles: async ({ multiple, imagesOnly }) => {
          const props: Array<'openFile' | 'multiSelections'> = multiple
            ? ['openFile', 'multiSelections']
            : ['openFile'];
          const filters = imagesOnly
            ? [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'heic', 'gif'] }]
            : [];
          const res = win
            ? await dialog.showOpenDialog(win, { properties: props, filters })
            : await dialog.showOpenDialog({ properties: props, filters });
          return res.canceled ? [] : res.filePaths;
        },
        saveAs: async (defaultName) => {
          const opts = { defaultPath: join(app.getPath('downloads'), defaultName) };
          const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
          return res.canceled || !res.filePath ? null : res.filePath;
        },
        openPath: (path) => shell.openPath(path),
      },
      onReminderClick: createReminderClickHandler(
        () => win,
        (click) => {
          pendingClick = click;
          void openWindow();
        },
      ),
      focusWindow: showWindow,
      onDueCount: (due) => {
        tray?.setDue(due);
        sendEvent(win?.webContents, 'reminders:count', { due });
      },
      onUploadCount: (count) => sendEvent(win?.webContents, 'files:uploadCountChanged', { count }),
      fallbackServerUrl: process.env.CRM_SERVER_URL ?? 'http://127.0.0.1:4780',
    });
    protocol.handle(FILE_SCHEME, (req) => handleFileRequest(services.store, req.url));

    const allowedOrigins = [APP_ORIGIN, ...(devUrl ? [originOf(devUrl)!] : [])];
    registerIpc(
      ipcMain,
      services.handlers,
      createSenderCheck({ windowContentsId: () => win?.webContents.id, allowedOrigins }),
    );

    try {
      tray = createAppTray({
        iconPath,
        onOpen: showWindow,
        onQuit: () => app.quit(),
        keepInTray: () => prefs.keepInTray,
        setKeepInTray: (on) => {
          prefs = { ...prefs, keepInTray: on };
          void savePreferences(prefsFile(), prefs);
        },
      });
      tray.setDue(services.scheduler.dueCount());
    } catch {
      // Some Linux desktops have no tray: without one, closing the window quits.
      prefs = { ...prefs, keepInTray: false };
    }

    app.on('will-quit', () => {
      services.stop();
      tray?.destroy();
    });
    await openWindow();
  });
}
