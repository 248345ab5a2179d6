/**
 * The blob store end to end: a rep's photo reaches the manager byte for byte; users outside the record's scope,
 * wrong hashes and unaccepted types are refused; the same for the folder and the S3 backend; and the real
 * upload queue resumes an upload that a restart cut off.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUploadQueue, type UploadTransport } from '../../electron/main/files/upload-queue';
import { insertDoc } from '../../renderer/src/db/write';
import { eventually, login, openDevice, startBackend, type Backend, type Device } from './harness';

type BlobBackend = 'folder' | 's3';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A PNG: the signature and an IHDR chunk, then `seed` bytes so every test has its own hash. */
function png(seed: string): Uint8Array {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const ihdr = [
    0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde,
  ];
  return new Uint8Array([...sig, ...ihdr, ...new TextEncoder().encode(seed.padEnd(2000, '#'))]);
}

async function attach(device: Device, bytes: Uint8Array, name: string) {
  return insertDoc(
    device.db,
    'attachments',
    {
      sha256: sha256(bytes),
      name,
      mime: 'image/png',
      size: bytes.byteLength,
      subjectType: 'sample',
      subjectId: 'sample-0001',
      accountId: '',
    } as never,
    device.actor,
  );
}

const put = (url: string, token: string, sha: string, body: Uint8Array, signal?: AbortSignal) =>
  fetch(`${url}/blobs/${sha}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: body as BodyInit,
    signal,
  });
const get = (url: string, token: string, sha: string) =>
  fetch(`${url}/blobs/${sha}`, { headers: { authorization: `Bearer ${token}` } });

describe.each<BlobBackend>(['folder', 's3'])('blob store (%s backend)', (blobBackend) => {
  let backend: Backend;
  let s3: S3rver | undefined;
  let li: Device;
  let managerToken: string;
  let wangToken: string;
  let url: string;
  let s3Dir = '';

  beforeAll(async () => {
    const saved = { ...process.env };
    if (blobBackend === 's3') {
      s3 = new S3rver({
        port: 0,
        address: '127.0.0.1',
        silent: true,
        directory: (s3Dir = mkdtempSync(join(tmpdir(), 'crm-s3rver-'))),
        configureBuckets: [{ name: 'crm-blobs', configs: [] }],
      });
      const { port } = await s3.run();
      Object.assign(process.env, {
        CRM_BLOB_S3_ENDPOINT: `http://127.0.0.1:${port}`,
        CRM_BLOB_S3_BUCKET: 'crm-blobs',
        CRM_BLOB_S3_KEY: 'S3RVER',
        CRM_BLOB_S3_SECRET: 'S3RVER',
      });
    }
    try {
      backend = await startBackend('pglite');
    } finally {
      for (const k of ['CRM_BLOB_S3_ENDPOINT', 'CRM_BLOB_S3_BUCKET', 'CRM_BLOB_S3_KEY', 'CRM_BLOB_S3_SECRET'])
        if (!(k in saved)) delete process.env[k];
    }
    url = backend.server.url;
    li = await openDevice(url, 'li@demo.local', ['attachments']);
    await li.online();
    managerToken = (await (await login(url, 'manager@demo.local')).tokens.get())!.access;
    wangToken = (await (await login(url, 'wang@demo.local')).tokens.get())!.access;
  });
  afterAll(async () => {
    await li?.close();
    await backend?.stop();
    await s3?.close();
  });

  /** The attachment document is on the server (the blob endpoints authorise by it). */
  async function synced(bytes: Uint8Array, name: string) {
    const doc = await attach(li, bytes, name);
    await eventually(async () => {
      const res = await get(url, managerToken, doc.sha256);
      // 404 with BLOB_MISSING: the record is visible, the bytes not there yet.
      expect(((await res.json()) as { code: string }).code).toBe('BLOB_MISSING');
    });
    return doc;
  }

  it("carries a rep's photo to the manager with the same hash", async () => {
    const bytes = png(`box-${blobBackend}`);
    const doc = await synced(bytes, 'box.png');
    const res = await put(url, await li.accessToken(), doc.sha256, bytes);
    expect(res.status).toBe(204);
    const got = await get(url, managerToken, doc.sha256);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    const body = new Uint8Array(await got.arrayBuffer());
    expect(sha256(body)).toBe(doc.sha256);
    expect(body.byteLength).toBe(bytes.byteLength);
    // With S3 configured the bytes really are in the bucket, not in a folder of the server.
    if (blobBackend === 's3')
      expect(readdirSync(s3Dir, { recursive: true }).join('\n')).toContain(doc.sha256);
    // The uploader reads it back too, and uploading it again is a harmless no-op.
    expect((await get(url, await li.accessToken(), doc.sha256)).status).toBe(200);
    expect((await put(url, await li.accessToken(), doc.sha256, bytes)).status).toBe(204);
  });

  it('refuses a user outside the record scope, and callers without a session', async () => {
    const bytes = png(`contents-${blobBackend}`);
    const doc = await synced(bytes, 'contents.png');
    expect((await put(url, wangToken, doc.sha256, bytes)).status).toBe(404);
    expect((await put(url, await li.accessToken(), doc.sha256, bytes)).status).toBe(204);
    const refused = await get(url, wangToken, doc.sha256);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect((await fetch(`${url}/blobs/${doc.sha256}`)).status).toBe(401);
  });

  it('refuses bytes that do not hash to the path, and stores nothing', async () => {
    const bytes = png(`label-${blobBackend}`);
    const doc = await synced(bytes, 'label.png');
    const res = await put(url, await li.accessToken(), doc.sha256, png('something else'));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'HASH_MISMATCH',
      message: expect.stringContaining('body'),
    });
    expect(((await (await get(url, managerToken, doc.sha256)).json()) as { code: string }).code).toBe(
      'BLOB_MISSING',
    );
  });

  it('refuses file types it does not store and malformed hashes', async () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(120).fill(0)]);
    const doc = await synced(elf, 'tool.bin');
    const res = await put(url, await li.accessToken(), doc.sha256, elf);
    expect(res.status).toBe(415);
    expect((await put(url, await li.accessToken(), 'ABC', elf)).status).toBe(400);
  });

  it('the upload queue resumes an upload cut off by a restart', async () => {
    const bytes = png(`resume-${blobBackend}`.padEnd(200_000, '.'));
    const doc = await synced(bytes, 'resume.png');
    const file = join(mkdtempSync(join(tmpdir(), 'crm-upq-')), 'upload-queue.json');
    const readBlob = async () => bytes;

    // First run: the request is on the wire when the app dies (the request is aborted half way).
    const aborter = new AbortController();
    const dying: UploadTransport = async (sha, body, onProgress) => {
      onProgress(0.5);
      const half = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(body.subarray(0, body.byteLength / 2));
          setTimeout(() => aborter.abort(), 50);
        },
      });
      await fetch(`${url}/blobs/${sha}`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${await li.accessToken()}`,
          'content-type': 'application/octet-stream',
        },
        body: half,
        signal: aborter.signal,
        duplex: 'half',
      } as RequestInit);
    };
    const first = createUploadQueue({ file, transport: dying, readBlob });
    await first.start();
    await first.enqueue(doc.sha256);
    await first.runDue();
    first.stop();
    expect(first.pending().map((e) => e.sha256)).toEqual([doc.sha256]);
    expect(((await (await get(url, managerToken, doc.sha256)).json()) as { code: string }).code).toBe(
      'BLOB_MISSING',
    );

    // Second run (after the restart): the persisted entry is found and uploaded in full.
    const real: UploadTransport = async (sha, body, onProgress) => {
      const res = await put(url, await li.accessToken(), sha, body);
      if (!res.ok) throw new Error(`upload refused: ${res.status}`);
      onProgress(1);
    };
    const second = createUploadQueue({ file, transport: real, readBlob });
    const done = new Promise<void>((resolve) => second.onEvent((e) => e.state === 'done' && resolve()));
    await second.start();
    await second.retryNow();
    await done;
    second.stop();
    expect(second.pending()).toEqual([]);
    const got = await get(url, managerToken, doc.sha256);
    expect(got.status).toBe(200);
    expect(sha256(new Uint8Array(await got.arrayBuffer()))).toBe(doc.sha256);
  });
});
