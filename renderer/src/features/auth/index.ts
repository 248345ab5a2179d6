// The auth feature's public entry: the shell and other features import only what is exported here.
export { LoginPage } from './LoginPage';
export { UserMenu } from './UserMenu';
