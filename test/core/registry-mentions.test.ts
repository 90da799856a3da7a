import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCIES, findAgencyMentions, resolveAgency } from '../../core/registry';
import { branchEn } from '../../core/entities/branch-name';
import { buildGraph } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';
import { CORPUS_DIR, seedText } from './seed';

const written = (text: string) => findAgencyMentions(text).map((m) => m.asWritten);

describe('findAgencyMentions', () => {
  it('finds names and aliases with offsets into the text', () => {
    const text = '由科技部会同国家发展改革委、中国人民银行研究制定，重庆市人民政府和四川省政府组织实施。';
    const found = findAgencyMentions(text);
    expect(found.map((m) => m.asWritten)).toEqual(['科技部', '国家发展改革委', '中国人民银行', '重庆市人民政府', '四川省政府']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.asWritten);
    expect(found.map((m) => resolveAgency(m.asWritten)?.id)).toEqual(['most', 'ndrc', 'pboc', 'gov-chongqing', 'gov-sichuan']);
  });

  it('takes the longest name at each position and never overlaps', () => {
    expect(written('国务院办公厅印发')).toEqual(['国务院办公厅']);
    expect(written('国务院国资委指导')).toEqual(['国务院国资委']);
    expect(written('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')).toEqual([
      '各省、自治区、直辖市人民政府',
      '国务院各部委、各直属机构',
    ]);
    expect(written('中共中央办公厅、国务院办公厅')).toEqual(['中共中央办公厅', '国务院办公厅']);
  });

  it('treats a bare place in running text as a region, not its government', () => {
    expect(written('支持重庆市、四川省建设西部科学城，推动成渝地区协同发展')).toEqual([]);
    expect(written('重庆、四川两地')).toEqual([]);
  });

  it('skips local counterparts and words that merely contain a name', () => {
    expect(written('省发展改革委、市统计局、县科协和地方财政部')).toEqual([]);
    expect(written('各级财政部门、教育部门和科技部门要落实工作部署')).toEqual([]);
    expect(written('加强各级政府性融资担保机构建设')).toEqual([]);
    expect(written('集中办理，设置人行道')).toEqual([]);
    expect(written('市大数据局牵头')).toEqual([]);
    // the merged local bureau of ethnic and religious affairs is no national body
    expect(written('围场满族蒙古族自治县民族宗教事务局')).toEqual([]);
    expect(written('国家民族事务委员会、宗教事务局')).toEqual(['国家民族事务委员会', '宗教事务局']);
    expect(written('国家统计局和统计局')).toEqual(['国家统计局', '统计局']);
  });

  it('finds the issuers named in the seed document\'s covering note', () => {
    const text = seedText();
    const note = text.slice(text.indexOf('为贯彻落实'), text.indexOf('共同制定了'));
    const ids = findAgencyMentions(note).map((m) => resolveAgency(m.asWritten)?.id);
    expect(ids).toEqual([
      'most', 'ndrc', 'moe', 'miit', 'mof', 'mohrss', 'pboc', 'sasac', 'gacc', 'cnipa', 'cas', 'cae', 'gov-chongqing',
      'gov-sichuan',
    ]);
  });

  it('yields sorted, non-overlapping mentions over the corpus that all resolve', () => {
    const texts = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
    let total = 0;
    for (const text of [...texts, seedText()]) {
      let last = 0;
      for (const m of findAgencyMentions(text)) {
        total++;
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(text.slice(m.start, m.end)).toBe(m.asWritten);
        expect(resolveAgency(m.asWritten), m.asWritten).toBeDefined();
        last = m.end;
      }
    }
    expect(total).toBeGreaterThan(300);
  });

  it('finds any registered full name placed between separators', () => {
    const names = AGENCIES.filter((r) => r.type !== 'unregistered').map((r) => r.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (name, a, b) => {
        const text = `${a}。${name}，${b}`;
        const at = a.length + 1;
        const hit = findAgencyMentions(text).find((m) => m.start === at);
        expect(hit?.asWritten).toBe(name);
      }),
      { numRuns: 300 },
    );
  });

  it('国务院 before a body under it is one mention of that body; before 有关部门 it names no body', () => {
    expect(written('由国务院乡村振兴局统筹协调')).toEqual(['国务院乡村振兴局']);
    expect(resolveAgency('国务院乡村振兴局')?.name).toBe('国家乡村振兴局');
    expect(written('国务院国资委、国务院扶贫办负责')).toEqual(['国务院国资委', '国务院扶贫办']);
    expect(written('国务院有关部门要按照职责分工给予支持')).toEqual([]);
    // an office under it the registry does not hold, by its short form: the office, not the State Council
    expect(written('国务院纠风办负责督查')).toEqual(['国务院纠风办']);
    for (const s of ['国务院批准设立办公室', '国务院督促办理', '国务院研究办法']) expect(written(s), s).toEqual(['国务院']);
    // a wording the registry holds for the class is found as the class
    expect(written('国务院各部门、各地区').map((w) => resolveAgency(w)?.id)).toEqual(['state-council-departments']);
    // the State Council itself, and beside another body
    expect(written('报国务院审批')).toEqual(['国务院']);
    expect(written('国务院、中央军委')).toEqual(['国务院', '中央军委']);
    expect(written('国务院办公厅')).toEqual(['国务院办公厅']);
  });

  it('names the Central Committee\'s commissions apart from their offices', () => {
    expect(written('经中央全面深化改革委员会会议审议通过').map((w) => resolveAgency(w)?.nameEn)).toEqual(['Central Commission for Comprehensively Deepening Reform']);
    expect(written('中央财经委员会第十次会议，中央财经委员会办公室牵头').map((w) => resolveAgency(w)?.id))
      .toEqual(['cpc-financial-economic-commission', 'cpc-financial-economic-office']);
    expect(written('中央金融委员会、中央科技委员会').map((w) => resolveAgency(w)?.id)).toEqual(['cpc-financial-commission', 'cpc-sci-tech-commission']);
  });

  it('returns nothing for empty or name-free text', () => {
    expect(findAgencyMentions('')).toEqual([]);
    expect(findAgencyMentions('abc 123 ，。')).toEqual([]);
  });
});

describe('the large state-owned banks', () => {
  it('are bodies by their names, old ones too, and no part of a word about banks', () => {
    expect(written('支持工商银行、农业银行、中国银行、建设银行和交通银行，中国人民建设银行、国家开发银行要加大信贷支持'))
      .toEqual(['工商银行', '农业银行', '中国银行', '建设银行', '交通银行', '中国人民建设银行', '国家开发银行']);
    expect(resolveAgency('中国人民建设银行')?.id).toBe('ccb');
    expect(written('推动中国银行业协会发展，规范银行间市场，中国银行保险监督管理委员会')).toEqual(['中国银行保险监督管理委员会']);
  });
});

describe('a national body\'s branches', () => {
  it('named after the body with a province, a region or a city: a local body of its own, no mention of the national one', () => {
    const branches = (text: string) => findAgencyMentions(text).map((m) => `${m.asWritten}${m.branch ? ' (branch)' : ''}`);
    expect(branches('中国国际贸易促进委员会广西分会承办')).toEqual(['中国国际贸易促进委员会广西分会 (branch)']);
    expect(branches('海关总署广东分署、国家金融监督管理总局北京监管局和国家税务总局上海市税务局')).toEqual([
      '海关总署广东分署 (branch)', '国家金融监督管理总局北京监管局 (branch)', '国家税务总局上海市税务局 (branch)',
    ]);
    expect(branches('审计署驻广州特派员办事处，国家能源局华北监管局，海关总署负责，人民银行福州分行')).toEqual([
      '审计署驻广州特派员办事处 (branch)', '国家能源局华北监管局 (branch)', '海关总署', '人民银行福州分行 (branch)',
    ]);
    // no place before the branch word: the body itself (商务部 + 分会场)
    expect(written('商务部分会场设在上海')).toEqual(['商务部']);
  });

  it('has an English name made of the body\'s and the place\'s', () => {
    expect(branchEn('人民银行福州分行')).toBe("People's Bank of China Fuzhou Branch");
    expect(branchEn('国家金融监督管理总局北京监管局')).toBe('National Financial Regulatory Administration Beijing Office');
    expect(branchEn('审计署驻广州特派员办事处')).toBe('National Audit Office Guangzhou Resident Office');
    expect(branchEn('中国国际贸易促进委员会广西分会')).toBe('China Council for the Promotion of International Trade Guangxi Branch');
    expect(branchEn('人民银行')).toBeUndefined();
  });

  it('is the body a duty names, in a sentence as in an annotation', () => {
    const doc = parseDocument('关于做好绿色金融工作的通知\n一、保障措施\n人民银行福州分行负责做好政策落实和效果评估。', 'branch.txt');
    const graph = buildGraph([doc]);
    const leads = graph.filterEdges((_e, a) => a.kind === 'leads').map((e) => graph.getNodeAttribute(graph.source(e), 'label'));
    expect(leads).toEqual(['人民银行福州分行']);
  });
});
