import { z } from 'zod';
import { sha256Schema } from '../model/attachment';
import { bytes, endpoint, noContent } from './endpoint';

const blobParams = z.object({ sha256: sha256Schema });

/**
 * Attachment bytes, content-addressed (docs/blobs.md). Allowed only when an attachment the caller sees
 * references the hash; otherwise 404 NOT_FOUND, as for a hash nobody knows, so hashes do not leak.
 */
export const blobEndpoints = {
  'blobs.put': endpoint({
    method: 'PUT',
    path: '/blobs/:sha256',
    access: 'session',
    params: blobParams,
    body: bytes,
    response: noContent,
    errors: ['NOT_FOUND', 'HASH_MISMATCH', 'UNSUPPORTED_TYPE'],
  }),
  'blobs.get': endpoint({
    method: 'GET',
    path: '/blobs/:sha256',
    access: 'session',
    params: blobParams,
    response: bytes,
    errors: ['NOT_FOUND', 'BLOB_MISSING'],
  }),
} as const;
