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
export const LINE_LABEL = /^(?:牵头|责任|主责|负责|配合|参与|协办|协同|参加|协助|指导|落实)(?:单位|部门)[：:]/;

/** What may follow a labelled line and still belong to its run: another label, a deadline's or a scope's. */
export const RUN_LABEL = /^(?:(?:牵头|责任|主责|负责|配合|参与|协办|协同|参加|协助|指导|落实)(?:单位|部门)|(?:完成|办结|实施)?(?:时限|时间|期限)(?:进度|要求|安排|节点)?|进度(?:安排|要求)?|适用(?:范围|区域|地区))[：:]/;

/** Whether a line opens with one of the labels of a run (its colon is within the first eight characters). */
export function opensLabelledLine(line: string): boolean {
  const colon = line.slice(0, 9).search(/[：:]/);
  return colon >= 2 && RUN_LABEL.test(line);
}
