import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DOCUMENT_FILE, readAnyDocument } from '../core/read';
import { nodePdfAssets } from './pdf-assets';
import type { ParsedDocument } from '../core/model';

export interface InputFailure { path: string; reason: string }
export interface Inputs { documents: ParsedDocument[]; failures: InputFailure[] }

/** Extensions picked up when a folder is named (text, web pages, PDF, Word); a file named explicitly is read whatever its extension. */
const DOCUMENT_EXTENSIONS = DOCUMENT_FILE;

/** Expands PATHS (files or folders) and reads every document; a file that fails is reported, the rest still load. */
export async function readInputs(paths: readonly string[]): Promise<Inputs> {
  const documents: ParsedDocument[] = [];
  const failures: InputFailure[] = [];
  for (const file of await expand(paths, failures)) {
    try {
      documents.push(await readAnyDocument(new Uint8Array(await readFile(file)), basename(file), { pdfAssets: nodePdfAssets }));
    } catch (error) {
      failures.push({ path: file, reason: reasonOf(error) });
    }
  }
  return { documents, failures };
}

async function expand(paths: readonly string[], failures: InputFailure[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) files.push(...(await listFolder(path)));
      else files.push(path);
    } catch (error) {
      failures.push({ path, reason: reasonOf(error) });
    }
  }
  return files;
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFolder(full)));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.test(entry.name)) files.push(full);
  }
  return files;
}

export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
