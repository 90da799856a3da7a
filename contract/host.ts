/**
 * What crosses between the host (Electron's main process, or the web page's own stand-in) and the page: files, the
 * commands of the host's menus, the result of a save. Imported by both electron/ and renderer/, which import nothing
 * of each other (eslint.config.js); pure types, no runtime code.
 */

export interface HostFile {
  /** file name without folders, shown to the user */
  name: string;
  /** absolute path when the host has one (Electron), used for workspaces and watching */
  path?: string;
  bytes: Uint8Array;
}

/** Commands the host's menus (or keyboard shortcuts it owns) send to the page. */
export type HostCommand =
  | 'open-documents'
  | 'open-folder'
  | 'open-workspace'
  | 'save-workspace'
  | 'save-workspace-as'
  | 'export:png'
  | 'export:svg'
  | 'export:pdf'
  | 'export:graphml'
  | 'export:gexf'
  | 'export:json'
  | 'export:csv'
  | 'export:responsibilities'
  | 'export:cypher'
  | 'export:brief-html'
  | 'export:brief-docx'
  | 'layout:force'
  | 'layout:concentric'
  | 'layout:tree'
  | 'layout:responsibility'
  | 'lang:en'
  | 'lang:zh'
  | 'labels:zh'
  | 'labels:en'
  | 'labels:both'
  | 'theme:light'
  | 'theme:dark'
  | 'view:fit'
  | 'view:zoom-in'
  | 'view:zoom-out'
  | 'edit:undo'
  | 'edit:redo'
  | 'edit:find'
  | 'help:about';

export interface SaveResult {
  /** false when the user cancelled */
  saved: boolean;
  path?: string;
}
