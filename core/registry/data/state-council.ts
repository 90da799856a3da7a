import type { AgencyRecord } from '../../model';
import { rows } from './seed-row';

/**
 * The State Council and its departments in the 2023 structure. Bodies abolished, merged or renamed by a reform
 * (环境保护部, 农业部, 铁道部 …) are agencies of their own in predecessors.ts, with their years and successors: an old
 * name is never read as today's body. State Council coordination offices housed in a department
 * (国务院医改办 in 国家卫生健康委, 国务院安委办 in 应急管理部) are aliases of the host department; the coordination
 * bodies themselves (国家减灾委员会, 国务院安委会) are agencies of their own.
 */
export const STATE_COUNCIL: AgencyRecord[] = rows('state_council', [
  { id: 'state-council', name: '国务院', nameEn: 'State Council', aliases: ['中华人民共和国国务院', '中央人民政府'] },
  { id: 'state-council-general-office', name: '国务院办公厅', nameEn: 'General Office of the State Council', aliases: ['国办'] },
]);

export const MINISTRIES: AgencyRecord[] = rows('ministry', [
  { id: 'mfa', name: '外交部', nameEn: 'Ministry of Foreign Affairs', abbr: 'MFA', aliases: [] },
  { id: 'mnd', name: '国防部', nameEn: 'Ministry of National Defense', abbr: 'MND', aliases: [] },
  { id: 'ndrc', name: '国家发展和改革委员会', nameEn: 'National Development and Reform Commission', abbr: 'NDRC', aliases: ['发展改革委', '发改委', '国家发展改革委员会', '发展和改革委员会'] },
  { id: 'moe', name: '教育部', nameEn: 'Ministry of Education', abbr: 'MOE', aliases: [] },
  { id: 'most', name: '科学技术部', nameEn: 'Ministry of Science and Technology', abbr: 'MOST', aliases: ['科技部'] },
  { id: 'miit', name: '工业和信息化部', nameEn: 'Ministry of Industry and Information Technology', abbr: 'MIIT', aliases: ['工信部', '工业信息化部'] },
  { id: 'neac', name: '国家民族事务委员会', nameEn: 'National Ethnic Affairs Commission', abbr: 'NEAC', aliases: ['民委', '民族事务委员会'] },
  { id: 'mps', name: '公安部', nameEn: 'Ministry of Public Security', abbr: 'MPS', aliases: ['国家禁毒委', '国家禁毒委员会', '国家禁毒办', '国家禁毒委办公室'] },
  { id: 'mss', name: '国家安全部', nameEn: 'Ministry of State Security', abbr: 'MSS', aliases: [] },
  { id: 'mca', name: '民政部', nameEn: 'Ministry of Civil Affairs', abbr: 'MCA', aliases: [] },
  { id: 'moj', name: '司法部', nameEn: 'Ministry of Justice', abbr: 'MOJ', aliases: ['中央依法治国办'] },
  { id: 'mof', name: '财政部', nameEn: 'Ministry of Finance', abbr: 'MOF', aliases: [] },
  { id: 'mohrss', name: '人力资源和社会保障部', nameEn: 'Ministry of Human Resources and Social Security', abbr: 'MOHRSS', aliases: ['人力资源社会保障部', '人社部', '人力资源部', '国务院农民工办'] },
  { id: 'mnr', name: '自然资源部', nameEn: 'Ministry of Natural Resources', abbr: 'MNR', aliases: [] },
  { id: 'mee', name: '生态环境部', nameEn: 'Ministry of Ecology and Environment', abbr: 'MEE', aliases: [] },
  { id: 'mohurd', name: '住房和城乡建设部', nameEn: 'Ministry of Housing and Urban-Rural Development', abbr: 'MOHURD', aliases: ['住房城乡建设部', '住建部', '住房建设部'] },
  { id: 'mot', name: '交通运输部', nameEn: 'Ministry of Transport', abbr: 'MOT', aliases: [] },
  { id: 'mwr', name: '水利部', nameEn: 'Ministry of Water Resources', abbr: 'MWR', aliases: [] },
  { id: 'mara', name: '农业农村部', nameEn: 'Ministry of Agriculture and Rural Affairs', abbr: 'MARA', aliases: ['农村农业部'] },
  { id: 'mofcom', name: '商务部', nameEn: 'Ministry of Commerce', abbr: 'MOFCOM', aliases: [] },
  { id: 'mct', name: '文化和旅游部', nameEn: 'Ministry of Culture and Tourism', abbr: 'MCT', aliases: ['文化旅游部', '文旅部'] },
  { id: 'nhc', name: '国家卫生健康委员会', nameEn: 'National Health Commission', abbr: 'NHC', aliases: ['卫生健康委', '卫健委', '卫生健康委员会', '国务院医改办', '国务院深化医药卫生体制改革领导小组办公室', '全国老龄办', '全国老龄工作委员会办公室', '全国爱卫办'] },
  { id: 'mva', name: '退役军人事务部', nameEn: 'Ministry of Veterans Affairs', abbr: 'MVA', aliases: ['退役军人部'] },
  { id: 'mem', name: '应急管理部', nameEn: 'Ministry of Emergency Management', abbr: 'MEM', aliases: ['应急部', '国务院安委办', '国务院安委会办公室', '国务院安全生产委员会办公室'] },
  { id: 'pboc', name: '中国人民银行', nameEn: "People's Bank of China", abbr: 'PBOC', aliases: ['人民银行', '央行', '人行'] },
  { id: 'nao', name: '审计署', nameEn: 'National Audit Office', abbr: 'NAO', aliases: ['国家审计署', '中央审计办'] },
]);

export const SPECIAL: AgencyRecord[] = rows('special', [
  { id: 'sasac', name: '国务院国有资产监督管理委员会', nameEn: 'State-owned Assets Supervision and Administration Commission of the State Council', abbr: 'SASAC', aliases: ['国资委', '国务院国资委'] },
]);

export const DIRECTLY_AFFILIATED: AgencyRecord[] = rows('directly_affiliated', [
  { id: 'gacc', name: '海关总署', nameEn: 'General Administration of Customs', abbr: 'GACC', aliases: ['中华人民共和国海关总署'] },
  { id: 'sta', name: '国家税务总局', nameEn: 'State Taxation Administration', abbr: 'STA', aliases: ['税务总局'] },
  { id: 'samr', name: '国家市场监督管理总局', nameEn: 'State Administration for Market Regulation', abbr: 'SAMR', aliases: ['市场监管总局', '市场监督管理总局', '国务院食安办', '国务院食品安全委员会办公室'] },
  { id: 'nfra', name: '国家金融监督管理总局', nameEn: 'National Financial Regulatory Administration', abbr: 'NFRA', aliases: ['金融监管总局'] },
  { id: 'csrc', name: '中国证券监督管理委员会', nameEn: 'China Securities Regulatory Commission', abbr: 'CSRC', aliases: ['证监会', '中国证监会'] },
  { id: 'nrta', name: '国家广播电视总局', nameEn: 'National Radio and Television Administration', abbr: 'NRTA', aliases: ['广电总局', '广播电视总局'] },
  { id: 'gas', name: '国家体育总局', nameEn: 'General Administration of Sport of China', abbr: 'GAS', aliases: ['体育总局'] },
  { id: 'nppca', name: '国家信访局', nameEn: 'National Public Complaints and Proposals Administration', aliases: ['信访局'] },
  { id: 'nbs', name: '国家统计局', nameEn: 'National Bureau of Statistics', abbr: 'NBS', aliases: ['统计局'] },
  { id: 'cnipa', name: '国家知识产权局', nameEn: 'China National Intellectual Property Administration', abbr: 'CNIPA', aliases: ['知识产权局'] },
  { id: 'cidca', name: '国家国际发展合作署', nameEn: 'China International Development Cooperation Agency', abbr: 'CIDCA', aliases: ['国际发展合作署', '国合署'] },
  { id: 'nhsa', name: '国家医疗保障局', nameEn: 'National Healthcare Security Administration', abbr: 'NHSA', aliases: ['医保局', '医疗保障局'] },
  { id: 'counsellors-office', name: '国务院参事室', nameEn: "Counsellors' Office of the State Council", aliases: ['参事室'] },
  { id: 'ngoa', name: '国家机关事务管理局', nameEn: 'National Government Offices Administration', abbr: 'NGOA', aliases: ['国管局', '机关事务管理局'] },
]);

export const ADMINISTRATIVE_OFFICES: AgencyRecord[] = rows('administrative_office', [
  { id: 'hkmao', name: '中央港澳工作办公室（国务院港澳事务办公室）', nameEn: "Hong Kong and Macao Work Office of the CPC Central Committee (Hong Kong and Macao Affairs Office of the State Council)", abbr: 'HKMAO', aliases: ['国务院港澳事务办公室', '国务院港澳办', '港澳办', '中央港澳办', '中央港澳工作办公室'] },
  { id: 'state-council-research-office', name: '国务院研究室', nameEn: 'Research Office of the State Council', aliases: [] },
  { id: 'lgop', name: '国务院扶贫开发领导小组办公室', nameEn: 'State Council Leading Group Office of Poverty Alleviation and Development', abbr: 'LGOP', aliases: ['国务院扶贫办', '扶贫办'] },
  // coordination bodies of the State Council, chaired by its leaders: their offices move between departments over the
  // years (the 减灾委's was in 民政部 until 2018), the bodies themselves do not
  { id: 'ncdr', name: '国家减灾委员会', nameEn: 'National Commission for Disaster Reduction', aliases: ['国家减灾委', '减灾委'] },
  { id: 'sfdh', name: '国家防汛抗旱总指挥部', nameEn: 'State Flood Control and Drought Relief Headquarters', aliases: ['国家防总'] },
  { id: 'scwsc', name: '国务院安全生产委员会', nameEn: 'Work Safety Commission of the State Council', aliases: ['国务院安委会'] },
]);

export const INSTITUTIONS: AgencyRecord[] = rows('institution', [
  { id: 'xinhua', name: '新华通讯社', nameEn: 'Xinhua News Agency', aliases: ['新华社'] },
  { id: 'cas', name: '中国科学院', nameEn: 'Chinese Academy of Sciences', abbr: 'CAS', aliases: ['中科院'] },
  { id: 'cass', name: '中国社会科学院', nameEn: 'Chinese Academy of Social Sciences', abbr: 'CASS', aliases: ['社科院', '中国社科院'] },
  { id: 'cae', name: '中国工程院', nameEn: 'Chinese Academy of Engineering', abbr: 'CAE', aliases: ['工程院'] },
  { id: 'drc', name: '国务院发展研究中心', nameEn: 'Development Research Center of the State Council', abbr: 'DRC', aliases: ['国研中心'] },
  { id: 'cmg', name: '中央广播电视总台', nameEn: 'China Media Group', abbr: 'CMG', aliases: ['中央电视台', '中央人民广播电台', '中国国际广播电台'] },
  { id: 'cma', name: '中国气象局', nameEn: 'China Meteorological Administration', abbr: 'CMA', aliases: ['气象局'] },
  { id: 'cea', name: '中国地震局', nameEn: 'China Earthquake Administration', abbr: 'CEA', aliases: ['地震局', '国家地震局'] },
  { id: 'cbirc', name: '中国银行保险监督管理委员会', nameEn: 'China Banking and Insurance Regulatory Commission', abbr: 'CBIRC', aliases: ['银保监会', '中国银保监会'] },
  { id: 'nssf', name: '全国社会保障基金理事会', nameEn: 'National Council for Social Security Fund', abbr: 'NSSF', aliases: ['社保基金会', '全国社保基金理事会'] },
  { id: 'nsfc', name: '国家自然科学基金委员会', nameEn: 'National Natural Science Foundation of China', abbr: 'NSFC', aliases: ['自然科学基金委', '国家自然科学基金委', '基金委'] },
  // the river basin commissions the Ministry of Water Resources sends out, which plans and replies charge with the
  // supervision of a basin (长江水利委员会具体负责《规划》实施的监督检查)
  { id: 'cjw', name: '水利部长江水利委员会', nameEn: 'Changjiang Water Resources Commission', aliases: ['长江水利委员会', '长江委'] },
  { id: 'yrcc', name: '水利部黄河水利委员会', nameEn: 'Yellow River Conservancy Commission', aliases: ['黄河水利委员会', '黄委'] },
  { id: 'hrc', name: '水利部淮河水利委员会', nameEn: 'Huaihe River Commission', aliases: ['淮河水利委员会', '淮委'] },
  { id: 'hwcc', name: '水利部海河水利委员会', nameEn: 'Haihe River Water Conservancy Commission', aliases: ['海河水利委员会', '海委'] },
  { id: 'pearlwater', name: '水利部珠江水利委员会', nameEn: 'Pearl River Water Resources Commission', aliases: ['珠江水利委员会', '珠江委'] },
  { id: 'slwr', name: '水利部松辽水利委员会', nameEn: 'Songliao Water Resources Commission', aliases: ['松辽水利委员会', '松辽委'] },
  { id: 'tba', name: '水利部太湖流域管理局', nameEn: 'Taihu Basin Authority', aliases: ['太湖流域管理局', '太湖局'] },
]);

/** National bureaus administered by a ministry (部委管理的国家局), plus brands a ministry carries for a distinct function. */
export const BUREAUS: AgencyRecord[] = rows('bureau', [
  { id: 'nfsra', name: '国家粮食和物资储备局', nameEn: 'National Food and Strategic Reserves Administration', abbr: 'NFSRA', aliases: ['粮食和储备局', '国家粮食和储备局', '粮食和物资储备局'] },
  { id: 'nea', name: '国家能源局', nameEn: 'National Energy Administration', abbr: 'NEA', aliases: ['能源局'] },
  { id: 'nda', name: '国家数据局', nameEn: 'National Data Administration', abbr: 'NDA', aliases: ['数据局'] },
  { id: 'sastind', name: '国家国防科技工业局', nameEn: 'State Administration of Science, Technology and Industry for National Defense', abbr: 'SASTIND', aliases: ['国防科工局', '国防科技工业局'] },
  { id: 'cnsa', name: '国家航天局', nameEn: 'China National Space Administration', abbr: 'CNSA', aliases: ['航天局'] },
  { id: 'caea', name: '国家原子能机构', nameEn: 'China Atomic Energy Authority', abbr: 'CAEA', aliases: ['原子能机构'] },
  { id: 'stma', name: '国家烟草专卖局', nameEn: 'State Tobacco Monopoly Administration', abbr: 'STMA', aliases: ['烟草局', '国家烟草局', '烟草专卖局'] },
  { id: 'nia', name: '国家移民管理局', nameEn: 'National Immigration Administration', abbr: 'NIA', aliases: ['移民局', '国家移民局', '移民管理局'] },
  { id: 'nfga', name: '国家林业和草原局', nameEn: 'National Forestry and Grassland Administration', abbr: 'NFGA', aliases: ['林草局', '国家林草局', '林业和草原局', '全国绿化委员会', '全国绿化委', '国家公园管理局'] },
  { id: 'nra', name: '国家铁路局', nameEn: 'National Railway Administration', abbr: 'NRA', aliases: ['铁路局'] },
  { id: 'caac', name: '中国民用航空局', nameEn: 'Civil Aviation Administration of China', abbr: 'CAAC', aliases: ['民航局', '中国民航局', '民用航空局', '国家民航局'] },
  { id: 'spb', name: '国家邮政局', nameEn: 'State Post Bureau', abbr: 'SPB', aliases: ['邮政局'] },
  { id: 'ncha', name: '国家文物局', nameEn: 'National Cultural Heritage Administration', abbr: 'NCHA', aliases: ['文物局'] },
  { id: 'natcm', name: '国家中医药管理局', nameEn: 'National Administration of Traditional Chinese Medicine', abbr: 'NATCM', aliases: ['中医药局', '中医药管理局'] },
  { id: 'ndcpa', name: '国家疾病预防控制局', nameEn: 'National Disease Control and Prevention Administration', abbr: 'NDCPA', aliases: ['疾控局', '疾病预防控制局'] },
  { id: 'nmsa', name: '国家矿山安全监察局', nameEn: 'National Mine Safety Administration', abbr: 'NMSA', aliases: ['矿山安监局', '矿山安全监察局', '国家矿山安监局'] },
  { id: 'nfra-fire', name: '国家消防救援局', nameEn: 'National Fire and Rescue Administration', aliases: ['消防救援局'] },
  { id: 'safe', name: '国家外汇管理局', nameEn: 'State Administration of Foreign Exchange', abbr: 'SAFE', aliases: ['外汇局', '外汇管理局'] },
  { id: 'nmpa', name: '国家药品监督管理局', nameEn: 'National Medical Products Administration', abbr: 'NMPA', aliases: ['药监局', '药品监督管理局'] },
  { id: 'sac', name: '国家标准化管理委员会', nameEn: 'Standardization Administration of China', abbr: 'SAC', aliases: ['标准委', '国家标准委'] },
  { id: 'cnca', name: '国家认证认可监督管理委员会', nameEn: 'Certification and Accreditation Administration of China', abbr: 'CNCA', aliases: ['认监委', '国家认监委'] },
  { id: 'samr-antimonopoly', name: '国家反垄断局', nameEn: 'National Anti-Monopoly Bureau', aliases: ['反垄断局'] },
  { id: 'nnsa', name: '国家核安全局', nameEn: 'National Nuclear Safety Administration', abbr: 'NNSA', aliases: ['核安全局'] },
  { id: 'nrra', name: '国家乡村振兴局', nameEn: 'National Rural Revitalization Administration', abbr: 'NRRA', aliases: ['乡村振兴局'] },
  { id: 'language-commission', name: '国家语言文字工作委员会', nameEn: 'National Language Commission', aliases: ['国家语委', '语委'] },
]);
