import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttachmentStore } from '../files/attachment-store';
import { cfbBytes, pdfBytes, pngBytes } from '../files/test-bytes';
import { createFileHandlers, type FileShell } from './file-handlers';

async function setup(shell: Partial<FileShell> = {}, maxBytes?: number, platform = 'linux') {
  const dir = mkdtempSync(join(tmpdir(), 'crm-fh-'));
  const store = createAttachmentStore({ root: join(dir, 'files'), maxBytes });
  await store.init();
  const opened: string[] = [];
  const queued: string[] = [];
  const handlers = createFileHandlers({
    store,
    openDir: join(dir, 'open'),
    platform,
    onStored: (sha) => void queued.push(sha),
    shell: {
      pickFiles: async () => [],
      saveAs: async () => null,
      openPath: async (p) => {
        opened.push(p);
        return '';
      },
      ...shell,
    },
  });
  return { dir, store, handlers, opened, queued };
}

describe('file handlers', () => {
  it('pick stores the chosen files and answers hashes and names, never paths', async () => {
    const src = mkdtempSync(join(tmpdir(), 'crm-pick-'));
    const photo = join(src, 'sample box.png');
    writeFileSync(photo, await pngBytes(32, 32));
    const { handlers, store, queued } = await setup({ pickFiles: async () => [photo] });
    const [picked] = await handlers['files:pick']({ multiple: true });
    expect(picked).toMatchObject({ name: 'sample box.png', mime: 'image/png' });
    expect(JSON.stringify(picked)).not.toContain(src);
    expect(await store.has(picked!.sha256)).toBe(true);
    expect(queued).toEqual([picked!.sha256]);
  });

  it('pick refuses a file over the limit, naming it', async () => {
    const src = mkdtempSync(join(tmpdir(), 'crm-pick-'));
    const big = join(src, 'audit.pdf');
    writeFileSync(big, Buffer.concat([pdfBytes(), Buffer.alloc(4096, 0x20)]));
    const { handlers } = await setup({ pickFiles: async () => [big] }, 1024);
    await expect(handlers['files:pick'](undefined)).rejects.toMatchObject({
      field: 'files',
      message: expect.stringContaining('audit.pdf'),
    });
  });

  it('open copies the file under its (sanitised) name and asks the OS to open it', async () => {
    const { handlers, opened } = await setup();
    const { sha256 } = await handlers['files:put']({ bytes: pdfBytes(), name: 'x' });
    expect(await handlers['files:open']({ sha256, name: '../../报价单.pdf' })).toEqual({ outcome: 'opened' });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.endsWith('报价单.pdf')).toBe(true);
    expect(readFileSync(opened[0]!)).toEqual(pdfBytes());
  });

  it('open never hands the OS a runnable name: the extension follows the content, bidi tricks are gone', async () => {
    const { handlers, opened } = await setup();
    const text = await handlers['files:put']({ bytes: Buffer.from('@echo off\r\ndel /q *\r\n'), name: 'x' });
    await handlers['files:open']({ sha256: text.sha256, name: 'run.bat' });
    await handlers['files:open']({ sha256: text.sha256, name: 'invoice\u202efdp.cmd.' });
    const pdf = await handlers['files:put']({ bytes: pdfBytes(), name: 'x' });
    await handlers['files:open']({ sha256: pdf.sha256, name: 'CON.hta' });
    expect(opened.map((p) => p.split(/[\\/]/).pop())).toEqual([
      'run.bat.txt',
      'invoicefdp.cmd.txt',
      '_CON.hta.pdf',
    ]);
  });

  it('open does not open content it cannot vouch for: it asks where to save it instead', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'crm-save-')), 'setup.msi.bin');
    const asked: string[] = [];
    let answer: string | null = null;
    const { handlers, opened } = await setup({
      saveAs: async (name) => {
        asked.push(name);
        return answer;
      },
    });
    // An .msi installer and a legacy .doc are the same container type: only the Office name opens.
    const { sha256 } = await handlers['files:put']({ bytes: cfbBytes(), name: 'x' });
    expect(await handlers['files:open']({ sha256, name: 'setup.msi' })).toEqual({ outcome: 'not-saved' });
    answer = target;
    expect(await handlers['files:open']({ sha256, name: 'setup.msi' })).toEqual({ outcome: 'saved' });
    expect(asked).toEqual(['setup.msi.bin', 'setup.msi.bin']);
    expect(readFileSync(target)).toEqual(cfbBytes());
    expect(opened).toEqual([]);
    expect(await handlers['files:open']({ sha256, name: 'old.doc' })).toEqual({ outcome: 'opened' });
    expect(opened).toHaveLength(1);
  });

  it('on Windows the copy carries the mark of the web, so Office opens it in Protected View', async () => {
    const { handlers, opened } = await setup({}, undefined, 'win32');
    const { sha256 } = await handlers['files:put']({ bytes: pdfBytes(), name: 'x' });
    await handlers['files:open']({ sha256, name: 'a.pdf' });
    // On Linux the alternate stream is an ordinary file next to the copy; on NTFS it is the stream.
    const zone = `${opened[0]!}:Zone.Identifier`;
    expect(existsSync(zone)).toBe(true);
    expect(readFileSync(zone, 'utf8')).toContain('ZoneId=3');
  });

  it('saveCopy writes where the user chose, and reports a cancel', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'crm-save-')), 'copy.pdf');
    let answer: string | null = null;
    const suggested: string[] = [];
    const { handlers } = await setup({
      saveAs: async (name) => {
        suggested.push(name);
        return answer;
      },
    });
    const { sha256 } = await handlers['files:put']({ bytes: pdfBytes(), name: 'q.pdf' });
    expect(await handlers['files:saveCopy']({ sha256, name: 'q.pdf' })).toEqual({ saved: false });
    answer = target;
    expect(await handlers['files:saveCopy']({ sha256, name: 'q.pdf' })).toEqual({ saved: true });
    expect(readFileSync(target)).toEqual(pdfBytes());
    expect(dirname(target)).not.toContain('files');
    await handlers['files:saveCopy']({ sha256, name: 'q.pdf\u202e.exe' });
    expect(suggested.at(-1)).toBe('q.pdf.exe.pdf');
  });

  it('thumbnail says whether a preview exists; unknown hashes are refused', async () => {
    const { handlers } = await setup();
    const img = await handlers['files:put']({ bytes: await pngBytes(), name: 'a.png' });
    const doc = await handlers['files:put']({ bytes: pdfBytes(), name: 'b.pdf' });
    expect(await handlers['files:thumbnail']({ sha256: img.sha256 })).toEqual({ available: true });
    expect(await handlers['files:thumbnail']({ sha256: doc.sha256 })).toEqual({ available: false });
    await expect(handlers['files:thumbnail']({ sha256: 'e'.repeat(64) })).rejects.toMatchObject({
      field: 'sha256',
    });
  });
});
