/**
 * The parts of a zip container (a .docx), unpacked with fflate. Only the parts asked for are inflated, and their
 * stated sizes are checked before: a file that would unpack past MAX_UNCOMPRESSED_BYTES is refused as a zip bomb. A
 * part that lies about its size is still bounded, as fflate inflates into a buffer of the stated size.
 */
import { MAX_UNCOMPRESSED_BYTES, ReadError, orNamed } from './errors';

export async function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Map<string, Uint8Array>> {
  const { unzipSync } = await import('fflate');
  let total = 0;
  const files = await orNamed('docx_damaged', () => unzipSync(bytes, {
    filter(file) {
      if (!wanted(file.name)) return false;
      total += file.originalSize;
      if (total > MAX_UNCOMPRESSED_BYTES || file.originalSize > MAX_UNCOMPRESSED_BYTES) throw new ReadError('too_large');
      return true;
    },
  }));
  return new Map(Object.entries(files));
}
