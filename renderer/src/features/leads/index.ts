// The leads feature's public entry: the shell and other features import only what is exported here.
export { LeadDetailPage } from './LeadDetailPage';
export { LeadEntryPage } from './LeadEntryPage';
export { LeadListPage } from './LeadListPage';
