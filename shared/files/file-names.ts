/**
 * Names for attachment copies the desktop writes to disk. The name came from another device (synced), so it
 * is untrusted: on Windows the extension decides what runs on a double click or `shell.openPath`, a
 * right-to-left override makes `invoice‮fdp.bat` read as `invoice‮tab.pdf`, and trailing dots or a reserved
 * device name (`CON`, `NUL`…) make Windows write or open something other than what was shown.
 */

/** Bidi controls and marks (LRE…RLO, LRI…PDI, LRM/RLM, ALM): they reorder how a name is displayed. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const RESERVED_CHARS = /[\u0000-\u001f\u007f<>:"|?*]/g;
/** Windows device names, reserved with any extension (`con.txt`) and with trailing spaces (`NUL .pdf`). */
const DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const MAX_NAME_LENGTH = 120;
const MAX_EXT_LENGTH = 10;

function splitExt(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot - 1 > MAX_EXT_LENGTH || dot === name.length - 1) {
    return { stem: name, ext: '' };
  }
  return { stem: name.slice(0, dot), ext: name.slice(dot + 1) };
}

function capLength(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) return name;
  const { stem, ext } = splitExt(name);
  const tail = ext ? `.${ext}` : '';
  return stem.slice(0, MAX_NAME_LENGTH - tail.length).replace(/[.\s]+$/, '') + tail;
}

/**
 * A name safe to create in a folder of ours: the last path segment only, no bidi controls, no control or
 * reserved characters, no leading or trailing dots and spaces, no Windows device name, not empty, at most
 * 120 characters (extension kept). It does NOT make the extension safe: see `nameForType`.
 */
export function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let clean = base
    .replace(BIDI, '')
    .replace(RESERVED_CHARS, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const firstSegment = clean.split('.')[0]!.replace(/\s+$/, '');
  if (DEVICE_NAME.test(firstSegment)) clean = `_${clean}`;
  if (!clean) clean = 'file';
  return capLength(clean);
}

interface OpenRule {
  /** Extensions the system may open this type under; the first is the one given when the name has none. */
  exts: readonly string[];
  /** Only when the name already carries one of `exts` (a container type that cannot name its own extension). */
  onlyWhenNamed?: boolean;
}

/**
 * The types the desktop hands to the system's default app: documents and images only, decided by the sniffed
 * content. Plain text opens as `.txt`/`.csv` only, since `.bat`, `.cmd`, `.js`, `.vbs`, `.hta`, `.url` and
 * `.ps1` are text too. A legacy Office file is a Compound File container, like an `.msi` installer: it opens
 * only when already named `.doc`/`.xls`/`.ppt` (Office refuses a non-Office container), otherwise it is saved.
 */
export const OPENABLE_TYPES: Readonly<Record<string, OpenRule>> = {
  'image/jpeg': { exts: ['jpg', 'jpeg'] },
  'image/png': { exts: ['png'] },
  'image/webp': { exts: ['webp'] },
  'image/gif': { exts: ['gif'] },
  'image/heic': { exts: ['heic'] },
  'image/heif': { exts: ['heif'] },
  'image/avif': { exts: ['avif'] },
  'image/bmp': { exts: ['bmp'] },
  'image/tiff': { exts: ['tif', 'tiff'] },
  'application/pdf': { exts: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { exts: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { exts: ['xlsx'] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { exts: ['pptx'] },
  'application/vnd.oasis.opendocument.text': { exts: ['odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { exts: ['ods'] },
  'application/vnd.oasis.opendocument.presentation': { exts: ['odp'] },
  'application/x-cfb': { exts: ['doc', 'xls', 'ppt'], onlyWhenNamed: true },
  'text/plain': { exts: ['txt', 'csv'] },
};

/** The extension given to content the app does not open: inert on every system. */
export const INERT_EXT = 'bin';

export interface TypedName {
  /** The clean name, its extension matching the content (appended, so `a.bat` as text becomes `a.bat.txt`). */
  name: string;
  /** Whether the system's default app may open it; otherwise the file is only saved where the user says. */
  openable: boolean;
}

/** The name to write a copy under, given the content type sniffed from its bytes (never from the name). */
export function nameForType(name: string, sniffedMime: string | null): TypedName {
  const clean = cleanFileName(name);
  const { ext } = splitExt(clean);
  const rule = sniffedMime ? OPENABLE_TYPES[sniffedMime] : undefined;
  if (rule && rule.exts.includes(ext.toLowerCase())) return { name: clean, openable: true };
  if (rule && !rule.onlyWhenNamed) {
    return { name: capLength(`${clean}.${rule.exts[0]!}`), openable: true };
  }
  return { name: capLength(`${clean}.${INERT_EXT}`), openable: false };
}
