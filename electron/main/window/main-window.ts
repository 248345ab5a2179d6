import { BrowserWindow, screen, shell } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { originOf } from '../ipc/sender';
import { loadWindowState, saveWindowState } from './window-state';
import { isExternalWebUrl, secureWebPreferences } from './web-preferences';

export interface MainWindowOptions {
  preloadPath: string;
  /** app://crm/index.html, or the electron-vite dev server URL. */
  startUrl: string;
  stateFile: string;
  iconPath?: string;
  /** Asked on close: true = hide to the tray instead of closing. */
  hideOnClose: () => boolean;
}

/** Only http(s) links leave the app, and only to the user's browser. */
function openExternalIfWeb(url: string): void {
  if (isExternalWebUrl(url)) void shell.openExternal(url);
}

/**
 * The one app window: isolated, sandboxed, no Node; it cannot navigate away from the app or open windows;
 * its size and position are remembered.
 */
export async function createMainWindow(opts: MainWindowOptions): Promise<BrowserWindow> {
  const state = await loadWindowState(
    opts.stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...state,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Export CRM',
    icon: opts.iconPath,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(opts.preloadPath),
  });
  if (state.maximized) win.maximize();

  const allowed = new Set([APP_ORIGIN, originOf(opts.startUrl)]);
  win.webContents.on('will-navigate', (event, url) => {
    if (!allowed.has(originOf(url))) {
      event.preventDefault();
      openExternalIfWeb(url);
    }
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!allowed.has(originOf(url))) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternalIfWeb(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());

  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    void saveWindowState(opts.stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
    if (opts.hideOnClose()) {
      event.preventDefault();
      win.hide();
    }
  });

  await win.loadURL(opts.startUrl);
  return win;
}
