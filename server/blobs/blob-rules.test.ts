import { describe, expect, it } from 'vitest';
import { checkBlobType, sha256Hex } from './blob-rules';

const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0,
]);

describe('blob rules', () => {
  it('accepts photos and text by their bytes, not by what the client claims', async () => {
    expect(await checkBlobType(png)).toEqual({ ok: true, mime: 'image/png' });
    expect(await checkBlobType(new TextEncoder().encode('name,email\nHans,hans@example.de\n'))).toEqual({
      ok: true,
      mime: 'text/plain',
    });
  });

  it('refuses executables and unknown binary data', async () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(64).fill(0)]);
    expect(await checkBlobType(elf)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not accepted'),
    });
    expect(await checkBlobType(new Uint8Array([1, 2, 0, 3, 0xff, 0xfe]))).toMatchObject({ ok: false });
  });

  it('hashes as hex SHA-256', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
