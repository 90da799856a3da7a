import type { AgencyRecord } from '../../model';
import { rows } from './seed-row';

export const MASS_ORGANISATIONS: AgencyRecord[] = rows('mass_organisation', [
  { id: 'acftu', name: '中华全国总工会', nameEn: 'All-China Federation of Trade Unions', abbr: 'ACFTU', aliases: ['全国总工会'] },
  { id: 'cylc', name: '中国共产主义青年团中央委员会', nameEn: 'Central Committee of the Communist Youth League of China', abbr: 'CYLC', aliases: ['共青团中央', '团中央'] },
  { id: 'acwf', name: '中华全国妇女联合会', nameEn: "All-China Women's Federation", abbr: 'ACWF', aliases: ['全国妇联', '国务院妇儿工委办公室', '国务院妇女儿童工作委员会办公室'] },
  { id: 'cast', name: '中国科学技术协会', nameEn: 'China Association for Science and Technology', abbr: 'CAST', aliases: ['中国科协', '科协'] },
  { id: 'acfic', name: '中华全国工商业联合会', nameEn: 'All-China Federation of Industry and Commerce', abbr: 'ACFIC', aliases: ['全国工商联', '工商联'] },
  { id: 'cdpf', name: '中国残疾人联合会', nameEn: "China Disabled Persons' Federation", abbr: 'CDPF', aliases: ['中国残联', '残联'] },
  { id: 'rcsc', name: '中国红十字会总会', nameEn: 'Red Cross Society of China', abbr: 'RCSC', aliases: ['红十字会总会', '中国红十字会'] },
  { id: 'cflac', name: '中国文学艺术界联合会', nameEn: 'China Federation of Literary and Art Circles', abbr: 'CFLAC', aliases: ['中国文联'] },
  { id: 'cwa', name: '中国作家协会', nameEn: "China Writers' Association", abbr: 'CWA', aliases: ['中国作协'] },
  { id: 'acfroc', name: '中华全国归国华侨联合会', nameEn: 'All-China Federation of Returned Overseas Chinese', abbr: 'ACFROC', aliases: ['中国侨联', '全国侨联'] },
  { id: 'cls', name: '中国法学会', nameEn: 'China Law Society', abbr: 'CLS', aliases: [] },
  { id: 'acfsmc', name: '中华全国供销合作总社', nameEn: 'All China Federation of Supply and Marketing Cooperatives', abbr: 'ACFSMC', aliases: ['供销合作总社', '全国供销合作总社', '供销总社'] },
  { id: 'ccpit', name: '中国国际贸易促进委员会', nameEn: 'China Council for the Promotion of International Trade', abbr: 'CCPIT', aliases: ['中国贸促会', '贸促会'] },
  { id: 'cpaffc', name: '中国人民对外友好协会', nameEn: "Chinese People's Association for Friendship with Foreign Countries", abbr: 'CPAFFC', aliases: ['对外友协', '全国对外友协'] },
]);

export const JUDICIAL: AgencyRecord[] = rows('judicial', [
  { id: 'spc', name: '最高人民法院', nameEn: "Supreme People's Court", abbr: 'SPC', aliases: ['最高法', '最高法院'] },
  { id: 'spp', name: '最高人民检察院', nameEn: "Supreme People's Procuratorate", abbr: 'SPP', aliases: ['最高检', '最高检察院'] },
]);

export const LEGISLATURE: AgencyRecord[] = rows('legislature', [
  { id: 'npc', name: '全国人民代表大会', nameEn: "National People's Congress", abbr: 'NPC', aliases: ['全国人大'] },
  { id: 'npcsc', name: '全国人民代表大会常务委员会', nameEn: "Standing Committee of the National People's Congress", abbr: 'NPCSC', aliases: ['全国人大常委会'] },
  { id: 'cppcc', name: '中国人民政治协商会议全国委员会', nameEn: "National Committee of the Chinese People's Political Consultative Conference", abbr: 'CPPCC', aliases: ['全国政协'] },
]);

/** Central Military Commission organs as State Council documents name them (often without the 中央 prefix). */
export const MILITARY: AgencyRecord[] = rows('military', [
  { id: 'cmc', name: '中央军事委员会', nameEn: 'Central Military Commission', abbr: 'CMC', aliases: ['中央军委'] },
  { id: 'cmc-general-office', name: '中央军委办公厅', nameEn: 'General Office of the Central Military Commission', aliases: ['军委办公厅'] },
  { id: 'cmc-joint-staff', name: '中央军委联合参谋部', nameEn: 'Joint Staff Department of the Central Military Commission', aliases: ['军委联合参谋部', '联合参谋部'] },
  { id: 'cmc-political-work', name: '中央军委政治工作部', nameEn: 'Political Work Department of the Central Military Commission', aliases: ['军委政治工作部'] },
  { id: 'cmc-logistic-support', name: '中央军委后勤保障部', nameEn: 'Logistic Support Department of the Central Military Commission', aliases: ['军委后勤保障部', '总后勤部'] },
  { id: 'cmc-equipment', name: '中央军委装备发展部', nameEn: 'Equipment Development Department of the Central Military Commission', aliases: ['军委装备发展部', '总装备部'] },
  { id: 'cmc-training', name: '中央军委训练管理部', nameEn: 'Training Management Department of the Central Military Commission', aliases: ['军委训练管理部'] },
  { id: 'cmc-mobilization', name: '中央军委国防动员部', nameEn: 'National Defense Mobilization Department of the Central Military Commission', aliases: ['军委国防动员部', '国防动员部'] },
  { id: 'cmc-science-technology', name: '中央军委科学技术委员会', nameEn: 'Science and Technology Commission of the Central Military Commission', aliases: ['军委科技委', '中央军委科技委'] },
  { id: 'cmc-politics-law', name: '中央军委政法委员会', nameEn: 'Political and Legal Affairs Commission of the Central Military Commission', aliases: ['军委政法委'] },
  { id: 'pap', name: '中国人民武装警察部队', nameEn: "People's Armed Police", abbr: 'PAP', aliases: ['武警部队', '武警总部'] },
]);

/** State-owned enterprises, policy banks and funds that State Council documents name as implementing bodies. */
export const ENTERPRISES: AgencyRecord[] = rows('enterprise', [
  { id: 'china-railway', name: '中国国家铁路集团有限公司', nameEn: 'China State Railway Group Co., Ltd.', abbr: 'China Railway', aliases: ['国家铁路集团', '国铁集团', '中国国家铁路集团'] },
  { id: 'state-grid', name: '国家电网有限公司', nameEn: 'State Grid Corporation of China', abbr: 'SGCC', aliases: ['国家电网', '国家电网公司', '国网公司'] },
  { id: 'china-southern-grid', name: '中国南方电网有限责任公司', nameEn: 'China Southern Power Grid', abbr: 'CSG', aliases: ['南方电网', '南方电网公司', '中国南方电网'] },
  { id: 'cdb', name: '国家开发银行', nameEn: 'China Development Bank', abbr: 'CDB', aliases: ['国开行'] },
  { id: 'chexim', name: '中国进出口银行', nameEn: 'Export-Import Bank of China', abbr: 'China Exim Bank', aliases: ['进出口银行'] },
  { id: 'adbc', name: '中国农业发展银行', nameEn: 'Agricultural Development Bank of China', abbr: 'ADBC', aliases: ['农业发展银行', '农发行'] },
  // the large state-owned commercial banks, named with the policy banks among the financial institutions charged with credit
  { id: 'icbc', name: '中国工商银行股份有限公司', nameEn: 'Industrial and Commercial Bank of China', abbr: 'ICBC', aliases: ['中国工商银行', '工商银行'] },
  { id: 'abchina', name: '中国农业银行股份有限公司', nameEn: 'Agricultural Bank of China', abbr: 'ABC', aliases: ['中国农业银行', '农业银行'] },
  { id: 'bank-of-china', name: '中国银行股份有限公司', nameEn: 'Bank of China', abbr: 'BOC', aliases: ['中国银行'] },
  { id: 'ccb', name: '中国建设银行股份有限公司', nameEn: 'China Construction Bank', abbr: 'CCB', aliases: ['中国建设银行', '建设银行', '中国人民建设银行'] },
  { id: 'bocom', name: '交通银行股份有限公司', nameEn: 'Bank of Communications', abbr: 'BOCOM', aliases: ['交通银行'] },
  { id: 'psbc', name: '中国邮政储蓄银行股份有限公司', nameEn: 'Postal Savings Bank of China', abbr: 'PSBC', aliases: ['中国邮政储蓄银行', '邮储银行', '邮政储蓄银行'] },
  { id: 'sinosure', name: '中国出口信用保险公司', nameEn: 'China Export & Credit Insurance Corporation', abbr: 'Sinosure', aliases: ['中国信保', '出口信用保险公司'] },
  { id: 'nfgf', name: '国家融资担保基金有限责任公司', nameEn: 'National Financing Guarantee Fund', abbr: 'NFGF', aliases: ['国家融资担保基金'] },
  { id: 'china-post', name: '中国邮政集团有限公司', nameEn: 'China Post Group', aliases: ['中国邮政集团', '中国邮政集团公司', '邮政集团'] },
]);
