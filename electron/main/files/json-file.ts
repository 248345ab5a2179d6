import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/**
 * A small JSON state file (queue, schedule, window state): written crash-safe, read back validated; a missing
 * or damaged file gives the fallback instead of stopping the app.
 */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch {
    return fallback;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, Buffer.from(JSON.stringify(value)), join(dirname(path), '.tmp-json'));
}
