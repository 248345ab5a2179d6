import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import type { AttachmentStore } from '../files/attachment-store';
import { safeFileName } from '../files/safe-name';
import { IpcRefusal } from './errors';
import type { Handlers } from './register';

/** The OS dialogs and shell, injected (Electron's dialog/shell in the app, fakes in tests). */
export interface FileShell {
  pickFiles(opts: { multiple: boolean; imagesOnly: boolean }): Promise<string[]>;
  /** Asks where to save; null when the user cancels. */
  saveAs(defaultName: string): Promise<string | null>;
  /** Opens a file with its default app; resolves to an error message or ''. */
  openPath(path: string): Promise<string>;
}

export interface FileDeps {
  store: AttachmentStore;
  shell: FileShell;
  /** Where files are copied under their real name before the OS opens them. */
  openDir: string;
  /** Called for every newly stored file (the upload queue). */
  onStored?: (sha256: string) => void;
}

type FileChannels =
  'files:put' | 'files:pick' | 'files:has' | 'files:open' | 'files:saveCopy' | 'files:thumbnail';

export function createFileHandlers(deps: FileDeps): Pick<Handlers, FileChannels> {
  const { store, shell } = deps;
  const stored = (sha256: string, deduplicated: boolean) => {
    if (!deduplicated) deps.onStored?.(sha256);
  };

  return {
    'files:put': async ({ bytes }) => {
      const res = await store.put(bytes);
      stored(res.sha256, res.deduplicated);
      return res;
    },

    'files:pick': async (req) => {
      const paths = await shell.pickFiles({
        multiple: req?.multiple ?? false,
        imagesOnly: req?.imagesOnly ?? false,
      });
      const out = [];
      for (const path of paths) {
        const { size } = await fsp.stat(path);
        if (size > store.maxBytes) {
          throw new IpcRefusal(
            'files',
            `${basename(path)} is larger than the ${Math.round(store.maxBytes / 1048576)} MB limit`,
          );
        }
        const res = await store.put(await fsp.readFile(path)).catch((err: unknown) => {
          throw new IpcRefusal(
            'files',
            `${basename(path)}: ${err instanceof Error ? err.message : String(err)}`,
          );
        });
        stored(res.sha256, res.deduplicated);
        out.push({ sha256: res.sha256, size: res.size, mime: res.mime, name: safeFileName(basename(path)) });
      }
      return out;
    },

    'files:has': ({ sha256 }) => store.has(sha256),

    'files:open': async ({ sha256, name }) => {
      const bytes = await store.read(sha256);
      // The OS picks the app by extension, so the copy carries the attachment's name.
      const dir = join(deps.openDir, sha256.slice(0, 12));
      await fsp.mkdir(dir, { recursive: true });
      const path = join(dir, safeFileName(name));
      await fsp.writeFile(path, bytes);
      const error = await shell.openPath(path);
      if (error) throw new IpcRefusal('sha256', `the system could not open the file: ${error}`, 'FAILED');
      return { ok: true as const };
    },

    'files:saveCopy': async ({ sha256, name }) => {
      const bytes = await store.read(sha256);
      const target = await shell.saveAs(safeFileName(name));
      if (!target) return { saved: false };
      await fsp.writeFile(target, bytes);
      return { saved: true };
    },

    'files:thumbnail': async ({ sha256 }) => {
      if (!(await store.has(sha256))) throw new IpcRefusal('sha256', 'no such file in the store');
      return { available: (await store.thumbnail(sha256)) !== null };
    },
  };
}
