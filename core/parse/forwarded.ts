/**
 * The authors of a text the document forwards. 国务院办公厅转发国家发展改革委等部门关于…意见的通知 is issued by the General
 * Office, but the opinion it carries was written by the bodies it names, and they are who an analyst asks about: who
 * proposed the policy, and usually who leads it. The genre says so in the cover sentence, where the list of authors
 * stands right before the forwarded title:
 *
 *   国家发展改革委、国家能源局、财政部《关于加快推进农村电网改造升级的意见》已经国务院同意，现转发给你们
 *   经国务院同意，现将教育部等部门《关于…的意见》转发给你们                (等部门: others the sentence does not name)
 *   国务院同意发展改革委关于…的意见，现转发给你们                           (批转, 转发 of older documents: 关于 for 《)
 *
 * and in the title (国务院批转发展改革委关于…意见的通知, 转发X、Y关于…), which is read when the cover sentence names none.
 * Only registered bodies count: 转发地方经验 forwards no one's text.
 */
import { findAgencyMentions } from '../registry/mentions';

/** How far into the body the cover sentence is looked for: it is the body's first paragraph. */
const COVER_REACH = 600;
/** What says the document forwards a text (转发给你们, 现予转发, 批转). */
const FORWARDS = /转发给你们|现予转发|予以转发|批转给你们|现予批转|印发给你们/;
/** The longest list of authors read: a dozen bodies. */
const LIST_MAX = 160;

/** The authors of the forwarded text as written, in order, with `andOthers` when the list ends in 等 (部门). */
export interface ForwardedAuthors { names: string[]; andOthers: boolean }

export function forwardedAuthors(title: string, text: string, bodyStart: number): ForwardedAuthors | undefined {
  if (!/转发|批转/.test(title)) return undefined;
  const cover = text.slice(bodyStart, bodyStart + COVER_REACH);
  const at = cover.search(FORWARDS);
  if (at >= 0) {
    const sentence = cover.slice(sentenceStart(cover, at), at);
    const fromCover = authorsBefore(sentence);
    if (fromCover) return fromCover;
  }
  const inTitle = /(?:批转|转发)(.{2,80}?)关于/.exec(title);
  return inTitle ? namesOf(inTitle[1]) : undefined;
}

function sentenceStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && !'。；\n'.includes(s[i - 1])) i--;
  return i;
}

/** The list that stands before 《 (or 关于) in the cover sentence, from the start of its clause. */
function authorsBefore(sentence: string): ForwardedAuthors | undefined {
  const quote = sentence.search(/《|关于/);
  if (quote <= 0) return undefined;
  let from = quote;
  while (from > 0 && quote - from < LIST_MAX && !'，,：:'.includes(sentence[from - 1])) from--;
  // 现将X《…》, 国务院同意X关于…: the verb before the list is no part of it
  const list = sentence.slice(from, quote).replace(/^(?:现将|现把|现|将|国务院同意|同意)/, '');
  return namesOf(list);
}

/**
 * A list of bodies (X、Y和Z, X Y, X等部门, X联合制定的, and 民政部财政部 in a title whose spaces are gone): the registered
 * bodies the mention finder reads in it, when they fill it but for the words that join them; else no list at all.
 */
function namesOf(list: string): ForwardedAuthors | undefined {
  let s = list.replace(/(?:联合|共同)?(?:研究)?(?:制定|起草|提出|拟定|报送)?的?$/, '').trim();
  const etc = /等(?:有关|相关)?(?:部门|单位)?$/.exec(s);
  if (etc) s = s.slice(0, etc.index);
  const found = findAgencyMentions(s);
  if (found.length === 0) return undefined;
  let at = 0;
  for (const m of found) {
    if (!JOINERS.test(s.slice(at, m.start))) return undefined;
    at = m.end;
  }
  if (!JOINERS.test(s.slice(at))) return undefined;
  return { names: found.map((m) => m.asWritten), andOthers: etc !== null };
}
const JOINERS = /^(?:[、，, 　]|和|及|以及)*$/;
