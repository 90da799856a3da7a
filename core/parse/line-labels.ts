/**
 * Labels that open a line of their own after a task, with no parentheses around them: the bodies set out line by line
 *
 *   牵头单位：民政部
 *   配合单位：国家发展改革委、住房城乡建设部
 *   完成时限：2025年底前
 *
 * or after the task's last sentence (…签约合作。责任单位：国家卫生健康委). annotations.ts reads them; the normaliser keeps
 * such a line from being joined to the one before as a wrapped sentence. Member lists (成员单位：) are members.ts's.
 */
/** The role words a label opens with (牵头单位, 配合部门 …), 成员 (member lists) among them. */
export const LABEL_ROLES = '牵头|责任|主责|负责|配合|参与|协办|协同|参加|协助|指导|落实|成员';
/** A deadline's label (完成时限, 时间进度, 进度安排), without its colon. */
export const TIME_LABEL = '(?:完成|办结|实施)?(?:时限|时间|期限)(?:进度|要求|安排|节点)?|进度(?:安排|要求)?';
/** A scope's label (适用范围), without its colon. */
export const SCOPE_LABEL_WORDS = '适用(?:范围|区域|地区)';
const LINE_ROLES = LABEL_ROLES.replace('|成员', '');

export const LINE_LABEL = new RegExp(`^(?:${LINE_ROLES})(?:单位|部门)[：:]`);

/** What may follow a labelled line and still belong to its run: another label, a deadline's or a scope's. */
export const RUN_LABEL = new RegExp(`^(?:(?:${LINE_ROLES})(?:单位|部门)|${TIME_LABEL}|${SCOPE_LABEL_WORDS})[：:]`);

/** Whether a line opens with one of the labels of a run (its colon is within the first eight characters). */
export function opensLabelledLine(line: string): boolean {
  const colon = line.slice(0, 9).search(/[：:]/);
  return colon >= 2 && RUN_LABEL.test(line);
}

/** The part a person holds in a roster, letter-spaced or not, and its colon: 组长, 副组长, 成员, 主任, 召集人, 委员, 秘书长. */
export const ROSTER_PART = /^[ \t\u3000]*(?:副[ \u3000]*)?(?:组[ \u3000]*长|成[ \u3000]*员|主[ \u3000]*任|召[ \u3000]*集[ \u3000]*人|委[ \u3000]*员|秘[ \u3000]*书[ \u3000]*长|组[ \u3000]*员)[ \u3000]*[：:]/;
