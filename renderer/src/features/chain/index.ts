// The chain feature's public entry: the shell and other features import only what is exported here.
export { ChainView } from './ChainView';
export { recordPath } from './chain-links';
