import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../files/json-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/** Drops a remembered position that no longer lies on any screen (a monitor was unplugged). */
export function fitOnScreen(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y - 10 && y < a.y + a.height - 50,
  );
  if (visible) return state;
  const { x: _x, y: _y, ...rest } = state;
  return rest;
}

export async function loadWindowState(file: string, workAreas: readonly Rect[]): Promise<WindowState> {
  return fitOnScreen(await readJsonFile(file, stateSchema, DEFAULT_WINDOW_STATE), workAreas);
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeJsonFile(file, stateSchema.parse(state));
}
