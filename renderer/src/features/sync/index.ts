// The sync feature's public entry: the shell and other features import only what is exported here.
export { DevicesPage } from './DevicesPage';
export { NotSyncedPage } from './NotSyncedPage';
export { SyncProvider } from './SyncProvider';
export { deviceId, guessDeviceName, savedDeviceName } from './device-prefs';
export { normaliseServerUrl } from './server-url';
