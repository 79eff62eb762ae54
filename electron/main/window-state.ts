// Remembers the window's size, position and maximised state between runs, and never restores it
// off-screen (a monitor may have been unplugged since).

import * as nodeFiles from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../../shared/atomic-write';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

export function windowStateFile(userDataDir: string): string {
  return path.join(userDataDir, 'window-state.json');
}

/** Reads the saved state; a missing or damaged file gives the default. */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await nodeFiles.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeAtomically(nodeFiles, file, new TextEncoder().encode(JSON.stringify(state)));
}

/** Keeps the position only if at least 100×100 px of the window lands on one of the displays. */
export function fitWindowState(state: WindowState, workAreas: Rectangle[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(x + state.width, area.x + area.width) - Math.max(x, area.x);
    const overlapY = Math.min(y + state.height, area.y + area.height) - Math.max(y, area.y);
    return overlapX >= 100 && overlapY >= 100;
  });
  if (visible) return state;
  return { width: state.width, height: state.height, maximized: state.maximized };
}
