import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fsp, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { IpcRefusal } from '../ipc/errors';
import { assertSha256, createAttachmentStore } from './attachment-store';
import { elfBytes, pdfBytes, pngBytes } from './test-bytes';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
let root: string;
beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'crm-files-')), 'files');
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('attachment store', () => {
  it('stores by SHA-256 under <root>/ab/abcdef… and reads the same bytes back', async () => {
    const store = createAttachmentStore({ root });
    await store.init();
    const png = await pngBytes();
    const res = await store.put(png);
    expect(res).toEqual({ sha256: sha(png), size: png.length, mime: 'image/png', deduplicated: false });
    const onDisk = join(root, res.sha256.slice(0, 2), res.sha256);
    expect(await fsp.readFile(onDisk)).toEqual(png);
    expect(await store.read(res.sha256)).toEqual(png);
    expect(await store.has(res.sha256)).toBe(true);
  });

  it('deduplicates: the same content twice is one file', async () => {
    const store = createAttachmentStore({ root });
    await store.init();
    const pdf = pdfBytes();
    const a = await store.put(pdf);
    const b = await store.put(new Uint8Array(pdf));
    expect(b).toEqual({ ...a, deduplicated: true });
    expect((await filesUnder(root)).filter((f) => !f.includes('thumbs'))).toHaveLength(1);
  });

  it('a crash between write and rename leaves no partial or visible file', async () => {
    const crashing = createAttachmentStore({
      root,
      fs: {
        rename: async () => {
          throw new Error('simulated crash before rename');
        },
      },
    });
    await crashing.init();
    const png = await pngBytes();
    await expect(crashing.put(png)).rejects.toThrow('simulated crash');
    expect(await crashing.has(sha(png))).toBe(false);
    expect(await filesUnder(root)).toEqual([]);

    // A real crash kills the process before cleanup: a temp file stays, and the next start sweeps it.
    await fsp.writeFile(join(root, '.tmp', 'leftover.tmp'), png.subarray(0, 10));
    const reopened = createAttachmentStore({ root });
    await reopened.init();
    expect(await filesUnder(root)).toEqual([]);
    expect(await reopened.has(sha(png))).toBe(false);
    expect((await reopened.put(png)).deduplicated).toBe(false);
  });

  it('refuses files over the size limit and empty files, naming the field and storing nothing', async () => {
    const store = createAttachmentStore({ root, maxBytes: 1024 });
    await store.init();
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(2048, 0x20)]);
    await expect(store.put(big)).rejects.toMatchObject({
      field: 'bytes',
      message: expect.stringMatching(/limit/),
    });
    await expect(store.put(new Uint8Array())).rejects.toBeInstanceOf(IpcRefusal);
    expect(await filesUnder(root)).toEqual([]);
  });

  it('sniffs the type from the content, not the name, and refuses types outside the allow-list', async () => {
    const store = createAttachmentStore({ root });
    await store.init();
    expect((await store.put(pdfBytes())).mime).toBe('application/pdf');
    expect((await store.put(Buffer.from('Booth 12.1 D05\n客户: 汉斯\n'))).mime).toBe('text/plain');
    await expect(store.put(elfBytes())).rejects.toMatchObject({ field: 'bytes' });
    await expect(store.put(Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]))).rejects.toThrow(/cannot be attached/);
    expect(await store.has(sha(elfBytes()))).toBe(false);
  });

  it('makes a 256 px WebP thumbnail of an image', async () => {
    const store = createAttachmentStore({ root });
    await store.init();
    const res = await store.put(await pngBytes(1200, 600));
    const thumb = await store.thumbnail(res.sha256);
    expect(thumb).not.toBeNull();
    const meta = await sharp(thumb!).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width).toBe(256);
    expect(meta.height).toBe(128);
    const pdf = await store.put(pdfBytes());
    expect(await store.thumbnail(pdf.sha256)).toBeNull();
  });

  it('refuses anything that is not a hash, so a "hash" can never become a path', async () => {
    const store = createAttachmentStore({ root });
    await store.init();
    for (const bad of ['../../etc/passwd', 'ab/../../x', 'A'.repeat(64), `${'a'.repeat(63)}/`, '']) {
      expect(() => assertSha256(bad)).toThrow(IpcRefusal);
      await expect(store.read(bad)).rejects.toThrow(/SHA-256/);
    }
    await expect(store.read('f'.repeat(64))).rejects.toThrow(/no such file/);
    expect(readdirSync(root)).toEqual(['.tmp']);
  });
});
