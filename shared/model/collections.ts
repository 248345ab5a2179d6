import type { z } from 'zod';
import { accountSchema, contactSchema } from './account';
import { activitySchema } from './activity';
import { attachmentSchema } from './attachment';
import { campaignSchema } from './campaign';
import { salesDocumentSchema } from './document';
import { leadSchema } from './lead';
import { migrateLeadV0ToV1, migrateLeadV1ToV2 } from './lead-migrations';
import { notificationSchema } from './notification';
import { opportunitySchema } from './opportunity';
import { productSchema } from './product';
import { sampleSchema } from './sample';
import { settingsSchema } from './settings';

export type Migration = (oldDoc: Record<string, unknown>) => Record<string, unknown>;

export interface CollectionDef<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** Bump with a migration for every change of shape; RxDB refuses to open a changed schema otherwise. */
  version: number;
  /** Indexed fields: every one must be required (Dexie storage) and strings need a maxLength. */
  indexes: (string | string[])[];
  migrations: Record<number, Migration>;
  /** Child collections follow their parent account's owner on reassignment. */
  followsAccount: boolean;
}

const def = <S extends z.ZodType>(d: CollectionDef<S>) => d;
const byOwner = ['ownerId', 'updatedAt'];

/**
 * The synced collections: at most 12, because open-source RxDB 17 opens at most 13 per process (COL23).
 * The order is the order of the initial sync: configuration first, then parents before children.
 */
export const collectionDefs = {
  settings: def({
    schema: settingsSchema,
    version: 0,
    indexes: ['kind', 'updatedAt'],
    migrations: {},
    followsAccount: false,
  }),
  campaigns: def({
    schema: campaignSchema,
    version: 0,
    indexes: ['updatedAt', 'name'],
    migrations: {},
    followsAccount: false,
  }),
  products: def({
    schema: productSchema,
    version: 0,
    indexes: ['updatedAt', 'name'],
    migrations: {},
    followsAccount: false,
  }),
  leads: def({
    schema: leadSchema,
    version: 2,
    indexes: [
      byOwner,
      ['status', 'updatedAt'],
      ['campaignId', 'updatedAt'],
      'updatedAt',
      'companyKey',
      'capturedAt',
    ],
    migrations: { 1: migrateLeadV0ToV1, 2: migrateLeadV1ToV2 },
    followsAccount: false,
  }),
  accounts: def({
    schema: accountSchema,
    version: 0,
    indexes: [byOwner, 'updatedAt', 'nameKey'],
    migrations: {},
    followsAccount: false,
  }),
  contacts: def({
    schema: contactSchema,
    version: 0,
    indexes: ['accountId', 'updatedAt'],
    migrations: {},
    followsAccount: true,
  }),
  opportunities: def({
    schema: opportunitySchema,
    version: 0,
    indexes: [byOwner, ['status', 'expectedCloseDate'], 'accountId', 'stageId', 'updatedAt'],
    migrations: {},
    followsAccount: true,
  }),
  activities: def({
    schema: activitySchema,
    version: 0,
    indexes: [['subjectId', 'at'], ['accountId', 'at'], 'updatedAt'],
    migrations: {},
    followsAccount: true,
  }),
  samples: def({
    schema: sampleSchema,
    version: 0,
    indexes: ['status', 'accountId', 'opportunityId', 'updatedAt'],
    migrations: {},
    followsAccount: true,
  }),
  attachments: def({
    schema: attachmentSchema,
    version: 0,
    indexes: ['subjectId', 'sha256', 'updatedAt'],
    migrations: {},
    followsAccount: true,
  }),
  documents: def({
    schema: salesDocumentSchema,
    version: 0,
    indexes: [['kind', 'updatedAt'], 'accountId', 'sourceId', 'updatedAt'],
    migrations: {},
    followsAccount: true,
  }),
  notifications: def({
    schema: notificationSchema,
    version: 0,
    indexes: ['ownerId', 'updatedAt'],
    migrations: {},
    followsAccount: false,
  }),
};

export type CollectionName = keyof typeof collectionDefs;
export const collectionNames = Object.keys(collectionDefs) as CollectionName[];
export type DocOf<N extends CollectionName> = z.infer<(typeof collectionDefs)[N]['schema']>;

export function isCollectionName(name: string): name is CollectionName {
  return Object.prototype.hasOwnProperty.call(collectionDefs, name);
}
