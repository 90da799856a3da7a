/** The files a document node was read from, named with their formats, for the document list and the Details panel. */
import type { DocumentNode } from '../../core/model';
import { fmt } from '../i18n';

export interface DocumentFile { name: string; format: string }

/** The file the document was built from, then the other files that hold it in another format (core: `copies`). */
export function documentFiles(a: DocumentNode): DocumentFile[] {
  return [{ name: a.fileName, format: a.format ?? 'text' }, ...(a.copies ?? []).map((c) => ({ name: c.fileName, format: c.format }))];
}

/** `gov-05.pdf (PDF)`, `gov-05.txt（纯文本）`: a format the table does not know is named as it is. */
export const fileWithFormat = (f: DocumentFile, t: { fileFormat: Record<string, string>; fileWithFormat: string }): string =>
  fmt(t.fileWithFormat, { name: f.name, format: t.fileFormat[f.format] ?? f.format });
