import { createHash } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../types';
import { indexedDbBackend } from './blob-backends';
import { createWebFiles } from './web-files';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
// A 1×1 PNG.
const png = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('web files (IndexedDB fallback)', () => {
  it('stores by SHA-256 (Web Crypto), dedupes, and survives a reload of the page', async () => {
    const factory = new IDBFactory();
    const files = createWebFiles(await indexedDbBackend(factory));
    const stored = await files.put(pdf, 'quote.pdf');
    expect(stored).toEqual({ sha256: sha(pdf), size: pdf.length, mime: 'application/pdf' });
    expect(await files.put(pdf.slice(), 'copy.pdf')).toEqual(stored);
    expect(await files.has(stored.sha256)).toBe(true);

    const reloaded = createWebFiles(await indexedDbBackend(factory));
    expect(await reloaded.has(stored.sha256)).toBe(true);
    const backend = await indexedDbBackend(factory);
    expect(await backend.get(stored.sha256)).toEqual(pdf);
  });

  it('gives object URLs to show files, and a thumbnail only for images', async () => {
    const files = createWebFiles(await indexedDbBackend(new IDBFactory()));
    const img = await files.put(png, 'card.png');
    expect(img.mime).toBe('image/png');
    const url = await files.url(img.sha256);
    expect(url).toMatch(/^blob:/);
    expect(await files.url(img.sha256)).toBe(url);
    expect(await files.thumbUrl(img.sha256)).toBe(url);
    const doc = await files.put(pdf, 'quote.pdf');
    expect(await files.thumbUrl(doc.sha256)).toBeNull();
  });

  it('refuses empty, oversized and disallowed files with the field named, storing nothing', async () => {
    const backend = await indexedDbBackend(new IDBFactory());
    const files = createWebFiles(backend, { maxBytes: 64 });
    await expect(files.put(new Uint8Array(), 'x')).rejects.toMatchObject({ field: 'bytes' });
    await expect(files.put(pdf, 'big.pdf')).rejects.toThrow(/limit/);
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(files.put(elf, 'photo.jpg')).rejects.toBeInstanceOf(PlatformError);
    expect(await backend.has(sha(elf))).toBe(false);
    await expect(files.url('../etc/passwd')).rejects.toMatchObject({ field: 'sha256' });
    await expect(files.url('0'.repeat(64))).rejects.toThrow(/no such file/);
  });
});
