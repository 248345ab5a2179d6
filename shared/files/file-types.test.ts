import { describe, expect, it } from 'vitest';
import { isUtf8, sniffMime } from './file-types';

describe('content sniffing', () => {
  it('recognises text as UTF-8 without NULs', async () => {
    expect(await sniffMime(new TextEncoder().encode('名片 Hans Müller, Booth 12.1'))).toBe('text/plain');
    expect(await sniffMime(new Uint8Array([0x68, 0x00, 0x69]))).toBeNull();
    expect(await sniffMime(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(await sniffMime(new Uint8Array())).toBeNull();
  });

  it('knows PDFs by their magic number, whatever the name', async () => {
    expect(await sniffMime(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('application/pdf');
  });

  it('validates UTF-8 sequences, tolerating a cut at the end of a sample only', () => {
    const euro = [0xe2, 0x82, 0xac];
    expect(isUtf8(new Uint8Array(euro))).toBe(true);
    expect(isUtf8(new Uint8Array(euro.slice(0, 2)))).toBe(false);
    expect(isUtf8(new Uint8Array(euro.slice(0, 2)), true)).toBe(true);
    expect(isUtf8(new Uint8Array([0xc0, 0x80]))).toBe(false); // overlong NUL
    expect(isUtf8(new Uint8Array([0xe2, 0x28, 0xa1]))).toBe(false);
  });
});
