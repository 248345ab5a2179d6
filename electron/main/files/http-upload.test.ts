import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredSession } from '@shared/ipc/contract';
import { createHttpUploadTransport } from './http-upload';
import { PermanentUploadError } from './upload-queue';

const user = { id: 'u-li-000001', name: 'Li', email: 'li@demo.local', role: 'rep', departmentId: 'dept-1' };
let server: Server | null = null;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A loopback stand-in for the blob endpoint: checks the token and the hash like the real server. */
async function blobServer(status?: number) {
  const received: Array<{ path: string; auth: string | undefined; bytes: Buffer }> = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      received.push({ path: req.url ?? '', auth: req.headers.authorization, bytes });
      if (status) return void res.writeHead(status).end('{"code":"X"}');
      if (req.headers.authorization !== 'Bearer good') return void res.writeHead(401).end();
      const ok = req.url === `/blobs/${createHash('sha256').update(bytes).digest('hex')}`;
      res.writeHead(ok ? 204 : 400).end();
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, received };
}

const bytes = new TextEncoder().encode('%PDF-1.4 quote');
const sha = createHash('sha256').update(bytes).digest('hex');

describe('HTTP blob upload', () => {
  it('PUTs the bytes with the current access token to the session’s server', async () => {
    const { url, received } = await blobServer();
    const session: StoredSession = { accessToken: 'good', refreshToken: 'r', user, serverUrl: url };
    const progress: number[] = [];
    await createHttpUploadTransport({ session: async () => session })(
      sha,
      bytes,
      (p) => void progress.push(p),
    );
    expect(received).toEqual([{ path: `/blobs/${sha}`, auth: 'Bearer good', bytes: Buffer.from(bytes) }]);
    expect(progress).toEqual([0, 1]);
  });

  it('an expired token or a not-yet-synced record is retried; a refused upload is given up', async () => {
    const { url } = await blobServer();
    const stale = createHttpUploadTransport({
      session: async () => ({ accessToken: 'old', refreshToken: 'r', user }),
      fallbackServerUrl: url,
    });
    await expect(stale(sha, bytes, () => {})).rejects.toThrow(/401/);
    await expect(stale(sha, bytes, () => {})).rejects.not.toBeInstanceOf(PermanentUploadError);

    const good = createHttpUploadTransport({
      session: async () => ({ accessToken: 'good', refreshToken: 'r', user }),
      fallbackServerUrl: url,
    });
    await expect(good('0'.repeat(64), bytes, () => {})).rejects.toBeInstanceOf(PermanentUploadError);
  });

  it('waits while signed out', async () => {
    await expect(
      createHttpUploadTransport({ session: async () => null })(sha, bytes, () => {}),
    ).rejects.toThrow(/not signed in/);
  });
});
