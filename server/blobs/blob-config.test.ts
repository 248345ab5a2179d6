import { describe, expect, it } from 'vitest';
import { blobStoreFromEnv } from './blob-config';

describe('blob store configuration', () => {
  it('uses a folder by default and S3 when all four variables are set', () => {
    expect(blobStoreFromEnv({}, 'memory://').kind).toBe('folder');
    expect(blobStoreFromEnv({ CRM_BLOB_DIR: '/tmp/crm-blob-test' }, '.data').kind).toBe('folder');
    const s3 = {
      CRM_BLOB_S3_ENDPOINT: 'http://127.0.0.1:9000',
      CRM_BLOB_S3_BUCKET: 'b',
      CRM_BLOB_S3_KEY: 'k',
      CRM_BLOB_S3_SECRET: 's',
    };
    expect(blobStoreFromEnv(s3, '.data').kind).toBe('s3');
  });

  it('names the missing variables of a half-made S3 configuration', () => {
    expect(() =>
      blobStoreFromEnv({ CRM_BLOB_S3_ENDPOINT: 'http://127.0.0.1:9000', CRM_BLOB_S3_KEY: 'k' }, '.data'),
    ).toThrow('CRM_BLOB_S3_BUCKET, CRM_BLOB_S3_SECRET: required');
  });
});
