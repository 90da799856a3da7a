import { describe, expect, it, vi } from 'vitest';
import { ACTIONS, actionFor, runCommand, type ActionContext } from '../../renderer/actions/registry';
import { strings } from '../../renderer/i18n';

const context = (): ActionContext => ({
  openDocuments: vi.fn(), openFolder: vi.fn(), openWorkspace: vi.fn(), saveWorkspace: vi.fn(), setLayout: vi.fn(), setLanguage: vi.fn(),
  setLabelMode: vi.fn(), setTheme: vi.fn(), fit: vi.fn(), zoomBy: vi.fn(), undo: vi.fn(), redo: vi.fn(), focusSearch: vi.fn(),
  showAbout: vi.fn(), exportCommand: vi.fn(),
});

describe('action registry', () => {
  it('has one action per command, each with a label in both languages', () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ACTIONS) {
      expect(a.label(strings('en')).length, a.id).toBeGreaterThan(0);
      expect(a.label(strings('zh')).length, a.id).toBeGreaterThan(0);
    }
  });

  it('runs a host command through its action', () => {
    const ctx = context();
    runCommand('layout:tree', ctx);
    runCommand('save-workspace-as', ctx);
    runCommand('view:zoom-out', ctx);
    runCommand('export:brief-docx', ctx);
    expect(ctx.setLayout).toHaveBeenCalledWith('tree');
    expect(ctx.saveWorkspace).toHaveBeenCalledWith(true);
    expect(ctx.zoomBy).toHaveBeenCalledWith(0.8);
    expect(ctx.exportCommand).toHaveBeenCalledWith('export:brief-docx');
  });

  it('gives undo and redo distinct shortcuts', () => {
    expect(actionFor('edit:undo')?.shortcut).toEqual([{ key: 'z', mod: true, shift: false }]);
    expect(actionFor('edit:redo')?.shortcut).toContainEqual({ key: 'z', mod: true, shift: true });
  });
});
