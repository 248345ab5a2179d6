// The activities feature's public entry: the shell and other features import only what is exported here.
export { ActivitiesPage } from './ActivitiesPage';
export { ActivityComposer } from './ActivityComposer';
export { Timeline } from './Timeline';
