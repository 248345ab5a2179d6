// The documents feature's public entry: the shell and other features import only what is exported here.
export { DocumentDetailPage } from './DocumentDetailPage';
export { DocumentTable } from './DocumentTable';
export { DocumentsPage } from './DocumentsPage';
export { LinesEditor } from './LinesEditor';
export { convertOpportunity, createQuote, qualifyLead } from './conversions';
export { userCode } from './document-number';
export { numberingIdentity } from './numbering-identity';
