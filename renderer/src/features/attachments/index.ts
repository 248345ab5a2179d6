// The attachments feature's public entry: the shell and other features import only what is exported here.
export { AttachmentsPanel } from './AttachmentsPanel';
export { attachDrafts, type DraftFile } from './draft-attachments';
export { DraftAttachments } from './DraftAttachments';
export { useBlobTransfer } from './use-blob-transfer';
