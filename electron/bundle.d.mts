export const repoRoot: string;
export function rendererIsStale(): boolean;
export function buildRenderer(options?: { force?: boolean }): void;
export function bundleElectron(): Promise<void>;
