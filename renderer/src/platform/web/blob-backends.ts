/** Where a browser keeps attachment bytes, by SHA-256. */
export interface BlobBackend {
  kind: 'opfs' | 'indexeddb';
  has(sha256: string): Promise<boolean>;
  get(sha256: string): Promise<Uint8Array | null>;
  put(sha256: string, bytes: Uint8Array): Promise<void>;
}

/**
 * Origin Private File System: real files, fast for large photos. createWritable() writes to a swap file and
 * replaces the target atomically on close, so a crash never leaves a partial file under a hash.
 */
export async function opfsBackend(): Promise<BlobBackend | null> {
  try {
    const root = await navigator.storage.getDirectory();
    const dir = await root.getDirectoryHandle('crm-files', { create: true });
    const probe = await dir.getFileHandle('.probe', { create: true });
    if (typeof probe.createWritable !== 'function') return null; // e.g. Safari: main-thread writes unsupported
    const fileOf = async (sha: string) => {
      try {
        return await dir.getFileHandle(sha);
      } catch {
        return null;
      }
    };
    return {
      kind: 'opfs',
      has: async (sha) => (await fileOf(sha)) !== null,
      get: async (sha) => {
        const handle = await fileOf(sha);
        return handle ? new Uint8Array(await (await handle.getFile()).arrayBuffer()) : null;
      },
      put: async (sha, bytes) => {
        const handle = await dir.getFileHandle(sha, { create: true });
        const writable = await handle.createWritable();
        await writable.write(bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
      },
    };
  } catch {
    return null;
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** IndexedDB: the fallback where OPFS is missing. One object store of ArrayBuffers keyed by hash. */
export async function indexedDbBackend(
  factory: IDBFactory = indexedDB,
  name = 'crm-files',
): Promise<BlobBackend> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('blobs');
  const db = await request(open);
  const store = (mode: IDBTransactionMode) => db.transaction('blobs', mode).objectStore('blobs');
  return {
    kind: 'indexeddb',
    has: async (sha) => (await request(store('readonly').count(sha))) > 0,
    get: async (sha) => {
      const buf = (await request(store('readonly').get(sha))) as ArrayBuffer | undefined;
      return buf ? new Uint8Array(buf) : null;
    },
    put: async (sha, bytes) => {
      const tx = db.transaction('blobs', 'readwrite');
      tx.objectStore('blobs').put(bytes.slice().buffer, sha);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      });
    },
  };
}
