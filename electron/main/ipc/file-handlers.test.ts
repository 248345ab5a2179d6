import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttachmentStore } from '../files/attachment-store';
import { pdfBytes, pngBytes } from '../files/test-bytes';
import { createFileHandlers, type FileShell } from './file-handlers';

async function setup(shell: Partial<FileShell> = {}, maxBytes?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'crm-fh-'));
  const store = createAttachmentStore({ root: join(dir, 'files'), maxBytes });
  await store.init();
  const opened: string[] = [];
  const queued: string[] = [];
  const handlers = createFileHandlers({
    store,
    openDir: join(dir, 'open'),
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
    await handlers['files:open']({ sha256, name: '../../报价单.pdf' });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.endsWith('报价单.pdf')).toBe(true);
    expect(readFileSync(opened[0]!)).toEqual(pdfBytes());
  });

  it('saveCopy writes where the user chose, and reports a cancel', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'crm-save-')), 'copy.pdf');
    let answer: string | null = null;
    const { handlers } = await setup({ saveAs: async () => answer });
    const { sha256 } = await handlers['files:put']({ bytes: pdfBytes(), name: 'q.pdf' });
    expect(await handlers['files:saveCopy']({ sha256, name: 'q.pdf' })).toEqual({ saved: false });
    answer = target;
    expect(await handlers['files:saveCopy']({ sha256, name: 'q.pdf' })).toEqual({ saved: true });
    expect(readFileSync(target)).toEqual(pdfBytes());
    expect(dirname(target)).not.toContain('files');
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
