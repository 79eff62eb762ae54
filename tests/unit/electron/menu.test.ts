import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, setMenuAvailability } from '../../../electron/main/menu';
import { APP_COMMAND_IDS } from '../../../shared/commands';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the native menu', () => {
  it('offers every app command with its usual accelerator, and none of the editor commands', () => {
    const all = items(buildMenuTemplate(vi.fn(), 'linux'));
    const byId = new Map(all.filter((item) => item.id).map((item) => [item.id, item]));
    expect([...byId.keys()].sort()).toEqual([...APP_COMMAND_IDS].sort());
    expect(byId.get('dossier.new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byId.get('dossier.import')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byId.get('briefing.export')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byId.get('app.search')?.accelerator).toBe('CmdOrCtrl+F');
  });

  it('has the standard editing roles, so undo, copy and paste work everywhere', () => {
    const roles = items(buildMenuTemplate(vi.fn(), 'linux')).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit'])
      expect(roles).toContain(role);
  });

  it('sends the command id to the renderer when an item is chosen', () => {
    const send = vi.fn();
    const newDossier = items(buildMenuTemplate(send, 'linux')).find((item) => item.id === 'dossier.new');
    if (!newDossier?.click) throw new Error('no New dossier item');
    (newDossier.click as () => void)();
    expect(send).toHaveBeenCalledWith('dossier.new');
  });

  it('adds the application menu on macOS', () => {
    expect(buildMenuTemplate(vi.fn(), 'darwin')[0]?.label).toBe('Dossier Desk');
  });

  it('disables the items of the commands that do not apply, and enables them again', () => {
    const all = items(buildMenuTemplate(vi.fn(), 'linux'));
    const menu = { getMenuItemById: (id: string) => all.find((item) => item.id === id) ?? null };
    setMenuAvailability(menu as never, ['dossier.new', 'dossier.import', 'app.search']);
    const enabled = (id: string) => all.find((item) => item.id === id)?.enabled;
    expect(enabled('dossier.new')).toBe(true);
    expect(enabled('dossier.share')).toBe(false);
    expect(enabled('briefing.export')).toBe(false);
    setMenuAvailability(menu as never, ['dossier.share']);
    expect(enabled('dossier.share')).toBe(true);
    expect(enabled('dossier.new')).toBe(false);
  });
});
