// The accounts feature's public entry: the shell and other features import only what is exported here.
export { AccountDetailPage } from './AccountDetailPage';
export { AccountsPage } from './AccountsPage';
