export function findElectronBinary(): { ok: true; path: string } | { ok: false; reason: string };
export const MISSING_ELECTRON_HELP: string;
