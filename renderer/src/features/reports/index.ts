// The reports feature's public entry: the shell and other features import only what is exported here.
export { ReportsPage } from './ReportsPage';
export { monthRange } from './report-scope';
