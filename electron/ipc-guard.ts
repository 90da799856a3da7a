/**
 * Wraps each IPC handler with the two checks every call must pass: the sender is the app's own
 * page (top frame, file:// index), and the argument has the contracted shape. Pure of Electron at
 * runtime so the checks are unit-tested.
 */
import type { InvokeArg, InvokeChannel, InvokeResult } from '../contract/ipc';
import { isAppPageUrl } from './policy';
import { validateInvokeArg } from './validate';

/** The parts of IpcMainInvokeEvent the guard reads. */
export interface SenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

export function guardHandler<C extends InvokeChannel>(
  channel: C,
  indexUrl: string,
  handler: (arg: InvokeArg<C>) => Promise<InvokeResult<C>> | InvokeResult<C>,
): (event: SenderInfo, arg: unknown) => Promise<InvokeResult<C>> {
  return async (event, arg) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppPageUrl(frame.url, indexUrl)) {
      throw new IpcRejection(`${channel}: refused, the caller is not the Remit page`);
    }
    const checked = validateInvokeArg(channel, arg);
    if (!checked.ok) throw new IpcRejection(`${channel}: ${checked.error}`);
    try {
      return await handler(checked.value);
    } catch (error) {
      // Only the message crosses to the page: no stack traces with local paths of the app.
      throw new Error(error instanceof Error ? error.message : String(error));
    }
  };
}
