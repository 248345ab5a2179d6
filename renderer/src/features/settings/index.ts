// The settings feature's public entry: the shell and other features import only what is exported here.
export { SettingsPage } from './SettingsPage';
export { readReminderPrefs, saveReminderPrefs, userPrefsId } from './reminder-prefs';
