/**
 * The page's side of the readers' parts (vite.config.ts, workerParts): the parsing worker cannot load a script from
 * file:// (Electron), the page can. A part's script registers its text on `globalThis.__remitParts`; the page takes
 * it from there, forgets it, and posts it to the worker.
 */
import type { PartText, PartWanted } from './messages';

type Registry = Record<string, string | undefined>;

/** Where assets/ is: the parsing worker's script, which sits there, noted its own URL. */
function assetUrl(file: string): string {
  const base = (globalThis as { __remitWorkerBase?: unknown }).__remitWorkerBase;
  return new URL(file, typeof base === 'string' ? base : location.href).href;
}

export function sendPart(worker: Worker, { key, file }: PartWanted): void {
  const reply = (m: Omit<PartText, 'type' | 'key'>) => worker.postMessage({ type: 'part-text', key, ...m } satisfies PartText);
  const script = document.createElement('script');
  script.src = assetUrl(file);
  script.onload = () => {
    script.remove();
    const registry = (globalThis as { __remitParts?: Registry }).__remitParts;
    const text = registry?.[key];
    if (registry) delete registry[key];
    reply(typeof text === 'string' ? { text } : { error: `The part of Remit in ${file} did not register itself.` });
  };
  script.onerror = () => {
    script.remove();
    reply({ error: `Could not load the part of Remit in ${file}.` });
  };
  document.head.append(script);
}
