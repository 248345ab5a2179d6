// The assignment feature's public entry: the shell and other features import only what is exported here.
export { AssignButton, SelectBox, SelectionSummary } from './AssignDialog';
export { assignableUsers, canAssignRecords } from './assign-plan';
export { runAssign } from './run-assign';
export { useRowSelection, type RowSelectionApi } from './use-row-selection';
