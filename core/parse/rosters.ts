/**
 * Rosters: a notice that sets up a leading group, a committee or a joint conference lists who sits on it, one person a
 * line under the part they hold, each with the post that names their body:
 *
 *   组　长：韩　正　国务院副总理
 *   副组长：王　勇　国务委员
 *   成　员：宁吉喆　国家发展改革委副主任
 *   　　　　刘　昆　财政部部长
 *
 * The bodies the posts name are the group's members (role `member`), as the bodies of a `成员单位：` list are
 * (core/parse/members.ts); the people are not kept. A line without a part (刘　昆　财政部部长) holds the part of the line
 * above. The roster ends at a sentence (协调小组办公室设在…。), a numbered item or a line too long to be a person's.
 */
import type { Annotation, AnnotationBody } from '../model';
import { findAgencyMentions } from '../registry';
import { ROSTER_PART as PART } from './line-labels';
import { startsWithLabel } from './patterns';

/** Most characters of a roster's line: a name, a post and a part. */
const LINE_MAX = 48;
/** Ends a roster: a sentence. */
const SENTENCE = /[。；！？]/;

/** The rosters of a text, each an annotation of members. */
export function findRosters(text: string): Annotation[] {
  // a roster has a part's colon: most texts have none, and are not read line by line
  if (!hasPartColon(text)) return [];
  const out: Annotation[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const part = PART.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 16)));
    if (part === null || SENTENCE.test(text.slice(lineStart, lineEnd))) {
      lineStart = lineEnd + 1;
      continue;
    }
    const roster = readRoster(text, lineStart);
    if (roster.annotation) out.push(roster.annotation);
    lineStart = roster.end + 1;
  }
  return out;
}

/** The last character of a part (组长, 成员, 召集人, 主任) before its colon, full-width or ASCII, as PART reads them. */
const PART_COLON = /[长员人任][：:]/;
const hasPartColon = (text: string): boolean => PART_COLON.test(text);

const endOfLine = (text: string, from: number): number => {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
};

/** The roster whose first line starts at `from`: its lines, up to the first that is none of its. */
function readRoster(text: string, from: number): { annotation?: Annotation; end: number } {
  const bodies: AnnotationBody[] = [];
  let lineStart = from;
  let last = from; // the end of the roster's last line
  while (lineStart < text.length) {
    const lineEnd = endOfLine(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length === 0) { // blank lines set a roster's lines apart in some texts
      lineStart = lineEnd + 1;
      continue;
    }
    const part = PART.exec(line);
    if (lineStart !== from && part === null && (trimmed.length > LINE_MAX || SENTENCE.test(trimmed) || startsWithLabel(trimmed))) break;
    if (part !== null && SENTENCE.test(trimmed)) break;
    const offset = lineStart + (part ? part[0].length : 0);
    for (const m of findAgencyMentions(text.slice(offset, lineEnd))) {
      if (bodies.some((b) => b.asWritten === m.asWritten)) continue;
      bodies.push({ asWritten: m.asWritten, role: 'member', start: offset + m.start, end: offset + m.end });
    }
    last = lineEnd;
    lineStart = lineEnd + 1;
  }
  if (bodies.length === 0) return { end: last };
  return {
    annotation: { itemPath: '', quote: text.slice(from, last), start: from, end: last, bodies, andOthers: false, relevantDepartments: false },
    end: last,
  };
}
