import type { FastifyPluginAsync } from 'fastify';
import type { Viewer } from '../../shared/permissions/policy';
import { HttpError } from '../http-error';
import type { Ctx } from '../routes/context';
import { route } from '../routes/route';
import { canAccessBlob, recordUploader } from './blob-access';
import { checkBlobType, MAX_BLOB_BYTES, sha256Hex } from './blob-rules';
import type { BlobStore } from './blob-store';

export interface BlobRoutesOptions {
  ctx: Ctx;
  store: BlobStore;
  maxBytes?: number;
}

/**
 * `PUT /blobs/:sha256` (raw body) and `GET /blobs/:sha256`. Every call is allowed only when an attachment record
 * referencing the hash is visible to the caller, so the uploader's attachment document syncs first; until
 * then the upload is refused with 404 and the client's queue retries with backoff.
 * A blob nobody may see answers 404 like one that does not exist, so hashes do not leak.
 */
export const blobRoutes: FastifyPluginAsync<BlobRoutesOptions> = async (
  app,
  { ctx, store, maxBytes = MAX_BLOB_BYTES },
) => {
  // Scoped to this plugin: every body is taken as raw bytes, whatever content type the client sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
    done(null, body),
  );

  async function authorise(viewer: Viewer, sha256: string) {
    const access = await canAccessBlob(ctx.store.db, viewer, sha256);
    if (!access.ok) throw new HttpError(404, 'NOT_FOUND', 'no visible attachment references this blob');
    return access;
  }

  route(
    app,
    ctx,
    'blobs.put',
    async ({ caller: { viewer }, params: { sha256: sha }, body: bytes }) => {
      await authorise(viewer, sha);
      if (sha256Hex(bytes) !== sha)
        throw new HttpError(400, 'HASH_MISMATCH', 'body: the bytes do not hash to the sha256 in the path');
      const type = await checkBlobType(bytes);
      if (!type.ok) throw new HttpError(415, 'UNSUPPORTED_TYPE', `body: ${type.reason}`);
      if (!(await store.has(sha))) await store.put(sha, bytes);
      // Checked bytes: the uploader holds them, so attachments they create may be read (even if stored before).
      await recordUploader(ctx.store.db, viewer, sha);
    },
    { bodyLimit: maxBytes },
  );

  route(app, ctx, 'blobs.get', async ({ caller: { viewer }, params: { sha256: sha }, reply }) => {
    const access = await authorise(viewer, sha);
    // Not uploaded by the creator of any attachment the caller sees: as if the bytes were not there yet, so
    // a named hash neither opens nor reveals anything (the creator's own upload lifts it).
    if (!access.bound) throw new HttpError(404, 'BLOB_MISSING', 'the bytes have not been uploaded yet');
    const bytes = await store.get(sha);
    if (!bytes) throw new HttpError(404, 'BLOB_MISSING', 'the bytes have not been uploaded yet');
    const type = await checkBlobType(bytes);
    void reply
      .header('content-type', type.ok ? type.mime : (access.mime ?? 'application/octet-stream'))
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'attachment')
      .header('cache-control', 'private, max-age=31536000, immutable');
    return bytes;
  });
};
