import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import type { AttachmentStore } from '../files/attachment-store';
import { cleanFileName, nameForType } from '@shared/files/file-names';
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
  /** process.platform; on Windows the copies carry the mark of the web. */
  platform?: string;
}

/**
 * Zone 3 (Internet), as a browser marks a download: Office opens the copy in Protected View and Windows
 * asks before running anything, since the file came from another device.
 */
const MARK_OF_THE_WEB = '[ZoneTransfer]\r\nZoneId=3\r\n';

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
        out.push({ sha256: res.sha256, size: res.size, mime: res.mime, name: cleanFileName(basename(path)) });
      }
      return out;
    },

    'files:has': ({ sha256 }) => store.has(sha256),

    'files:open': async ({ sha256, name }) => {
      const bytes = await store.read(sha256);
      // The synced name is untrusted and the OS picks what runs by extension: the content decides both.
      const typed = nameForType(name, await store.mimeOf(sha256));
      if (!typed.openable) {
        const target = await shell.saveAs(typed.name);
        if (!target) return { outcome: 'not-saved' as const };
        await fsp.writeFile(target, bytes);
        return { outcome: 'saved' as const };
      }
      const dir = join(deps.openDir, sha256.slice(0, 12));
      await fsp.mkdir(dir, { recursive: true });
      const path = join(dir, typed.name);
      await fsp.writeFile(path, bytes);
      if ((deps.platform ?? process.platform) === 'win32') {
        await fsp.writeFile(`${path}:Zone.Identifier`, MARK_OF_THE_WEB).catch(() => undefined); // not NTFS
      }
      const error = await shell.openPath(path);
      if (error) throw new IpcRefusal('sha256', `the system could not open the file: ${error}`, 'FAILED');
      return { outcome: 'opened' as const };
    },

    'files:saveCopy': async ({ sha256, name }) => {
      const bytes = await store.read(sha256);
      const target = await shell.saveAs(nameForType(name, await store.mimeOf(sha256)).name);
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
