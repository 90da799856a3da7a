import type { AgencyRecord, AgencyType } from '../model';
import { AGENCIES } from './agencies';
import { findProvince } from './provinces';

/**
 * The agency forms the mention finder looks for in running text (core/registry/mentions.ts), with what decides whether
 * a match stands. The agency lane of the extractors' marks (core/entities/lanes.ts) is made from the same list.
 *
 * Forms left out: bare place names (in body text 四川省 is the region, not its government) and forms of one or two
 * characters (中办 is also in 集中办理, 人行 in 人行道); those still resolve in annotations.
 */
export interface MentionForm {
  /** the form itself: a match is written exactly so, and reporting this string saves slicing one from the text */
  readonly form: string;
  readonly record: AgencyRecord;
  /** the form may also be a local counterpart: 省发展改革委, 市统计局, 县科协 */
  readonly hasLocalCounterpart: boolean;
  /** characters that, right after the form, show it is part of a longer word: 教育部门, 工作部署, 政府性(基金) */
  readonly notFollowedBy?: ReadonlySet<number>;
}

/** Types whose name without a national prefix is also the name of a provincial, city or county counterpart. */
const LOCAL_COUNTERPART_TYPES: ReadonlySet<AgencyType> = new Set<AgencyType>([
  'party', 'ministry', 'special', 'directly_affiliated', 'institution', 'bureau', 'mass_organisation',
]);
const NATIONAL_PREFIX = /^(?:国家|中国|中华|国务院|中央|中共|全国|最高)/;
// Sets of character codes: `text[i]` of a CJK character allocates a string at every lookup.
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const NOT_AFTER_BU = codes('门署');
const NOT_AFTER_ZHENGFU = codes('性');
/** 中国银行业, 银行间市场, 银行卡, 银行账户, 银行保险机构: a bank's name at the start of a word about banks */
const NOT_AFTER_YINHANG = codes('业间卡账保');
const MIN_FORM_LENGTH = 3;

export const MENTION_FORMS: readonly MentionForm[] = AGENCIES.flatMap((record) =>
  [record.name, ...record.aliases]
    .filter((form) => form.length >= MIN_FORM_LENGTH && !(record.type === 'provincial_government' && findProvince(form)))
    .map((form) => ({
      form,
      record,
      hasLocalCounterpart: LOCAL_COUNTERPART_TYPES.has(record.type) && !NATIONAL_PREFIX.test(form),
      notFollowedBy: form.endsWith('部') ? NOT_AFTER_BU : form.endsWith('政府') ? NOT_AFTER_ZHENGFU : form.endsWith('银行') ? NOT_AFTER_YINHANG : undefined,
    })));
