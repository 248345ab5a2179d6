import { HttpClient } from '../../api';

/**
 * Whether the login screen lists the demo accounts (shared/demo/organisation.ts). A server that says so in
 * /health decides; one that does not say (older servers) counts as a demo when it runs on this machine,
 * which is how the one-command demo starts. A remote production server never shows the hint.
 */
export function isDemoServer(health: unknown, serverUrl: string): boolean {
  const flag = health && typeof health === 'object' ? (health as { demo?: unknown }).demo : undefined;
  if (typeof flag === 'boolean') return flag;
  if (!health) return false;
  try {
    const host = new URL(serverUrl).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/** Asks the server's /health; null when it cannot be reached (the screen then offers offline work). */
export async function fetchHealth(serverUrl: string, signal?: AbortSignal): Promise<unknown> {
  const res = await new HttpClient({ baseUrl: serverUrl }).call('health', {}, signal ? { signal } : {});
  return res.ok ? res.value : null;
}
