// The opportunities feature's public entry: the shell and other features import only what is exported here.
export { OpportunitiesPage } from './OpportunitiesPage';
export { OpportunityDetailPage } from './OpportunityDetailPage';
export { OpportunityFormModal } from './OpportunityFormModal';
export { moveToStage } from './stage-move';
