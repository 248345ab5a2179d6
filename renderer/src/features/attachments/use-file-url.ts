import { useEffect, useState } from 'react';
import { getPlatform } from '../../platform';

/** How often a tile asks again for bytes the uploader's device has not sent yet. */
const MISSING_RETRY_MS = 3_000;

export type FileView = { state: 'loading' } | { state: 'ready'; thumb: string | null } | { state: 'missing' };

/**
 * A thumbnail address for a stored file. When the bytes are not on this device yet (an attachment synced from
 * someone else), `ensureLocal` fetches them first (the blob transfer); until then the view is 'missing'.
 */
export function useFileView(sha256: string, ensureLocal?: (sha256: string) => Promise<unknown>): FileView {
  const [view, setView] = useState<FileView>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const files = getPlatform().files;
    const missing = () => {
      if (!live) return;
      setView({ state: 'missing' });
      if (ensureLocal) timer = setTimeout(() => void load(), MISSING_RETRY_MS);
    };
    async function load() {
      try {
        if (!(await files.has(sha256)) && ensureLocal) await ensureLocal(sha256);
        if (!(await files.has(sha256))) return missing();
        const thumb = await files.thumbUrl(sha256);
        if (live) setView({ state: 'ready', thumb });
      } catch {
        missing(); // offline or refused: try again shortly
      }
    }
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sha256, ensureLocal]);
  return view;
}
