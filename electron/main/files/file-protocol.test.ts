import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createAttachmentStore } from './attachment-store';
import { handleFileRequest, parseFileUrl } from './file-protocol';
import { pdfBytes, pngBytes } from './test-bytes';

const h = 'ab'.repeat(32);

describe('crm-file:// addresses', () => {
  it('accepts a hash and a thumbnail of a hash, nothing else', () => {
    expect(parseFileUrl(`crm-file://${h}`)).toEqual({ kind: 'file', sha256: h });
    expect(parseFileUrl(`crm-file://${h}/`)).toEqual({ kind: 'file', sha256: h });
    expect(parseFileUrl(`crm-file://thumb/${h}`)).toEqual({ kind: 'thumb', sha256: h });
    for (const bad of [
      'crm-file://../../etc/passwd',
      `crm-file://${h}/../../etc/passwd`,
      `crm-file://thumb/../${h}`.replace(h, 'x'),
      'crm-file://thumb/..%2F..%2Fetc%2Fpasswd',
      `crm-file://${h}?path=/etc/passwd`,
      `crm-file://${h.slice(1)}`,
      `file:///etc/passwd`,
      `crm-file:///${h}`,
      'not a url',
    ]) {
      expect(parseFileUrl(bad), bad).toBeNull();
    }
  });
});

describe('crm-file:// handler', () => {
  it('serves known hashes with their sniffed type, refuses unknown hashes and paths', async () => {
    const store = createAttachmentStore({ root: join(mkdtempSync(join(tmpdir(), 'crm-proto-')), 'files') });
    await store.init();
    const png = await pngBytes();
    const { sha256 } = await store.put(png);
    const pdf = await store.put(pdfBytes());

    const ok = await handleFileRequest(store, `crm-file://${sha256}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(png);

    const thumb = await handleFileRequest(store, `crm-file://thumb/${sha256}`);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(256);

    expect((await handleFileRequest(store, `crm-file://thumb/${pdf.sha256}`)).status).toBe(404);
    expect((await handleFileRequest(store, `crm-file://${'0'.repeat(64)}`)).status).toBe(404);
    expect((await handleFileRequest(store, 'crm-file://../../etc/passwd')).status).toBe(400);
  });
});
