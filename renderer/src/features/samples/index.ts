// The samples feature's public entry: the shell and other features import only what is exported here.
export { SampleCostSummary } from './SampleCostSummary';
export { SamplesPage } from './SamplesPage';
