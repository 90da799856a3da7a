/**
 * How the UI benchmark and the end-to-end tests start Chromium: headless on a server, no GPU, no sandbox (containers),
 * none of the browser's own background traffic.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
