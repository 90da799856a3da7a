/**
 * A roster printed under its own heading after the text (附：节能减排工作部际联席会议成员名单) is the list an item said was
 * attached (各成员单位有关负责同志为联席会议成员（名单附后）): its members are that item's, not those of the item the
 * heading happens to follow. Without such an item the roster stays where it stands.
 */
import type { Annotation, OutlineItem } from '../model';
import { isMemberList } from './members';

/** The heading of an attached list: 附：…名单, 附件2：…名单, on a line of its own. */
const LIST_HEADING = /(?:^|\n)[ \t　]*附(?:件[ 　]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?)?[ 　]*[：:][^\n]{2,60}名单[ \t　]*\n(?:[ \t　]*\n)*$/;
/** What says that a list is attached: （名单附后）, 名单见附件, 附后名单. */
const SAYS_ATTACHED = /名单附后|名单见附件|见附后名单|附后名单/;
/** How far back before a roster its heading is looked for. */
const HEADING_REACH = 80;

export function attachListsToItems(text: string, items: readonly OutlineItem[], annotations: Annotation[]): void {
  for (const a of annotations) {
    if (!isMemberList(a) || !LIST_HEADING.test(text.slice(Math.max(0, a.start - HEADING_REACH), a.start))) continue;
    let said: OutlineItem | undefined;
    for (const item of items) {
      if (item.start >= a.start) break;
      if (SAYS_ATTACHED.test(text.slice(item.start, Math.min(item.ownEnd, a.start)))) said = item;
    }
    if (said) a.itemPath = said.path;
  }
}
