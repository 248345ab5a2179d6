import { describe, expect, it } from 'vitest';
import { ALLOWED_MIMES } from './file-types';
import { OPENABLE_TYPES, cleanFileName, nameForType } from './file-names';

const PDF = 'application/pdf';
const TEXT = 'text/plain';
const CFB = 'application/x-cfb';
const RLO = '\u202e';

describe('cleanFileName', () => {
  it.each([
    ['报价单 Müller 2026.pdf', '报价单 Müller 2026.pdf'],
    [`${'a'.repeat(200)}.xlsx`, `${'a'.repeat(115)}.xlsx`],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['..', 'file'],
    ['', 'file'],
    ['a<b>:c|d?.txt\u0000', 'a_b__c_d_.txt_'],
    ['.bashrc', 'bashrc'],
    // right-to-left override: "invoice‮fdp.bat" is displayed as "invoicetab.pdf"
    [`invoice${RLO}fdp.bat`, 'invoicefdp.bat'],
    [
      'a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl.pdf',
      'abcdefghijkl.pdf',
    ],
    // Windows drops trailing dots and spaces: "x.pdf.exe." would be written as "x.pdf.exe"
    ['evil.exe.', 'evil.exe'],
    ['evil.exe . . ', 'evil.exe'],
    ['report.pdf   ', 'report.pdf'],
    // NTFS alternate data stream
    ['doc.txt:hidden.exe', 'doc.txt_hidden.exe'],
    // device names, with any extension, any case, trailing spaces
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['Com1.pdf', '_Com1.pdf'],
    ['LPT9', '_LPT9'],
    ['NUL .pdf', '_NUL .pdf'],
    ['aux.tar.gz', '_aux.tar.gz'],
    ['CONTRACT.pdf', 'CONTRACT.pdf'],
    ['com10.pdf', 'com10.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(cleanFileName(input)).toBe(expected);
  });
});

describe('nameForType: the extension follows the sniffed content, and only documents and images open', () => {
  it.each<[string, string | null, string, boolean]>([
    ['报价单.pdf', PDF, '报价单.pdf', true],
    ['photo.JPG', 'image/jpeg', 'photo.JPG', true],
    ['scan', 'image/png', 'scan.png', true],
    ['invoice.pdf.exe', PDF, 'invoice.pdf.exe.pdf', true],
    // text that Windows would run under its own extension is opened as text
    ['run.bat', TEXT, 'run.bat.txt', true],
    ['run.cmd', TEXT, 'run.cmd.txt', true],
    ['app.hta', TEXT, 'app.hta.txt', true],
    ['x.js', TEXT, 'x.js.txt', true],
    ['x.vbs', TEXT, 'x.vbs.txt', true],
    ['site.url', TEXT, 'site.url.txt', true],
    ['x.ps1', TEXT, 'x.ps1.txt', true],
    ['notes.txt', TEXT, 'notes.txt', true],
    ['prices.csv', TEXT, 'prices.csv', true],
    [`invoice${RLO}fdp.bat`, TEXT, 'invoicefdp.bat.txt', true],
    ['run.bat.', TEXT, 'run.bat.txt', true],
    ['CON.bat', TEXT, '_CON.bat.txt', true],
    // a legacy Office file is a container like an .msi: opened only under an Office extension
    ['old.doc', CFB, 'old.doc', true],
    ['Budget.XLS', CFB, 'Budget.XLS', true],
    ['setup.msi', CFB, 'setup.msi.bin', false],
    ['budget', CFB, 'budget.bin', false],
    // content the app does not know is never opened, whatever it is called
    ['report.pdf', null, 'report.pdf.bin', false],
    ['tool.exe', 'application/x-msdownload', 'tool.exe.bin', false],
    ['page.html', 'text/html', 'page.html.bin', false],
  ])('%j as %s → %j (open: %s)', (name, mime, expected, openable) => {
    expect(nameForType(name, mime)).toEqual({ name: expected, openable });
  });

  it('keeps long names within the limit and the forced extension at the end', () => {
    const { name } = nameForType(`${'x'.repeat(200)}.bat`, TEXT);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.txt')).toBe(true);
  });

  it('has a decision for every type a device may attach, each with a harmless extension', () => {
    const runnable = /^(exe|com|bat|cmd|js|jse|vbs|vbe|wsf|wsh|hta|url|lnk|scr|msi|ps1|reg|cpl|jar|html?)$/;
    for (const mime of ALLOWED_MIMES) {
      const rule = OPENABLE_TYPES[mime];
      expect(rule, mime).toBeDefined();
      for (const ext of rule!.exts) expect(ext).not.toMatch(runnable);
    }
  });
});
