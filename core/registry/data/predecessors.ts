import type { AgencyRecord, AgencyType } from '../../model';
import type { SeedRow } from './seed-row';

/**
 * Bodies abolished, merged or renamed in the State Council reforms of 1998, 2003, 2008, 2013, 2018 and 2023, each as
 * its own agency with the years it existed and the bodies that took over its work (principal successor first). A 2004
 * document's 铁道部 is the Ministry of Railways, not today's Ministry of Transport: old names resolve to the old body and
 * are never rewritten; views may group a body with its present-day successor (see core/graph/successors.ts).
 *
 * Names a later body bears again (国家药品监督管理局 1998–2003 and since 2018, 广电总局 for both the radio, film and
 * television administration and today's radio and television one, 国家计委 before and after 1998) are the later body's
 * names; the earlier body lists them as `sharedNames`, and a document of its years means it by them (in-year.ts).
 */
interface HistoricalRow extends SeedRow { type: AgencyType; since?: number; until: number; succeededBy: string[]; sharedNames?: string[] }

const rows = (list: readonly HistoricalRow[]): AgencyRecord[] =>
  list.map((r) => {
    const record: AgencyRecord = { id: r.id, name: r.name, nameEn: r.nameEn, abbr: r.abbr, aliases: [...r.aliases], type: r.type, since: r.since, until: r.until, succeededBy: [...r.succeededBy] };
    if (r.sharedNames) record.sharedNames = [...r.sharedNames];
    return record;
  });

export const PREDECESSORS: AgencyRecord[] = rows([
  // ministries and commissions
  { id: 'mor', name: '铁道部', nameEn: 'Ministry of Railways', abbr: 'MOR', aliases: [], type: 'ministry', since: 1949, until: 2013, succeededBy: ['mot', 'nra', 'crc'] },
  { id: 'state-planning', name: '国家计划委员会', nameEn: 'State Planning Commission', abbr: 'SPC', aliases: [], type: 'ministry', since: 1952, until: 1998, succeededBy: ['sdpc'], sharedNames: ['国家计委'] },
  { id: 'sdpc', name: '国家发展计划委员会', nameEn: 'State Development Planning Commission', abbr: 'SDPC', aliases: ['国家计委', '发展计划委员会'], type: 'ministry', since: 1998, until: 2003, succeededBy: ['ndrc'] },
  { id: 'setc', name: '国家经济贸易委员会', nameEn: 'State Economic and Trade Commission', abbr: 'SETC', aliases: ['国家经贸委', '经贸委'], type: 'ministry', since: 1993, until: 2003, succeededBy: ['ndrc', 'mofcom', 'sasac'] },
  { id: 'moftec', name: '对外贸易经济合作部', nameEn: 'Ministry of Foreign Trade and Economic Cooperation', abbr: 'MOFTEC', aliases: ['外经贸部'], type: 'ministry', since: 1993, until: 2003, succeededBy: ['mofcom'] },
  { id: 'mdt', name: '国内贸易部', nameEn: 'Ministry of Domestic Trade', aliases: [], type: 'ministry', since: 1993, until: 1998, succeededBy: ['setc'] },
  { id: 'scres', name: '国家经济体制改革委员会', nameEn: 'State Commission for Restructuring the Economic System', aliases: ['国家体改委'], type: 'ministry', since: 1982, until: 1998, succeededBy: ['oesr'] },
  { id: 'sedc', name: '国家教育委员会', nameEn: 'State Education Commission', aliases: ['国家教委'], type: 'ministry', since: 1985, until: 1998, succeededBy: ['moe'] },
  { id: 'sstc', name: '国家科学技术委员会', nameEn: 'State Science and Technology Commission', aliases: ['国家科委'], type: 'ministry', since: 1958, until: 1998, succeededBy: ['most'] },
  { id: 'spcsc', name: '国家体育运动委员会', nameEn: 'State Physical Culture and Sports Commission', aliases: ['国家体委'], type: 'ministry', since: 1952, until: 1998, succeededBy: ['gas'] },
  { id: 'mpt', name: '邮电部', nameEn: 'Ministry of Posts and Telecommunications', aliases: [], type: 'ministry', since: 1949, until: 1998, succeededBy: ['mii'] },
  { id: 'mei', name: '电子工业部', nameEn: 'Ministry of Electronics Industry', aliases: [], type: 'ministry', since: 1993, until: 1998, succeededBy: ['mii'] },
  { id: 'mol', name: '劳动部', nameEn: 'Ministry of Labour', aliases: [], type: 'ministry', since: 1949, until: 1998, succeededBy: ['molss'] },
  { id: 'mii', name: '信息产业部', nameEn: 'Ministry of Information Industry', abbr: 'MII', aliases: ['信产部'], type: 'ministry', since: 1998, until: 2008, succeededBy: ['miit'] },
  { id: 'costind', name: '国防科学技术工业委员会', nameEn: 'Commission of Science, Technology and Industry for National Defense', abbr: 'COSTIND', aliases: ['国防科工委'], type: 'ministry', since: 1982, until: 2008, succeededBy: ['miit', 'sastind'] },
  { id: 'mop', name: '人事部', nameEn: 'Ministry of Personnel', aliases: [], type: 'ministry', since: 1988, until: 2008, succeededBy: ['mohrss'] },
  { id: 'molss', name: '劳动和社会保障部', nameEn: 'Ministry of Labour and Social Security', abbr: 'MOLSS', aliases: ['劳动保障部'], type: 'ministry', since: 1998, until: 2008, succeededBy: ['mohrss'] },
  { id: 'moc-construction', name: '建设部', nameEn: 'Ministry of Construction', aliases: [], type: 'ministry', since: 1988, until: 2008, succeededBy: ['mohurd'] },
  { id: 'moc-communications', name: '交通部', nameEn: 'Ministry of Communications', aliases: [], type: 'ministry', since: 1949, until: 2008, succeededBy: ['mot'] },
  { id: 'moh', name: '卫生部', nameEn: 'Ministry of Health', abbr: 'MOH', aliases: [], type: 'ministry', since: 1949, until: 2013, succeededBy: ['nhfpc'] },
  { id: 'npfpc', name: '国家人口和计划生育委员会', nameEn: 'National Population and Family Planning Commission', aliases: ['国家人口计生委', '人口计生委', '国家计划生育委员会', '国家计生委'], type: 'ministry', since: 1981, until: 2013, succeededBy: ['nhfpc'] },
  { id: 'nhfpc', name: '国家卫生和计划生育委员会', nameEn: 'National Health and Family Planning Commission', abbr: 'NHFPC', aliases: ['卫生计生委', '国家卫计委', '卫计委'], type: 'ministry', since: 2013, until: 2018, succeededBy: ['nhc'] },
  // ministries of 1998 and before: the industrial ones became bureaus of the 国家经贸委, then were abolished in 2001
  { id: 'mgmr', name: '地质矿产部', nameEn: 'Ministry of Geology and Mineral Resources', aliases: ['地矿部'], type: 'ministry', since: 1982, until: 1998, succeededBy: ['mlr'] },
  { id: 'mci', name: '化学工业部', nameEn: 'Ministry of Chemical Industry', aliases: ['化工部'], type: 'ministry', until: 1998, succeededBy: ['spcib'] },
  { id: 'mmi', name: '机械工业部', nameEn: 'Ministry of Machine-Building Industry', aliases: ['机械部'], type: 'ministry', until: 1998, succeededBy: ['smib'] },
  { id: 'mmet', name: '冶金工业部', nameEn: 'Ministry of Metallurgical Industry', aliases: ['冶金部'], type: 'ministry', until: 1998, succeededBy: ['smetb'] },
  { id: 'mci-coal', name: '煤炭工业部', nameEn: 'Ministry of Coal Industry', aliases: ['煤炭部'], type: 'ministry', until: 1998, succeededBy: ['scib'] },
  { id: 'mep-power', name: '电力工业部', nameEn: 'Ministry of Electric Power Industry', aliases: ['电力部'], type: 'ministry', until: 1998, succeededBy: ['setc'] },
  { id: 'mrft', name: '广播电影电视部', nameEn: 'Ministry of Radio, Film and Television', aliases: ['广电部'], type: 'ministry', since: 1986, until: 1998, succeededBy: ['sarft'] },
  { id: 'moa', name: '农业部', nameEn: 'Ministry of Agriculture', abbr: 'MOA', aliases: [], type: 'ministry', since: 1949, until: 2018, succeededBy: ['mara'] },
  { id: 'mlr', name: '国土资源部', nameEn: 'Ministry of Land and Resources', abbr: 'MLR', aliases: ['国土部'], type: 'ministry', since: 1998, until: 2018, succeededBy: ['mnr'] },
  { id: 'mep', name: '环境保护部', nameEn: 'Ministry of Environmental Protection', abbr: 'MEP', aliases: ['环保部'], type: 'ministry', since: 2008, until: 2018, succeededBy: ['mee'] },
  { id: 'moc-culture', name: '文化部', nameEn: 'Ministry of Culture', aliases: [], type: 'ministry', since: 1949, until: 2018, succeededBy: ['mct'] },
  { id: 'mos', name: '监察部', nameEn: 'Ministry of Supervision', aliases: [], type: 'ministry', since: 1987, until: 2018, succeededBy: ['ccdi'] },
  // party organs merged in 2018
  { id: 'cpc-central-organs-wc', name: '中共中央直属机关工作委员会', nameEn: 'Working Committee of the Organs Directly under the CPC Central Committee', aliases: ['中直机关工委', '中央直属机关工委', '中央直属机关工作委员会'], type: 'party', since: 1952, until: 2018, succeededBy: ['cpc-central-state-organs-committee'] },
  { id: 'cpc-state-organs-wc', name: '中共中央国家机关工作委员会', nameEn: 'Working Committee of the Central State Organs', aliases: ['中央国家机关工委', '中央国家机关工作委员会'], type: 'party', since: 1998, until: 2018, succeededBy: ['cpc-central-state-organs-committee'] },
  // directly affiliated administrations
  { id: 'sepa', name: '国家环境保护总局', nameEn: 'State Environmental Protection Administration', abbr: 'SEPA', aliases: ['国家环保总局', '环保总局'], type: 'directly_affiliated', since: 1998, until: 2008, succeededBy: ['mep'] },
  { id: 'caac-general', name: '中国民用航空总局', nameEn: 'General Administration of Civil Aviation of China', aliases: ['民航总局', '中国民航总局', '民用航空总局'], type: 'directly_affiliated', since: 1987, until: 2008, succeededBy: ['caac'] },
  { id: 'saic', name: '国家工商行政管理总局', nameEn: 'State Administration for Industry and Commerce', abbr: 'SAIC', aliases: ['工商总局', '国家工商总局', '国家工商局'], type: 'directly_affiliated', since: 1978, until: 2018, succeededBy: ['samr'] },
  { id: 'aqsiq', name: '国家质量监督检验检疫总局', nameEn: 'General Administration of Quality Supervision, Inspection and Quarantine', abbr: 'AQSIQ', aliases: ['质检总局', '国家质检总局'], type: 'directly_affiliated', since: 2001, until: 2018, succeededBy: ['samr', 'gacc'] },
  { id: 'saws', name: '国家安全生产监督管理总局', nameEn: 'State Administration of Work Safety', abbr: 'SAWS', aliases: ['安全监管总局', '国家安监总局', '安监总局', '国家安全监管总局'], type: 'directly_affiliated', since: 2005, until: 2018, succeededBy: ['mem'] },
  { id: 'sasws', name: '国家安全生产监督管理局', nameEn: 'State Administration of Work Safety (2001–2005)', aliases: ['国家安全监管局', '国家安监局', '安全监管局'], type: 'directly_affiliated', since: 2001, until: 2005, succeededBy: ['saws'] },
  { id: 'sacms', name: '国家煤矿安全监察局', nameEn: 'State Administration of Coal Mine Safety', aliases: ['国家煤监局', '煤矿安监局', '国家煤矿安监局', '煤矿安全监察局'], type: 'bureau', since: 1999, until: 2020, succeededBy: ['nmsa'] },
  { id: 'sbqts', name: '国家质量技术监督局', nameEn: 'State Bureau of Quality and Technical Supervision', aliases: ['国家质量技监局', '质量技监局'], type: 'directly_affiliated', since: 1998, until: 2001, succeededBy: ['aqsiq'] },
  { id: 'sbts', name: '国家技术监督局', nameEn: 'State Bureau of Technical Supervision', aliases: [], type: 'directly_affiliated', since: 1988, until: 1998, succeededBy: ['sbqts'] },
  { id: 'ciq', name: '国家出入境检验检疫局', nameEn: 'State Administration of Entry-Exit Inspection and Quarantine', aliases: ['国家检验检疫局'], type: 'bureau', since: 1998, until: 2001, succeededBy: ['aqsiq'] },
  { id: 'nepa', name: '国家环境保护局', nameEn: 'National Environmental Protection Agency', aliases: ['国家环保局'], type: 'directly_affiliated', since: 1988, until: 1998, succeededBy: ['sepa'] },
  { id: 'slab', name: '国家土地管理局', nameEn: 'State Land Administration Bureau', aliases: ['国家土地局'], type: 'directly_affiliated', since: 1986, until: 1998, succeededBy: ['mlr'] },
  { id: 'spad', name: '国家医药管理局', nameEn: 'State Pharmaceutical Administration', aliases: [], type: 'bureau', until: 1998, succeededBy: ['sda'] },
  { id: 'sgrb', name: '国家粮食储备局', nameEn: 'State Grain Reserve Bureau', aliases: [], type: 'bureau', until: 2000, succeededBy: ['sag'] },
  // the bureaus of the 国家经贸委 (1998–2001), abolished with their industries' ministries' work handed to trade associations
  { id: 'cntc', name: '中国纺织总会', nameEn: 'China National Textile Council', aliases: ['纺织总会'], type: 'institution', since: 1993, until: 1998, succeededBy: ['stib'] },
  { id: 'cnclli', name: '中国轻工总会', nameEn: 'China National Council of Light Industry', aliases: ['轻工总会'], type: 'institution', since: 1993, until: 1998, succeededBy: ['slib'] },
  { id: 'sacp', name: '国家物价局', nameEn: 'State Administration of Commodity Prices', aliases: [], type: 'directly_affiliated', since: 1984, until: 1993, succeededBy: ['state-planning'] },
  { id: 'slib', name: '国家轻工业局', nameEn: 'State Bureau of Light Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'stib', name: '国家纺织工业局', nameEn: 'State Bureau of Textile Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'smetb', name: '国家冶金工业局', nameEn: 'State Bureau of Metallurgical Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'spcib', name: '国家石油和化学工业局', nameEn: 'State Bureau of Petroleum and Chemical Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'smib', name: '国家机械工业局', nameEn: 'State Bureau of Machine-Building Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'scib', name: '国家煤炭工业局', nameEn: 'State Bureau of Coal Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'sbmib', name: '国家建筑材料工业局', nameEn: 'State Bureau of Building Materials Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'snfib', name: '国家有色金属工业局', nameEn: 'State Bureau of Nonferrous Metals Industry', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'sidt', name: '国家国内贸易局', nameEn: 'State Bureau of Internal Trade', aliases: [], type: 'bureau', since: 1998, until: 2001, succeededBy: ['setc'] },
  { id: 'sfda', name: '国家食品药品监督管理局', nameEn: 'State Food and Drug Administration', abbr: 'SFDA', aliases: ['国家食品药品监管局', '食品药品监管局'], type: 'directly_affiliated', since: 2003, until: 2013, succeededBy: ['cfda'] },
  { id: 'cfda', name: '国家食品药品监督管理总局', nameEn: 'China Food and Drug Administration', abbr: 'CFDA', aliases: ['食品药品监管总局', '国家食品药品监管总局', '食药监总局'], type: 'directly_affiliated', since: 2013, until: 2018, succeededBy: ['samr', 'nmpa'] },
  { id: 'sarft', name: '国家广播电影电视总局', nameEn: 'State Administration of Radio, Film and Television', abbr: 'SARFT', aliases: ['广播电影电视总局'], type: 'directly_affiliated', since: 1998, until: 2013, succeededBy: ['sapprft'], sharedNames: ['广电总局'] },
  { id: 'sda', name: '国家药品监督管理局', nameEn: 'State Drug Administration', abbr: 'SDA', aliases: [], type: 'directly_affiliated', since: 1998, until: 2003, succeededBy: ['sfda'], sharedNames: ['国家药品监督管理局', '药品监督管理局', '药监局'] },
  { id: 'gapp', name: '新闻出版总署', nameEn: 'General Administration of Press and Publication', abbr: 'GAPP', aliases: ['国家新闻出版总署'], type: 'directly_affiliated', since: 2001, until: 2013, succeededBy: ['sapprft'], sharedNames: ['国家版权局', '版权局'] },
  { id: 'sapprft', name: '国家新闻出版广电总局', nameEn: 'State Administration of Press, Publication, Radio, Film and Television', abbr: 'SAPPRFT', aliases: ['新闻出版广电总局'], type: 'directly_affiliated', since: 2013, until: 2018, succeededBy: ['nrta', 'cpc-press-publication'], sharedNames: ['广电总局', '国家版权局', '版权局'] },
  { id: 'sfa', name: '国家林业局', nameEn: 'State Forestry Administration', abbr: 'SFA', aliases: ['林业局'], type: 'directly_affiliated', since: 1998, until: 2018, succeededBy: ['nfga'] },
  { id: 'cnta', name: '国家旅游局', nameEn: 'China National Tourism Administration', abbr: 'CNTA', aliases: ['旅游局'], type: 'directly_affiliated', since: 1982, until: 2018, succeededBy: ['mct'] },
  // offices of the State Council
  { id: 'oesr', name: '国务院经济体制改革办公室', nameEn: 'Office for Economic Restructuring of the State Council', aliases: ['国务院体改办', '体改办'], type: 'administrative_office', since: 1998, until: 2003, succeededBy: ['ndrc'] },
  { id: 'wdo', name: '国务院西部地区开发领导小组办公室', nameEn: 'Office of the Leading Group for Western Region Development of the State Council', aliases: ['国务院西部开发办', '西部开发办'], type: 'administrative_office', since: 2000, until: 2008, succeededBy: ['ndrc'] },
  { id: 'neo', name: '国务院振兴东北地区等老工业基地领导小组办公室', nameEn: 'Office of the Leading Group for Revitalising Northeast China of the State Council', aliases: ['国务院振兴东北办', '振兴东北办'], type: 'administrative_office', since: 2003, until: 2008, succeededBy: ['ndrc'] },
  { id: 'tgpo', name: '国务院三峡工程建设委员会办公室', nameEn: 'Office of the Three Gorges Project Construction Committee of the State Council', aliases: ['国务院三峡办', '三峡办'], type: 'administrative_office', since: 1993, until: 2018, succeededBy: ['mwr'] },
  { id: 'snwdo', name: '国务院南水北调工程建设委员会办公室', nameEn: 'Office of the South-to-North Water Diversion Project Construction Committee of the State Council', aliases: ['国务院南水北调办', '南水北调办'], type: 'administrative_office', since: 2003, until: 2018, succeededBy: ['mwr'] },
  { id: 'scepc', name: '国务院环境保护委员会', nameEn: 'Environmental Protection Commission of the State Council', aliases: ['国务院环委会'], type: 'administrative_office', since: 1984, until: 1998, succeededBy: ['sepa'] },
  { id: 'sceto', name: '国务院经济贸易办公室', nameEn: 'Economic and Trade Office of the State Council', aliases: ['国务院经贸办'], type: 'administrative_office', since: 1992, until: 1993, succeededBy: ['setc'] },
  { id: 'sarlgo', name: '国务院行政审批制度改革工作领导小组办公室', nameEn: 'Office of the Leading Group for Administrative Approval Reform of the State Council', aliases: ['国务院审改办', '审改办'], type: 'administrative_office', since: 2001, until: 2018, succeededBy: ['state-council-general-office'] },
  { id: 'sciio', name: '国务院信息化工作办公室', nameEn: 'State Council Informatization Office', aliases: ['国务院信息办', '国信办'], type: 'administrative_office', since: 2001, until: 2008, succeededBy: ['miit'] },
  { id: 'nelgo', name: '国家能源领导小组办公室', nameEn: 'Office of the National Energy Leading Group', aliases: ['国家能源办'], type: 'administrative_office', since: 2005, until: 2008, succeededBy: ['nea'] },
  { id: 'lao', name: '国务院法制办公室', nameEn: 'Legislative Affairs Office of the State Council', aliases: ['国务院法制办', '法制办'], type: 'administrative_office', since: 1998, until: 2018, succeededBy: ['moj'] },
  // national bureaus and regulators
  { id: 'soa', name: '国家海洋局', nameEn: 'State Oceanic Administration', abbr: 'SOA', aliases: ['海洋局'], type: 'bureau', since: 1964, until: 2018, succeededBy: ['mnr'] },
  { id: 'sbsm', name: '国家测绘局', nameEn: 'State Bureau of Surveying and Mapping', abbr: 'SBSM', aliases: ['测绘局'], type: 'bureau', since: 1982, until: 2011, succeededBy: ['nasg'] },
  { id: 'nasg', name: '国家测绘地理信息局', nameEn: 'National Administration of Surveying, Mapping and Geoinformation', aliases: ['测绘地信局', '国家测绘地信局'], type: 'bureau', since: 2011, until: 2018, succeededBy: ['mnr'] },
  { id: 'safea', name: '国家外国专家局', nameEn: 'State Administration of Foreign Experts Affairs', abbr: 'SAFEA', aliases: ['外专局', '国家外专局'], type: 'bureau', until: 2018, succeededBy: ['most'] },
  { id: 'sag', name: '国家粮食局', nameEn: 'State Administration of Grain', aliases: ['粮食局'], type: 'bureau', since: 2000, until: 2018, succeededBy: ['nfsra'] },
  { id: 'serc', name: '国家电力监管委员会', nameEn: 'State Electricity Regulatory Commission', abbr: 'SERC', aliases: ['电监会', '国家电监会'], type: 'institution', since: 2002, until: 2013, succeededBy: ['nea'] },
  { id: 'cbrc', name: '中国银行业监督管理委员会', nameEn: 'China Banking Regulatory Commission', abbr: 'CBRC', aliases: ['银监会', '中国银监会'], type: 'institution', since: 2003, until: 2018, succeededBy: ['cbirc'] },
  // State bodies that joined a Party organ in 2018, which carries their names today (party.ts)
  { id: 'ocao', name: '国务院侨务办公室', nameEn: 'Overseas Chinese Affairs Office of the State Council', abbr: 'OCAO', aliases: [], type: 'administrative_office', since: 1978, until: 2018, succeededBy: ['cpc-united-front'], sharedNames: ['国务院侨务办公室', '国务院侨办', '国侨办'] },
  { id: 'sara', name: '国家宗教事务局', nameEn: 'State Administration for Religious Affairs', abbr: 'SARA', aliases: [], type: 'bureau', since: 1998, until: 2018, succeededBy: ['cpc-united-front'], sharedNames: ['国家宗教事务局', '宗教事务局', '国家宗教局', '宗教局'] },
  { id: 'rab', name: '国务院宗教事务局', nameEn: 'Religious Affairs Bureau of the State Council', aliases: ['国务院宗教局'], type: 'bureau', since: 1954, until: 1998, succeededBy: ['sara'] },
  { id: 'sacs', name: '国家公务员局', nameEn: 'State Administration of Civil Service', aliases: [], type: 'bureau', since: 2008, until: 2018, succeededBy: ['cpc-organization'], sharedNames: ['国家公务员局', '公务员局'] },
  { id: 'scio', name: '国务院新闻办公室', nameEn: 'State Council Information Office', abbr: 'SCIO', aliases: [], type: 'administrative_office', since: 1991, until: 2018, succeededBy: ['cpc-publicity'], sharedNames: ['国务院新闻办公室', '国务院新闻办', '国新办'] },
  { id: 'cag', name: '国家行政学院', nameEn: 'Chinese Academy of Governance', aliases: [], type: 'institution', since: 1994, until: 2018, succeededBy: ['cpc-party-school'], sharedNames: ['国家行政学院'] },
  { id: 'ppa', name: '新闻出版署', nameEn: 'Press and Publication Administration', aliases: [], type: 'directly_affiliated', since: 1987, until: 2001, succeededBy: ['gapp'], sharedNames: ['新闻出版署', '国家新闻出版署', '国家版权局', '版权局'] },
  // the railways' business, parted from the 铁道部 in 2013, became a group company in 2019
  { id: 'crc', name: '中国铁路总公司', nameEn: 'China Railway Corporation', abbr: 'CRC', aliases: ['铁路总公司'], type: 'enterprise', since: 2013, until: 2019, succeededBy: ['china-railway'] },
  { id: 'circ', name: '中国保险监督管理委员会', nameEn: 'China Insurance Regulatory Commission', abbr: 'CIRC', aliases: ['保监会', '中国保监会'], type: 'institution', since: 1998, until: 2018, succeededBy: ['cbirc'] },
]);

/**
 * Years and successors of bodies the present-day lists keep (founded by a reform, or abolished since the last one),
 * by id: applied in agencies.ts so that the rows there stay as they were written.
 */
export const LIFESPANS: Readonly<Record<string, { since?: number; until?: number; succeededBy?: string[] }>> = {
  'cpc-central-state-organs-committee': { since: 2018 }, ndrc: { since: 2003 }, mofcom: { since: 2003 }, sasac: { since: 2003 }, miit: { since: 2008 }, mohrss: { since: 2008 },
  mohurd: { since: 2008 }, mot: { since: 2008 }, mee: { since: 2018 }, mnr: { since: 2018 }, mara: { since: 2018 },
  mct: { since: 2018 }, nhc: { since: 2018 }, mem: { since: 2018 }, mva: { since: 2018 }, samr: { since: 2018 },
  nrta: { since: 2018 }, 'cpc-press-publication': { since: 2018 }, nmpa: { since: 2018 }, nfga: { since: 2018 }, nfsra: { since: 2018 }, nhsa: { since: 2018 }, cidca: { since: 2018 },
  nia: { since: 2018 }, nra: { since: 2013 }, 'china-railway': { since: 2019 }, nmsa: { since: 2020 }, nea: { since: 2008 }, nda: { since: 2023 }, nfra: { since: 2023 },
  csrc: { since: 1992 }, moe: { since: 1998 }, most: { since: 1998 },
  cbirc: { since: 2018, until: 2023, succeededBy: ['nfra'] },
  lgop: { since: 1986, until: 2021, succeededBy: ['nrra'] },
  nrra: { since: 2021, until: 2023, succeededBy: ['mara'] },
};
