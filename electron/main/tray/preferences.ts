import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../files/json-file';

const prefsSchema = z.object({
  /** Closing the window hides it to the tray, so reminders keep firing. */
  keepInTray: z.boolean(),
});
export type Preferences = z.infer<typeof prefsSchema>;

/**
 * Keeping running in the tray is the default where a tray is always visible (Windows, macOS); many Linux
 * desktops hide tray icons, and a hidden window with no icon would look like a hung app.
 */
export async function loadPreferences(
  file: string,
  platform: string = process.platform,
): Promise<Preferences> {
  return readJsonFile(file, prefsSchema, { keepInTray: platform !== 'linux' });
}

export function savePreferences(file: string, prefs: Preferences): Promise<void> {
  return writeJsonFile(file, prefsSchema.parse(prefs));
}
