// The campaigns feature's public entry: the shell and other features import only what is exported here.
export { CampaignDetailPage } from './CampaignDetailPage';
export { CampaignsPage } from './CampaignsPage';
