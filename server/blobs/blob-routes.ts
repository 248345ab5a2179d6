import type { FastifyPluginAsync } from 'fastify';
import { HttpError } from '../http-error';
import { callerOf, type Ctx } from '../routes/context';
import { canAccessBlob, recordUploader } from './blob-access';
import { checkBlobType, MAX_BLOB_BYTES, sha256Hex } from './blob-rules';
import type { BlobStore } from './blob-store';

export interface BlobRoutesOptions {
  ctx: Ctx;
  store: BlobStore;
  maxBytes?: number;
}

const SHA = /^[a-f0-9]{64}$/;

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

  async function authorise(req: Parameters<typeof callerOf>[1]) {
    const { sha256 } = req.params as { sha256: string };
    if (!SHA.test(sha256))
      throw new HttpError(400, 'BAD_REQUEST', 'sha256: must be a lowercase SHA-256 hex digest');
    const caller = await callerOf(ctx, req);
    const access = await canAccessBlob(ctx.store.db, caller.viewer, sha256);
    if (!access.ok) throw new HttpError(404, 'NOT_FOUND', 'no visible attachment references this blob');
    return { sha: sha256, access, viewer: caller.viewer };
  }

  app.put('/blobs/:sha256', { bodyLimit: maxBytes }, async (req, reply) => {
    const { sha, viewer } = await authorise(req);
    const body = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw new HttpError(400, 'BAD_REQUEST', 'body: the file bytes are required');
    const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (sha256Hex(bytes) !== sha)
      throw new HttpError(400, 'HASH_MISMATCH', 'body: the bytes do not hash to the sha256 in the path');
    const type = await checkBlobType(bytes);
    if (!type.ok) throw new HttpError(415, 'UNSUPPORTED_TYPE', `body: ${type.reason}`);
    if (!(await store.has(sha))) await store.put(sha, bytes);
    // Checked bytes: the uploader holds them, so attachments they create may be read (even if stored before).
    await recordUploader(ctx.store.db, viewer, sha);
    return reply.status(204).send();
  });

  app.get('/blobs/:sha256', async (req, reply) => {
    const { sha, access } = await authorise(req);
    // Not uploaded by the creator of any attachment the caller sees: as if the bytes were not there yet, so
    // a named hash neither opens nor reveals anything (the creator's own upload lifts it).
    if (!access.bound) throw new HttpError(404, 'BLOB_MISSING', 'the bytes have not been uploaded yet');
    const mime = access.mime;
    const bytes = await store.get(sha);
    if (!bytes) throw new HttpError(404, 'BLOB_MISSING', 'the bytes have not been uploaded yet');
    const type = await checkBlobType(bytes);
    return reply
      .header('content-type', type.ok ? type.mime : (mime ?? 'application/octet-stream'))
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'attachment')
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
};
