import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BlobStore } from './blob-store';
import { folderBlobStore } from './folder-store';
import { s3BlobStore } from './s3-store';

/**
 * The blob backend from the environment:
 *   CRM_BLOB_S3_ENDPOINT, CRM_BLOB_S3_BUCKET, CRM_BLOB_S3_KEY, CRM_BLOB_S3_SECRET (all four, optional CRM_BLOB_S3_REGION)
 *       → S3-compatible object storage;
 *   otherwise a folder: CRM_BLOB_DIR, else `<data dir>/blobs` (a temp folder for an in-memory database).
 */
const S3_VARS = [
  'CRM_BLOB_S3_ENDPOINT',
  'CRM_BLOB_S3_BUCKET',
  'CRM_BLOB_S3_KEY',
  'CRM_BLOB_S3_SECRET',
] as const;

export function blobStoreFromEnv(env: NodeJS.ProcessEnv, dataDir: string): BlobStore {
  const {
    CRM_BLOB_S3_ENDPOINT: endpoint,
    CRM_BLOB_S3_BUCKET: bucket,
    CRM_BLOB_S3_KEY: accessKeyId,
    CRM_BLOB_S3_SECRET: secretAccessKey,
  } = env;
  if (endpoint && bucket && accessKeyId && secretAccessKey) {
    return s3BlobStore({
      endpoint,
      bucket,
      accessKeyId,
      secretAccessKey,
      region: env.CRM_BLOB_S3_REGION || undefined,
    });
  }
  const missing = S3_VARS.filter((k) => !env[k]);
  if (missing.length < S3_VARS.length)
    throw new Error(`${missing.join(', ')}: required when S3 blob storage is configured`);
  if (env.CRM_BLOB_DIR) return folderBlobStore(env.CRM_BLOB_DIR);
  if (!dataDir || dataDir.startsWith('memory://'))
    return folderBlobStore(mkdtempSync(join(tmpdir(), 'crm-blobs-')));
  return folderBlobStore(join(dataDir, 'blobs'));
}
