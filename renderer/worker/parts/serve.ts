/**
 * The program of a module part: the module's exports, called by the parsing worker with messages. Arguments that
 * were functions there (a progress callback, pdf.js's asset loader) are called back through it and answer with a
 * promise.
 */
import { CALLBACK, received, sendable, type FromPart, type ToPart } from './messages';

interface Scope {
  postMessage(message: FromPart): void;
  onmessage: ((event: MessageEvent<ToPart>) => void) | null;
}

export function serve(exports: Record<string, unknown>): void {
  const scope = self as unknown as Scope;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextCallback = 1;

  const decode = (value: unknown, call: number): unknown => {
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) return value.map((v) => decode(v, call));
    const record = value as Record<string, unknown>;
    if (typeof record[CALLBACK] === 'number') {
      const callback = record[CALLBACK];
      return (...args: unknown[]) => new Promise((resolve, reject) => {
        const id = nextCallback++;
        waiting.set(id, { resolve, reject });
        scope.postMessage({ type: 'callback', id, call, callback, args });
      });
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v, call)]));
  };

  scope.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'callback-result') {
      const w = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) w?.reject(received(message.error));
      else w?.resolve(message.value);
      return;
    }
    const fn = exports[message.name];
    void (async () => {
      try {
        if (typeof fn !== 'function') throw new Error(`the part has no function ${message.name}`);
        const value: unknown = await (fn as (...args: unknown[]) => unknown)(...message.args.map((a) => decode(a, message.id)));
        scope.postMessage({ type: 'result', id: message.id, value });
      } catch (error) {
        scope.postMessage({ type: 'result', id: message.id, error: sendable(error) });
      }
    })();
  };
}
