import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-name';

describe('safeFileName', () => {
  it('keeps a normal name, including CJK, and its extension', () => {
    expect(safeFileName('报价单 Müller 2026.pdf')).toBe('报价单 Müller 2026.pdf');
    expect(safeFileName(`${'a'.repeat(200)}.xlsx`)).toBe(`${'a'.repeat(115)}.xlsx`);
  });

  it('drops directories, leading dots and reserved characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('a<b>:c|d?.txt\u0000')).toBe('a_b__c_d_.txt_');
    expect(safeFileName('.bashrc')).toBe('bashrc');
  });
});
