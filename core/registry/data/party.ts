import type { AgencyRecord } from '../../model';
import { rows } from './seed-row';

/**
 * CPC Central Committee organs as they appear in State Council documents. Offices that carry a second, state name
 * (中央网信办 = 国家网信办, 中央党校 = 国家行政学院) are one record: the documents use either name for the same body.
 * State bodies merged into a Party organ in 2018 (国家公务员局, 国家宗教事务局, 国务院侨办, 国务院新闻办) are aliases
 * of that organ, because it now carries their name externally; a document written before 2018 means the state body,
 * a record of its own (predecessors.ts, sharedNames; core/registry/in-year.ts). Offices of central commissions that sit inside another
 * organ (中央改革办 in 中央政策研究室) are aliases of the host: the host does the work the annotation assigns.
 */
export const PARTY: AgencyRecord[] = rows('party', [
  { id: 'cpc-central', name: '中共中央', nameEn: 'Central Committee of the Communist Party of China', abbr: 'CPC Central Committee', aliases: ['党中央', '中国共产党中央委员会', '中共中央委员会'] },
  { id: 'cpc-general-office', name: '中共中央办公厅', nameEn: 'General Office of the CPC Central Committee', aliases: ['中办', '中央办公厅'] },
  { id: 'cpc-organization', name: '中共中央组织部', nameEn: 'Organization Department of the CPC Central Committee', aliases: ['中央组织部', '中组部', '国家公务员局', '公务员局'] },
  { id: 'cpc-publicity', name: '中共中央宣传部', nameEn: 'Publicity Department of the CPC Central Committee', aliases: ['中央宣传部', '中宣部', '国务院新闻办公室', '国务院新闻办', '国新办', '国家电影局', '电影局'] },
  { id: 'cpc-press-publication', name: '国家新闻出版署', nameEn: 'National Press and Publication Administration', abbr: 'NPPA', aliases: ['新闻出版署', '国家版权局', '版权局'] },
  { id: 'cpc-united-front', name: '中共中央统一战线工作部', nameEn: 'United Front Work Department of the CPC Central Committee', abbr: 'UFWD', aliases: ['中央统战部', '中共中央统战部', '中央统一战线工作部', '国家宗教事务局', '宗教局', '国务院侨务办公室', '国务院侨办', '国侨办'] },
  { id: 'cpc-international', name: '中共中央对外联络部', nameEn: 'International Department of the CPC Central Committee', abbr: 'IDCPC', aliases: ['中央对外联络部', '中联部'] },
  { id: 'cpc-political-legal', name: '中共中央政法委员会', nameEn: 'Central Political and Legal Affairs Commission', aliases: ['中央政法委', '中央政法委员会', '中共中央政法委', '中央综治办', '中央维稳办', '中央防范办'] },
  { id: 'cpc-social-work', name: '中共中央社会工作部', nameEn: 'Social Work Department of the CPC Central Committee', aliases: ['中央社会工作部', '中央社会部', '中央社工部'] },
  { id: 'cpc-policy-research', name: '中共中央政策研究室', nameEn: 'Policy Research Office of the CPC Central Committee', aliases: ['中央政策研究室', '中央政研室', '中央改革办', '中央深改办', '中央全面深化改革委员会办公室'] },
  { id: 'cpc-history-literature', name: '中共中央党史和文献研究院', nameEn: 'Institute of Party History and Literature of the CPC Central Committee', aliases: ['中央党史和文献研究院', '中央党史研究室', '中央文献研究室', '中央编译局'] },
  { id: 'cpc-party-school', name: '中共中央党校（国家行政学院）', nameEn: 'Party School of the CPC Central Committee (National Academy of Governance)', aliases: ['中央党校', '中共中央党校', '国家行政学院', '中央党校（国家行政学院）'] },
  { id: 'ccdi', name: '中央纪委国家监委', nameEn: 'Central Commission for Discipline Inspection and National Commission of Supervision', abbr: 'CCDI', aliases: ['中央纪委', '中纪委', '国家监委', '中央纪律检查委员会', '中共中央纪律检查委员会', '国家监察委员会', '中央纪委国家监委机关', '国家预防腐败局'] },
  { id: 'cac', name: '中央网络安全和信息化委员会办公室', nameEn: 'Cyberspace Administration of China', abbr: 'CAC', aliases: ['中央网信办', '国家网信办', '网信办', '国家互联网信息办公室', '国家互联网信息办'] },
  { id: 'scopsr', name: '中央机构编制委员会办公室', nameEn: 'Office of the Central Institutional Organization Commission', abbr: 'SCOPSR', aliases: ['中央编办', '中编办'] },
  { id: 'cpc-foreign-affairs-office', name: '中央外事工作委员会办公室', nameEn: 'Office of the Central Foreign Affairs Commission', aliases: ['中央外办', '中央外事办'] },
  { id: 'cpc-national-security-office', name: '中央国家安全委员会办公室', nameEn: 'Office of the Central National Security Commission', aliases: ['中央国安办'] },
  { id: 'cpc-civilisation-office', name: '中央精神文明建设指导委员会办公室', nameEn: 'Office of the Central Guidance Commission on Building Spiritual Civilization', aliases: ['中央文明办'] },
  // the Central Committee's decision-making commissions, which review and adopt what the offices below prepare (经中央全面深化
  // 改革委员会会议审议通过): bodies of their own, named apart from their offices
  { id: 'cpc-reform-commission', name: '中央全面深化改革委员会', nameEn: 'Central Commission for Comprehensively Deepening Reform', aliases: ['中央深改委'] },
  { id: 'cpc-financial-economic-commission', name: '中央财经委员会', nameEn: 'Central Financial and Economic Affairs Commission', aliases: ['中央财经委'] },
  { id: 'cpc-foreign-affairs-commission', name: '中央外事工作委员会', nameEn: 'Central Foreign Affairs Commission', aliases: ['中央外事委'] },
  { id: 'cpc-national-security-commission', name: '中央国家安全委员会', nameEn: 'Central National Security Commission', aliases: ['中央国安委'] },
  { id: 'cpc-cyberspace-commission', name: '中央网络安全和信息化委员会', nameEn: 'Central Cyberspace Affairs Commission', aliases: ['中央网信委'] },
  { id: 'cpc-audit-commission', name: '中央审计委员会', nameEn: 'Central Audit Commission', aliases: [] },
  { id: 'cpc-rule-of-law-commission', name: '中央全面依法治国委员会', nameEn: 'Central Commission for Comprehensive Law-based Governance', aliases: ['中央依法治国委'] },
  { id: 'cpc-financial-commission', name: '中央金融委员会', nameEn: 'Central Financial Commission', aliases: [] },
  { id: 'cpc-sci-tech-commission', name: '中央科技委员会', nameEn: 'Central Science and Technology Commission', aliases: [] },
  { id: 'cpc-rural-work-group', name: '中央农村工作领导小组', nameEn: 'Central Rural Work Leading Group', aliases: [] },
  { id: 'cpc-civil-military-commission', name: '中央军民融合发展委员会', nameEn: 'Central Commission for Integrated Military and Civilian Development', aliases: [] },
  { id: 'cpc-financial-economic-office', name: '中央财经委员会办公室', nameEn: 'Office of the Central Financial and Economic Affairs Commission', aliases: ['中央财办', '中央财经办'] },
  { id: 'cpc-financial-office', name: '中央金融委员会办公室', nameEn: 'Office of the Central Financial Commission', aliases: ['中央金融办'] },
  { id: 'cpc-financial-work-commission', name: '中央金融工作委员会', nameEn: 'Central Financial Work Commission', aliases: ['中央金融工委'] },
  { id: 'cpc-sci-tech-office', name: '中央科技委员会办公室', nameEn: 'Office of the Central Science and Technology Commission', aliases: ['中央科技办'] },
  { id: 'cpc-rural-work-office', name: '中央农村工作领导小组办公室', nameEn: 'Office of the Central Rural Work Leading Group', aliases: ['中央农办'] },
  { id: 'cpc-civil-military-office', name: '中央军民融合发展委员会办公室', nameEn: 'Office of the Central Commission for Integrated Military and Civilian Development', aliases: ['中央军民融合办'] },
  { id: 'cpc-taiwan-office', name: '中共中央台湾工作办公室（国务院台湾事务办公室）', nameEn: "Taiwan Work Office of the CPC Central Committee (Taiwan Affairs Office of the State Council)", abbr: 'TAO', aliases: ['中央台办', '国务院台办', '国台办', '国务院台湾事务办公室', '中共中央台湾工作办公室'] },
  { id: 'cpc-central-state-organs-committee', name: '中央和国家机关工作委员会', nameEn: 'Work Committee for Central and State Organs', aliases: ['中央和国家机关工委'] },
  { id: 'state-secrets', name: '中央保密委员会办公室（国家保密局）', nameEn: 'National Administration of State Secrets Protection', abbr: 'NASSP', aliases: ['国家保密局', '保密局', '中央保密办'] },
  { id: 'state-cryptography', name: '中央密码工作领导小组办公室（国家密码管理局）', nameEn: 'State Cryptography Administration', abbr: 'SCA', aliases: ['国家密码管理局', '密码局', '国家密码局'] },
  { id: 'state-archives', name: '中央档案馆（国家档案局）', nameEn: 'National Archives Administration of China', abbr: 'NAAC', aliases: ['国家档案局', '档案局', '中央档案馆'] },
  // Central Party newspapers and journal (中央直属事业单位): named beside 新华社 in annotations on publicity work.
  { id: 'peoples-daily', name: '人民日报社', nameEn: "People's Daily", aliases: [] },
  { id: 'guangming-daily', name: '光明日报社', nameEn: 'Guangming Daily', aliases: [] },
  { id: 'economic-daily', name: '经济日报社', nameEn: 'Economic Daily', aliases: [] },
  { id: 'qiushi', name: '求是杂志社', nameEn: 'Qiushi Journal', aliases: [] },
]);
