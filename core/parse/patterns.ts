/**
 * Line-level shapes of the genre (党政机关公文, GB/T 9704). Every pattern is anchored and free of
 * nested quantifiers so that a line is classified in linear time.
 */

/** 发文字号 such as 国科发规〔2023〕31号, 国办发[2018]117号; group 1 = prefix, 2 = year, 3 = serial. */
export const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})\s*[〔［\[【(（]\s*([0-9０-９]{4})\s*[〕］\]】)）]\s*([0-9０-９]{1,4})\s*号/;
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`);

/** 2023年3月31日 / 2023年03月31日 / 二〇二三年三月三十一日; typesetters often write the zero as ○ (white circle) or Ｏ. */
export const DATE_LINE = /^([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
export const DATE_ANYWHERE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/;

/** Header block labels of gov.cn pages; spaces inside labels vary (标 题, 来 源). */
export const HEADER_LABEL = /^(标\s*题|发\s*文\s*字\s*号|来\s*源|主\s*题\s*分\s*类|公\s*文\s*种\s*类|成\s*文\s*日\s*期|发\s*布\s*日\s*期|索\s*引\s*号|发\s*文\s*机\s*关)\s*[：:]\s*(.*)$/;

/** Start of an attachment: a bare 附件 / 附件1 / 附件一 line. */
export const ATTACHMENT_LINE = /^附\s*件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]?$/;

/** 注： / 说明： heading a list of notes. */
export const NOTES_LINE = /^(注|说明|备注)\s*[：:]?$/;

/** Outline labels at the start of a line. */
export const LABEL_CN = /^([〇零一二两三四五六七八九十百]{1,4})、/;
export const LABEL_PAREN_CN = /^[（(]([〇零一二两三四五六七八九十百]{1,4})[）)]/;
/** 1. / 1． / 1、 but not 1.2亿 (a decimal) */
export const LABEL_ARABIC = /^([0-9０-９]{1,3})(?:[.．](?![0-9０-９])|、)/;
export const LABEL_PAREN_ARABIC = /^[（(]([0-9０-９]{1,3})[）)]/;
export const LABEL_CHAPTER = /^第([〇零一二两三四五六七八九十百]{1,4}|[0-9０-９]{1,3})(章|节|条)/;

/** Characters an outline label can begin with (the first characters of the five LABEL_ patterns above). */
const LABEL_FIRST = new Uint8Array(0x10000);
for (const ch of '〇零一二两三四五六七八九十百（(0123456789０１２３４５６７８９第') LABEL_FIRST[ch.charCodeAt(0)] = 1;
/**
 * Whether a line may begin with an outline label. Most lines do not, and one table lookup says so before the five
 * label patterns are tried on every line of every document.
 */
export const mayStartLabel = (s: string): boolean => s.length > 0 && LABEL_FIRST[s.charCodeAt(0)] === 1;

/** Typeset copies write digits full-width (２０１９, １．); values are read in ASCII. */
export const asciiDigits = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);

/** Offsets of each line: [start, end) with end excluding the newline. */
export function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) { spans.push([start, text.length]); break; }
    spans.push([start, nl]);
    start = nl + 1;
  }
  return spans;
}
