/** Picks the host: the Electron bridge when the preload exposed `window.remit`, the web host otherwise. */
import type { Host } from './types';
import { createWebHost } from './webHost';

// A glob rather than a static import: the web build must not fail while the Electron side is not there.
const electronModules = import.meta.glob<{ createElectronHost?: () => Host }>('./electronHost.ts', { eager: true });

let host: Host | undefined;

export function getHost(): Host {
  if (host) return host;
  const electron = Object.values(electronModules)[0]?.createElectronHost;
  const bridged = typeof window !== 'undefined' && (window as unknown as { remit?: unknown }).remit !== undefined;
  host = bridged && electron ? electron() : createWebHost();
  return host;
}
