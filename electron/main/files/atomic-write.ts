import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';

export interface AtomicWriteFs {
  rename: (from: string, to: string) => Promise<void>;
}

/**
 * Crash-safe write: bytes go to a temp file in `tmpDir` (same volume), are fsynced, then renamed over the
 * target. A crash before the rename leaves only a temp file, never a partial target; a failure here removes
 * the temp file too.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  tmpDir: string,
  fs: AtomicWriteFs = { rename: fsp.rename },
): Promise<void> {
  await fsp.mkdir(tmpDir, { recursive: true });
  await fsp.mkdir(dirname(target), { recursive: true });
  const tmp = join(tmpDir, `${randomBytes(8).toString('hex')}.tmp`);
  try {
    const fh = await fsp.open(tmp, 'wx');
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, target);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dirname(target));
}

/** Makes the rename itself durable; not every platform lets a directory be fsynced (Windows), so best effort. */
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await fsp.open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // ignore: durability of the directory entry is an optimisation, the file itself is already synced
  }
}
