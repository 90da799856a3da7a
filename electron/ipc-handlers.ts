/** Registers every invoke channel of the contract with its guard. */
import { ipcMain } from 'electron';
import { INVOKE_CHANNELS, type InvokeChannel } from '../contract/ipc';
import { guardHandler } from './ipc-guard';
import type { HostHandlers } from './host-service';

export function registerIpcHandlers(handlers: HostHandlers, indexUrl: string): () => void {
  for (const channel of INVOKE_CHANNELS) {
    register(channel, handlers, indexUrl);
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

function register<C extends InvokeChannel>(channel: C, handlers: HostHandlers, indexUrl: string): void {
  const guarded = guardHandler(channel, indexUrl, handlers[channel]);
  ipcMain.handle(channel, (event, arg: unknown) => guarded(event, arg));
}
