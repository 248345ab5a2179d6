import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { BlobStore } from './blob-store';

export interface S3BlobConfig {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
}

const notFound = (err: unknown) =>
  err instanceof S3ServiceException &&
  (err.$metadata.httpStatusCode === 404 || err.name === 'NoSuchKey' || err.name === 'NotFound');

/** Blobs as objects `blobs/<sha256>` in an S3-compatible bucket (MinIO, Ceph, AWS, OSS in S3 mode). */
export function s3BlobStore(cfg: S3BlobConfig): BlobStore {
  const client = new S3Client({
    endpoint: cfg.endpoint,
    region: cfg.region ?? 'us-east-1',
    credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
    // Self-hosted stores rarely have per-bucket DNS names.
    forcePathStyle: true,
  });
  const key = (sha: string) => `blobs/${sha}`;
  return {
    kind: 's3',
    async has(sha) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: cfg.bucket, Key: key(sha) }));
        return true;
      } catch (err) {
        if (notFound(err)) return false;
        throw err;
      }
    },
    async put(sha, bytes) {
      await client.send(
        new PutObjectCommand({
          Bucket: cfg.bucket,
          Key: key(sha),
          Body: bytes,
          ContentLength: bytes.byteLength,
        }),
      );
    },
    async get(sha) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: cfg.bucket, Key: key(sha) }));
        return res.Body ? await res.Body.transformToByteArray() : undefined;
      } catch (err) {
        if (notFound(err)) return undefined;
        throw err;
      }
    },
  };
}
