/**
 * The workspace file: the documents a user loaded plus the UI's view state, as one JSON file.
 * Reading is forgiving about the view (the UI owns it and may add fields) but strict about the
 * documents, because a workspace that silently drops a document loses the user's work.
 */

export const WORKSPACE_FORMAT = 'remit-workspace';
/** The version this build writes. Files with a higher version are refused rather than half-read. */
export const WORKSPACE_VERSION = 1;
/** Suggested file extension (the content is JSON). */
export const WORKSPACE_EXTENSION = 'remit';

export interface WorkspaceDocument {
  name: string;
  path?: string;
  text: string;
  /** the format the document was first read from (pdf, docx, doc, html), when not plain text */
  format?: string;
  /** where each page starts in `text`, for documents read from PDF */
  pages?: number[];
}

export interface NodePosition {
  x: number;
  y: number;
}

/**
 * View state owned by the UI. Known fields are type-checked loosely (types, not values, so a newer UI
 * may add layouts or languages); unknown fields survive a round trip.
 */
export interface WorkspaceView {
  language?: string;
  labelMode?: string;
  theme?: string;
  layout?: string;
  filters?: Record<string, unknown>;
  /** a node id, or the UI's focus object (e.g. { node, depth }) */
  focus?: string | Record<string, unknown> | null;
  /** node id → position, or layout name → (node id → position) */
  positions?: Record<string, NodePosition | Record<string, NodePosition>>;
  pinned?: string[];
  selection?: string[];
  [field: string]: unknown;
}

export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  /** ISO 8601 timestamp */
  savedAt: string;
  documents: WorkspaceDocument[];
  view: WorkspaceView;
  [field: string]: unknown;
}

export type ParseWorkspaceResult =
  | {
      ok: true;
      workspace: Workspace;
      /** the version the file was written in, when it was migrated to the current one */
      migratedFrom?: number;
      /** fields that were dropped because they had the wrong type, in plain language */
      warnings: string[];
    }
  | { ok: false; message: string };

/** `view` is any plain object of the UI's view state (an interface without an index signature is fine). */
export function createWorkspace(documents: WorkspaceDocument[], view: object, savedAt: Date = new Date()): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: savedAt.toISOString(),
    documents: documents.map(copyDocument),
    view: { ...(view as WorkspaceView) },
  };
}

/** Stable key order (format first) so that a file opened in a text editor identifies itself. */
export function serializeWorkspace(workspace: Workspace): string {
  const { format: _format, version: _version, savedAt, documents, view, ...rest } = workspace;
  const ordered = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt,
    documents: documents.map(copyDocument),
    view,
    ...rest,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export function parseWorkspace(text: string): ParseWorkspaceResult {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `This workspace file is damaged or incomplete: it is not valid JSON (${detail}). The file was left unchanged.`,
    };
  }
  if (!isRecord(raw) || raw.format !== WORKSPACE_FORMAT) {
    return {
      ok: false,
      message: 'This is not a Remit workspace: the file does not declare "format": "remit-workspace". It was left unchanged.',
    };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, message: 'This Remit workspace has no valid format version, so it cannot be read safely. It was left unchanged.' };
  }
  if (version > WORKSPACE_VERSION) {
    return {
      ok: false,
      message:
        `This workspace was saved by a newer version of Remit (workspace format ${version}); ` +
        `this version reads formats up to ${WORKSPACE_VERSION}. Update Remit to open it. The file was left unchanged.`,
    };
  }

  let current: Record<string, unknown> = raw;
  for (let v = version; v < WORKSPACE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, message: `Remit cannot upgrade workspace format ${v}. The file was left unchanged.` };
    current = step(current);
  }

  const warnings: string[] = [];
  const documents = readDocuments(current.documents);
  if (typeof documents === 'string') return { ok: false, message: documents };
  const view = readView(current.view, warnings);
  let savedAt = current.savedAt;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
    if (savedAt !== undefined) warnings.push('The save time was unreadable and has been ignored.');
    savedAt = new Date(0).toISOString();
  }
  const { format: _f, version: _v, savedAt: _s, documents: _d, view: _w, ...rest } = current;
  const workspace: Workspace = {
    ...rest,
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: savedAt as string,
    documents,
    view,
  };
  return version < WORKSPACE_VERSION ? { ok: true, workspace, migratedFrom: version, warnings } : { ok: true, workspace, warnings };
}

/**
 * One step per old version, each turning version n into n + 1.
 * Version 0 was the pre-release draft: documents carried `fileName` instead of `name`, and the view
 * lived under `settings`.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: (raw) => {
    const { settings, view, documents, ...rest } = raw;
    const upgradedDocuments = Array.isArray(documents)
      ? documents.map((doc) => {
          if (!isRecord(doc)) return doc;
          const { fileName, ...others } = doc;
          return others.name === undefined && typeof fileName === 'string' ? { ...others, name: fileName } : doc;
        })
      : documents;
    return { ...rest, version: 1, documents: upgradedDocuments, view: view ?? settings ?? {} };
  },
};

function readDocuments(value: unknown): WorkspaceDocument[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return 'This workspace is damaged: its "documents" entry is not a list. The file was left unchanged.';
  const documents: WorkspaceDocument[] = [];
  for (let i = 0; i < value.length; i++) {
    const doc = value[i];
    const where = `document ${i + 1} of ${value.length}`;
    if (!isRecord(doc)) return `This workspace is damaged: ${where} is not an object. The file was left unchanged.`;
    if (typeof doc.name !== 'string' || doc.name.length === 0) {
      return `This workspace is damaged: ${where} has no name. The file was left unchanged.`;
    }
    if (typeof doc.text !== 'string') {
      return `This workspace is damaged: ${where} ("${doc.name}") has no text. The file was left unchanged.`;
    }
    if (doc.path !== undefined && typeof doc.path !== 'string') {
      return `This workspace is damaged: ${where} ("${doc.name}") has an invalid path. The file was left unchanged.`;
    }
    // format and page starts are extras of the source file: unreadable ones are dropped, the text is what counts
    if (doc.format !== undefined && typeof doc.format !== 'string') delete doc.format;
    if (doc.pages !== undefined && !(Array.isArray(doc.pages) && doc.pages.every((p) => Number.isInteger(p) && p >= 0))) delete doc.pages;
    documents.push(copyDocument(doc as unknown as WorkspaceDocument));
  }
  return documents;
}

type FieldCheck = (value: unknown) => boolean;

const VIEW_FIELDS: Record<string, FieldCheck> = {
  language: isString,
  labelMode: isString,
  theme: isString,
  layout: isString,
  filters: isRecord,
  focus: (v) => v === null || typeof v === 'string' || isRecord(v),
  pinned: isStringArray,
  selection: isStringArray,
};

function readView(value: unknown, warnings: string[]): WorkspaceView {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    warnings.push('The saved view settings were unreadable; default view settings are used.');
    return {};
  }
  const view: WorkspaceView = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    const check = Object.prototype.hasOwnProperty.call(VIEW_FIELDS, field) ? VIEW_FIELDS[field] : undefined;
    if (field === 'positions') {
      const positions = readPositions(fieldValue, warnings);
      if (positions) setOwn(view, 'positions', positions);
    } else if (check && fieldValue !== undefined && !check(fieldValue)) {
      warnings.push(`The saved view setting "${field}" had an unexpected value and was ignored.`);
    } else {
      setOwn(view, field, fieldValue);
    }
  }
  return view;
}

/** Keeps every readable position, flat (node → {x, y}) or per layout (layout → node → {x, y}). */
function readPositions(value: unknown, warnings: string[]): WorkspaceView['positions'] {
  if (!isRecord(value)) {
    warnings.push('The saved node positions were unreadable and were ignored.');
    return undefined;
  }
  let dropped = 0;
  const readFlat = (record: Record<string, unknown>): Record<string, NodePosition> => {
    const out: Record<string, NodePosition> = {};
    for (const [id, pos] of Object.entries(record)) {
      if (isPosition(pos)) setOwn(out, id, { x: pos.x, y: pos.y });
      else dropped++;
    }
    return out;
  };
  const positions: NonNullable<WorkspaceView['positions']> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (isPosition(entry)) setOwn(positions, key, { x: entry.x, y: entry.y });
    else if (isRecord(entry) && !('x' in entry) && !('y' in entry)) setOwn(positions, key, readFlat(entry));
    else dropped++;
  }
  if (dropped > 0) warnings.push(`${dropped} saved node position(s) were unreadable and were ignored.`);
  return positions;
}

function isPosition(value: unknown): value is NodePosition {
  return isRecord(value) && Number.isFinite(value.x) && Number.isFinite(value.y);
}

function copyDocument(doc: WorkspaceDocument): WorkspaceDocument {
  const copy: WorkspaceDocument = doc.path === undefined ? { name: doc.name, text: doc.text } : { name: doc.name, path: doc.path, text: doc.text };
  if (doc.format !== undefined) copy.format = doc.format;
  if (doc.pages !== undefined) copy.pages = [...doc.pages];
  return copy;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain assignment of a key like "__proto__" (legal in JSON) would replace the prototype instead. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
