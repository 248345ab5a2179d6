import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'crm.currentShow';
const listeners = new Set<() => void>();

function read(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Sets the sticky "current show" that every new card is tagged with ('' = none); kept across restarts. */
export function setCurrentCampaign(id: string): void {
  try {
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: keep it for this session through the listeners only
  }
  for (const l of listeners) l();
}

export function useCurrentCampaign(): [string, (id: string) => void] {
  const value = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
    read,
  );
  return [value, useCallback((id: string) => setCurrentCampaign(id), [])];
}
