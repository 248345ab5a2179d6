import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from './blob-store';

/** Blobs as files under `root/ab/<sha256>` (two-letter fan-out keeps folders small). */
export function folderBlobStore(root: string): BlobStore {
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha);
  return {
    kind: 'folder',
    async has(sha) {
      return stat(pathOf(sha)).then(
        () => true,
        () => false,
      );
    },
    async put(sha, bytes) {
      const path = pathOf(sha);
      await mkdir(join(root, sha.slice(0, 2)), { recursive: true });
      // Write aside, then rename: a crash never leaves a half file under the final name.
      const tmp = `${path}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, path);
    },
    async get(sha) {
      try {
        return new Uint8Array(await readFile(pathOf(sha)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
  };
}
