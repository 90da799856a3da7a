export async function readPdf(_b: Uint8Array, _o: unknown): Promise<never> { throw new Error('x'); }
