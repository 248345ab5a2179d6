import { Menu, Tray, nativeImage } from 'electron';
import { trayMenu, trayTooltip } from './tray-menu';

export interface TrayDeps {
  iconPath: string;
  onOpen: () => void;
  onQuit: () => void;
  keepInTray: () => boolean;
  setKeepInTray: (on: boolean) => void;
}

/** The tray icon: due-reminder count in the tooltip/title and menu, "keep running in tray", quit. */
export function createAppTray(deps: TrayDeps) {
  const image = nativeImage.createFromPath(deps.iconPath).resize({ width: 16, height: 16 });
  const tray = new Tray(image);
  let due = 0;

  const render = () => {
    tray.setToolTip(trayTooltip(due));
    if (process.platform === 'darwin') tray.setTitle(due > 0 ? String(due) : '');
    const items = trayMenu(due, deps.keepInTray()).map((item) => {
      if (item.id === 'keepInTray') {
        return {
          label: item.label,
          type: 'checkbox' as const,
          checked: item.checked ?? false,
          click: (mi: Electron.MenuItem) => {
            deps.setKeepInTray(mi.checked);
            render();
          },
        };
      }
      return {
        label: item.label,
        enabled: item.enabled ?? true,
        click: item.id === 'open' ? deps.onOpen : item.id === 'quit' ? deps.onQuit : undefined,
      };
    });
    tray.setContextMenu(Menu.buildFromTemplate(items));
  };
  tray.on('click', deps.onOpen);
  render();

  return {
    setDue(n: number) {
      due = n;
      render();
    },
    destroy: () => tray.destroy(),
  };
}
