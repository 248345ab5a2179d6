/** Where blob bytes live, keyed by their SHA-256 hex digest. Two backends: a folder and S3-compatible storage. */
export interface BlobStore {
  readonly kind: 'folder' | 's3';
  has(sha256: string): Promise<boolean>;
  /** Stores the bytes; the caller has already checked that they hash to `sha256`. Storing twice is a no-op. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or undefined when nobody has uploaded them yet. */
  get(sha256: string): Promise<Uint8Array | undefined>;
}
