// The attachments feature's public entry: the shell and other features import only what is exported here.
export { AttachmentsPanel } from './AttachmentsPanel';
