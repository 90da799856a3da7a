/**
 * The parsing worker's side of the readers' parts (vite.config.ts, workerParts). A worker started from a blob can
 * load no script from file:// (Electron) and, under the page's CSP (script-src 'self'), none from a blob either: so
 * the page loads a part's script (a classic script, allowed from file:// as from http) and hands its text over, and
 * a module part's code runs in a worker of its own, started from a blob of its program (worker-src allows blob:)
 * on the first call and kept for the next. Calls cross as messages; a read that is cancelled stops that worker at
 * once, and the next call starts a new one.
 */
import { ReadError } from '../../../core/readers/errors';
import { CALLBACK, received, sendable, type Encoded, type FromPart, type PartText, type PartWanted, type ToPart } from './messages';

interface Scope {
  postMessage(message: PartWanted): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PartText | { type?: unknown }>) => void): void;
}
const scope = self as unknown as Scope;

/** How often a call in flight looks at its caller's cancel signal. */
const CANCEL_POLL_MS = 40;

const texts = new Map<string, Promise<string>>();
const asked = new Map<string, { resolve: (text: string) => void; reject: (error: Error) => void }>();

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type !== 'part-text') return;
  const { key, text, error } = message as PartText;
  const w = asked.get(key);
  asked.delete(key);
  if (typeof text === 'string') w?.resolve(text);
  else {
    texts.delete(key);
    w?.reject(new Error(error ?? `The part of Remit in ${key} could not be loaded.`));
  }
});

/** A part's text (a program or a data URL), which the page loads from assets/`file`. */
function partText(key: string, file: string): Promise<string> {
  let text = texts.get(key);
  if (!text) {
    text = new Promise<string>((resolve, reject) => {
      asked.set(key, { resolve, reject });
      scope.postMessage({ type: 'part-wanted', key, file });
    });
    texts.set(key, text);
  }
  return text;
}

/** An asset part (a CMap) as its data URL. */
export function partData(key: string, file: string): Promise<string> {
  return partText(key, file);
}

interface Call { resolve: (value: unknown) => void; reject: (error: Error) => void; callbacks: ((...args: unknown[]) => unknown)[]; signals: { readonly aborted: boolean }[] }
interface Running { worker: Worker; calls: Map<number, Call>; poll?: ReturnType<typeof setInterval> }

const running = new Map<string, Promise<Running>>();
let nextCall = 1;

function stop(key: string, run: Running, error: Error): void {
  running.delete(key);
  run.worker.terminate();
  if (run.poll !== undefined) clearInterval(run.poll);
  for (const call of run.calls.values()) call.reject(error);
  run.calls.clear();
}

async function start(key: string, file: string): Promise<Running> {
  const program = await partText(key, file);
  const url = URL.createObjectURL(new Blob([program], { type: 'text/javascript;charset=utf-8' }));
  const run: Running = { worker: new Worker(url, { name: key }), calls: new Map() };
  // the worker has read its script once it answers; until then the URL must stay
  const revoke = () => URL.revokeObjectURL(url);
  run.worker.onerror = (event) => {
    event.preventDefault();
    revoke();
    stop(key, run, new Error(event.message || 'The reader stopped unexpectedly.'));
  };
  run.worker.onmessage = (event: MessageEvent<FromPart>) => {
    revoke();
    const message = event.data;
    const call = run.calls.get(message.type === 'result' ? message.id : message.call);
    if (!call) return;
    if (message.type === 'result') {
      run.calls.delete(message.id);
      if (run.calls.size === 0 && run.poll !== undefined) { clearInterval(run.poll); run.poll = undefined; }
      if (message.error) call.reject(received(message.error));
      else call.resolve(message.value);
      return;
    }
    const reply = (m: Omit<Extract<ToPart, { type: 'callback-result' }>, 'type' | 'id' | 'call'>) =>
      run.worker.postMessage({ type: 'callback-result', id: message.id, call: message.call, ...m } satisfies ToPart);
    Promise.resolve()
      .then(() => call.callbacks[message.callback](...message.args))
      .then((value) => reply({ value }), (error: unknown) => reply({ error: sendable(error) }));
  };
  return run;
}

/** Functions become callbacks, a `signal` stays here (a cancel stops the part's worker); the rest is cloned. */
function encode(value: unknown, call: Call): Encoded {
  if (typeof value === 'function') return { [CALLBACK]: call.callbacks.push(value as Call['callbacks'][number]) - 1 };
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v) => encode(v, call));
  const out: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'signal' && v && typeof v === 'object' && 'aborted' in v) call.signals.push(v as Call['signals'][number]);
    else out[k] = encode(v, call);
  }
  return out;
}

/** An exported function of a module part, called in the part's worker. */
export function remoteFunction(key: string, file: string, name: string): (...args: unknown[]) => Promise<unknown> {
  return async (...args) => {
    let started = running.get(key);
    if (!started) {
      started = start(key, file);
      running.set(key, started);
      started.catch(() => running.delete(key));
    }
    const run = await started;
    return new Promise((resolve, reject) => {
      const id = nextCall++;
      const call: Call = { resolve, reject, callbacks: [], signals: [] };
      const encoded = args.map((a) => encode(a, call));
      run.calls.set(id, call);
      if (call.signals.length > 0 && run.poll === undefined) {
        run.poll = setInterval(() => {
          for (const c of run.calls.values()) if (c.signals.some((s) => s.aborted)) return stop(key, run, new ReadError('cancelled'));
        }, CANCEL_POLL_MS);
      }
      run.worker.postMessage({ type: 'call', id, name, args: encoded } satisfies ToPart);
    });
  };
}
