/** Documents added, changed or deleted in a folder the host watches come in and go out of the graph. */
import { useEffect } from 'react';
import type { Host, HostFile } from '../host/types';

export function useWatchedDocuments(
  host: Host,
  load: (files: HostFile[]) => Promise<unknown>,
  remove: (which: { paths: string[] }, deleted: boolean) => Promise<unknown>,
): void {
  useEffect(() => host.onDocumentsChanged((files) => void load(files)), [host, load]);
  useEffect(() => host.onDocumentsRemoved((paths) => void remove({ paths }, true)), [host, remove]);
}
