/**
 * Crash recovery: the page periodically hands main its unsaved workspace; main keeps the latest one
 * in userData, written atomically so a crash during the write cannot destroy the previous snapshot.
 * On the next start the page takes it exactly once (taking deletes it) and offers it back to the user.
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { atomicWriteFile, type AtomicFs } from './atomic-write';

export const RECOVERY_FILE_NAME = 'recovery.remit';

export class RecoveryStore {
  readonly file: string;

  constructor(folder: string, private readonly fs?: AtomicFs) {
    this.file = path.join(folder, RECOVERY_FILE_NAME);
  }

  /** An empty text clears the snapshot (the page calls it so after a successful save). */
  async store(text: string): Promise<void> {
    if (text.length === 0) {
      await this.clear();
      return;
    }
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    await atomicWriteFile(this.file, text, { fs: this.fs });
  }

  async take(): Promise<string | undefined> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch {
      return undefined;
    }
    await this.clear();
    return text.length > 0 ? text : undefined;
  }

  async clear(): Promise<void> {
    await fsp.rm(this.file, { force: true });
  }
}
