/** The tray's text, kept apart from Electron so it can be tested: bilingual, the app has no locale here. */
export function trayTooltip(due: number): string {
  return due > 0 ? `Export CRM — ${due} 条提醒 / ${due} due` : 'Export CRM';
}

export interface TrayMenuItem {
  id: 'open' | 'due' | 'keepInTray' | 'quit';
  label: string;
  enabled?: boolean;
  checked?: boolean;
}

export function trayMenu(due: number, keepInTray: boolean): TrayMenuItem[] {
  return [
    { id: 'open', label: '打开 Export CRM / Open' },
    { id: 'due', label: `${due} 条提醒到期 / ${due} reminders due`, enabled: false },
    { id: 'keepInTray', label: '关闭窗口时保留在托盘 / Keep running in tray', checked: keepInTray },
    { id: 'quit', label: '退出 / Quit' },
  ];
}
