/**
 * Fonts embedded by browsers and office suites often map common ideographs to the look-alike radicals of the Kangxi
 * Radicals and CJK Radicals Supplement blocks (⽂ for 文, ⻚ for 页) in their ToUnicode tables. Text copied from such a
 * PDF reads the same but matches nothing, so the radicals are put back to the ideographs they stand for: the Kangxi
 * block through Unicode's own compatibility mapping (NFKC), the supplement's standalone forms through this table.
 */

const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺅': '亻', '⺇': '几', '⺈': '𠂊', '⺊': '卜', '⺋': '㔾', '⺌': '小', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺑': '𡯂',
  '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺕': '彐', '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺜': '日', '⺝': '月',
  '⺞': '歺', '⺟': '母', '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺧': '牜', '⺨': '犭',
  '⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糹', '⺰': '纟', '⺱': '罓', '⺲': '罒', '⺳': '罓',
  '⺴': '罒', '⺵': '网', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '耂', '⺺': '聿', '⺻': '聿', '⺼': '月', '⺽': '臼', '⺾': '艹',
  '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠', '⻉': '贝',
  '⻊': '𧾷', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门',
  '⻕': '阝', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '𩙿', '⻟': '飠',
  '⻠': '饣', '⻡': '𩠐', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾',
  '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

export function unifyRadicals(s: string): string {
  if (!RADICAL.test(s)) return s;
  RADICAL.lastIndex = 0;
  return s.replace(RADICAL, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
}
