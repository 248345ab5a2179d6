// The pool feature's public entry: the shell and other features import only what is exported here.
export { PoolPage } from './PoolPage';
