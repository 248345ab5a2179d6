// The notifications feature's public entry: the shell and other features import only what is exported here.
export { NotificationBell } from './NotificationBell';
