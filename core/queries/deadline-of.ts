/** When an assignment is due, as the first of its evidence that says writes it (2019年底前完成, 持续推进); else undefined. */
import type { Evidence } from '../model';

export function deadlineOf(evidence: readonly Evidence[]): string | undefined {
  for (const e of evidence) if (e.deadline) return e.deadline;
  return undefined;
}
