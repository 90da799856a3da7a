/** An action: one thing the user can ask for from the menu, the keyboard or a button, named by its host command. */
import type { HostCommand } from '../host/types';
import type { Strings } from '../i18n';
import type { LabelMode, Lang, LayoutName, Theme } from '../state/view';

/** What actions can do to the app: App.tsx builds it from its hooks. */
export interface ActionContext {
  openDocuments(): void;
  openFolder(): void;
  openWorkspace(): void;
  saveWorkspace(as: boolean): void;
  setLayout(layout: LayoutName): void;
  setLanguage(lang: Lang): void;
  setLabelMode(mode: LabelMode): void;
  setTheme(theme: Theme): void;
  fit(): void;
  zoomBy(factor: number): void;
  undo(): void;
  redo(): void;
  focusSearch(): void;
  showAbout(): void;
  /** hands an export command to the export dialog, which owns the export options */
  exportCommand(command: HostCommand): void;
}

/** A key combination: `mod` is Ctrl (Cmd on macOS). Keys are matched case-insensitively. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  /** true: Shift must be held; false: must not be; absent: either (layouts that need Shift for / or F) */
  shift?: boolean;
  /** also while the user is typing in a text field (Ctrl+K); otherwise text fields keep the key */
  whileTyping?: boolean;
}

export interface Action {
  id: HostCommand;
  label(t: Strings): string;
  run(ctx: ActionContext): void;
  shortcut?: readonly Shortcut[];
}
