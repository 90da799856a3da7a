/**
 * Every action, one per file (renderer/actions/<command>.ts), and the one way to run a host command: the menu, the
 * keyboard (use-keyboard.ts) and buttons all come through here.
 */
import type { HostCommand } from '../host/types';
import { find } from './edit-find';
import { redo } from './edit-redo';
import { undo } from './edit-undo';
import { about } from './help-about';
import { labelsBoth } from './labels-both';
import { labelsEnglish } from './labels-en';
import { labelsChinese } from './labels-zh';
import { languageEnglish } from './lang-en';
import { languageChinese } from './lang-zh';
import { layoutConcentric } from './layout-concentric';
import { layoutForce } from './layout-force';
import { layoutResponsibility } from './layout-responsibility';
import { layoutTree } from './layout-tree';
import { openDocuments } from './open-documents';
import { openFolder } from './open-folder';
import { openWorkspace } from './open-workspace';
import { saveWorkspace } from './save-workspace';
import { saveWorkspaceAs } from './save-workspace-as';
import { themeDark } from './theme-dark';
import { themeLight } from './theme-light';
import { fit } from './view-fit';
import { zoomIn } from './view-zoom-in';
import { zoomOut } from './view-zoom-out';
import { exportActions } from './export';
import type { Action, ActionContext } from './types';

export type { Action, ActionContext, Shortcut } from './types';

export const ACTIONS: readonly Action[] = [
  openDocuments,
  openFolder,
  openWorkspace,
  saveWorkspace,
  saveWorkspaceAs,
  layoutForce,
  layoutConcentric,
  layoutTree,
  layoutResponsibility,
  languageEnglish,
  languageChinese,
  labelsChinese,
  labelsEnglish,
  labelsBoth,
  themeLight,
  themeDark,
  fit,
  zoomIn,
  zoomOut,
  undo,
  redo,
  find,
  about,
  ...exportActions,
];

const BY_ID = new Map<HostCommand, Action>(ACTIONS.map((a) => [a.id, a]));

export function actionFor(command: HostCommand): Action | undefined {
  return BY_ID.get(command);
}

/** Runs a host command; commands this build does not know are ignored (a newer menu may send them). */
export function runCommand(command: HostCommand, ctx: ActionContext): void {
  actionFor(command)?.run(ctx);
}
