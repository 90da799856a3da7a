/**
 * The line a document is addressed by (主送机关), which closes its front matter with a colon:
 *
 *   湖南省、江西省人民政府，国家发展改革委：
 *   各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
 *
 * A reply (批复) then speaks to those it answers as 你省, 你委, 你们 (请你省认真组织实施, 你们要加强协调): core/parse/duties.ts
 * reads those words as the bodies named here.
 */
import type { Line } from './lines';
import { startsWithLabel } from './patterns';

/** Lines after the header looked at for the addressees: they stand right below the title and the number. */
const REACH = 6;
/** Longest addressee line read. */
const LINE_MAX = 120;
/** Each part of the line ends as a body's name does: a government, an organ, a class of them, a list of places. */
const BODY_END = /(?:政府|部|委|委员会|局|署|行|办|办公室|院|会|机构|单位|部门|中心|社|省|区|市|县|州|盟|旗|团)$/;

/** The addressee line of the body that begins at line `from`, when there is one. */
export function addresseeLine(lines: readonly Line[], from: number): Line | undefined {
  let seen = 0;
  for (let i = from; i < lines.length && seen < REACH; i++) {
    const s = lines[i].text.trim();
    if (s.length === 0) continue;
    seen++;
    if (s.length > LINE_MAX || startsWithLabel(s)) return undefined;
    const last = s.charCodeAt(s.length - 1);
    if (last !== 0xff1a && last !== 0x3a) continue; // ： :
    const parts = s.slice(0, -1).split(/[，,、]/);
    return parts.every((p) => BODY_END.test(p.trim())) ? lines[i] : undefined;
  }
  return undefined;
}
