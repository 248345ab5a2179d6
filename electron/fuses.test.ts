import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';

const root = resolve(import.meta.dirname, '..');

describe('packaged build', () => {
  it('electron-builder reads electron-builder.yml, accepts it, and flips the security fuses', async () => {
    // electron-builder's own loader and schema: a misspelt fuse would fail here, not silently at release.
    const config = await getConfig(root, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Only-load-from-asar needs the archive.
    expect(config.asar).not.toBe(false);
  });
});
