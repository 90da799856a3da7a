/// <reference types="vite/client" />

/** package.json version, injected by vite.config.ts */
declare const __REMIT_VERSION__: string;
