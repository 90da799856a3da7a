import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, responsibilityRows, successionLinks, successorOf } from '../../core/graph';
import { nodesCsv } from '../../core/exports/csv';
import { agencyNodeId } from '../../core/ids';
import type { AgencyNode } from '../../core/model';
import { findAnnotations } from '../../core/parse/annotations';
import { parseDocument } from '../../core/parse/document';
import { AGENCIES, agencyById, allSuccessors, documentYear, findAgencyMentions, presentSuccessor, resolveAgency } from '../../core/registry';

const root = fileURLToPath(new URL('../../', import.meta.url));
const id = (s: string) => resolveAgency(s)?.id;

describe('bodies of earlier State Council structures', () => {
  it('old names resolve to the old body, never to today\'s successor', () => {
    const old: Array<[string, string]> = [
      ['铁道部', 'mor'], ['国家计委', 'sdpc'], ['国家发展计划委员会', 'sdpc'], ['国家计划委员会', 'state-planning'], ['国家经贸委', 'setc'], ['国家教委', 'sedc'],
      ['信息产业部', 'mii'], ['国家环保总局', 'sepa'], ['环保总局', 'sepa'], ['民航总局', 'caac-general'],
      ['国务院西部开发办', 'wdo'], ['西部开发办', 'wdo'], ['国务院三峡办', 'tgpo'], ['三峡办', 'tgpo'], ['农业部', 'moa'],
      ['交通部', 'moc-communications'], ['国土资源部', 'mlr'], ['质检总局', 'aqsiq'], ['卫生部', 'moh'], ['卫生计生委', 'nhfpc'],
      ['文化部', 'moc-culture'], ['国家旅游局', 'cnta'], ['安全监管总局', 'saws'], ['工商总局', 'saic'],
      ['食品药品监管总局', 'cfda'], ['新闻出版广电总局', 'sapprft'], ['人事部', 'mop'], ['劳动保障部', 'molss'],
      ['建设部', 'moc-construction'], ['国务院扶贫办', 'lgop'], ['国家海洋局', 'soa'], ['国家林业局', 'sfa'],
      ['银监会', 'cbrc'], ['保监会', 'circ'], ['环境保护部', 'mep'],
      // the 1998 ministries, the 国家经贸委's bureaus (1998–2001) and the administrations that became 总局 or were renamed
      ['地矿部', 'mgmr'], ['化学工业部', 'mci'], ['电力部', 'mep-power'], ['广播电影电视部', 'mrft'], ['国家轻工业局', 'slib'],
      ['国家石油和化学工业局', 'spcib'], ['国家国内贸易局', 'sidt'], ['国家安全生产监督管理局', 'sasws'], ['国家煤矿安全监察局', 'sacms'],
      ['国家质量技术监督局', 'sbqts'], ['国家出入境检验检疫局', 'ciq'], ['国家环保局', 'nepa'], ['国务院信息化工作办公室', 'sciio'], ['国务院环境保护委员会', 'scepc'], ['国务院审改办', 'sarlgo'],
    ];
    for (const [name, want] of old) expect(id(name), name).toBe(want);
    // the bodies that still exist keep their own names
    for (const [name, want] of [['证监会', 'csrc'], ['农业农村部', 'mara'], ['交通运输部', 'mot'], ['自然资源部', 'mnr'], ['市场监管总局', 'samr']]) {
      expect(id(name), name).toBe(want);
    }
  });

  it('every body with a history has an English name, its years and successors that exist', () => {
    const historical = AGENCIES.filter((r) => r.until !== undefined);
    expect(historical.length).toBeGreaterThan(40);
    for (const r of historical) {
      expect(r.nameEn, r.name).toMatch(/[A-Za-z]/);
      expect(r.succeededBy?.length, r.name).toBeGreaterThan(0);
      if (r.since !== undefined) expect(r.since, r.name).toBeLessThan(r.until!);
      for (const s of r.succeededBy ?? []) expect(agencyById(s), `${r.name} → ${s}`).toBeDefined();
    }
    expect(agencyById('csrc')?.until).toBeUndefined();
  });

  it('follows successors through every reform to the present-day body', () => {
    expect(presentSuccessor('moh')?.id).toBe('nhc'); // 卫生部 → 卫生计生委 → 国家卫生健康委
    expect(presentSuccessor('sdpc')?.id).toBe('ndrc');
    expect(presentSuccessor('sepa')?.id).toBe('mee'); // 国家环保总局 → 环境保护部 → 生态环境部
    expect(presentSuccessor('lgop')?.id).toBe('mara'); // 国务院扶贫办 → 国家乡村振兴局 → 农业农村部
    expect(presentSuccessor('cbrc')?.id).toBe('nfra');
    expect(presentSuccessor('sasws')?.id).toBe('mem'); // 国家安全生产监督管理局 → 国家安全生产监督管理总局 → 应急管理部
    expect(presentSuccessor('sacms')?.id).toBe('nmsa'); // 国家煤矿安全监察局 → 国家矿山安全监察局 (2020)
    expect(presentSuccessor('mci')?.id).toBe('ndrc'); // 化学工业部 → 国家石油和化学工业局 → 国家经贸委 → 国家发展改革委
    expect(presentSuccessor('mot')?.id).toBe('mot');
    expect(allSuccessors('mor').map((r) => r.id)).toEqual(['mot', 'nra', 'crc', 'china-railway']);
    // 中国铁路总公司 (2013–2019) is not today's group company under an old name
    expect(resolveAgency('中国铁路总公司')?.id).toBe('crc');
    expect(presentSuccessor('crc')?.id).toBe('china-railway');
  });

  it('a document\'s old names become the old bodies in the graph, with their years; successorOf groups them with today\'s', () => {
    const doc = parseDocument(readFileSync(`${root}test/fixtures/annotations/rail-2004.txt`, 'utf8'), 'rail-2004.txt');
    const later = parseDocument('国务院关于推进交通强国建设的意见\n国发〔2099〕2号\n一、任务\n（一）推进建设。加快建设（交通运输部、国家发展改革委负责）', 'b.txt');
    const graph = buildGraph([doc, later]);
    expect(responsibilityRows(graph).filter((r) => r.document === '国办发〔2004〕88号').map((r) => r.agencyId.replace('agency:', ''))).toEqual([
      'mor', 'sdpc', 'mof', 'setc', 'sepa', 'mlr', 'moa', 'cpc-central-state-organs-committee', 'wdo', 'tgpo',
      'cbrc', 'circ', 'csrc', 'moc-communications', 'mii', 'caac-general',
    ]);
    const railways = graph.getNodeAttributes(agencyNodeId('mor')) as AgencyNode;
    expect(railways).toMatchObject({ label: '铁道部', labelEn: 'Ministry of Railways', since: 1949, until: 2013, succeededBy: ['mot', 'nra', 'crc'] });
    expect(successorOf(graph, agencyNodeId('mor'))).toBe(agencyNodeId('mot'));
    expect(successorOf(graph, agencyNodeId('sdpc'))).toBe(agencyNodeId('ndrc'));
    expect(successorOf(graph, agencyNodeId('mot'))).toBe(agencyNodeId('mot'));
    expect(successorOf(graph, agencyNodeId('csrc'))).toBe(agencyNodeId('csrc'));
    const links = successionLinks(graph).map((l) => `${l.source} → ${l.target}`);
    expect(links).toEqual(expect.arrayContaining(['agency:mor → agency:mot', 'agency:sdpc → agency:ndrc', 'agency:setc → agency:ndrc', 'agency:wdo → agency:ndrc', 'agency:moc-communications → agency:mot']));
    // nothing links to a body the graph does not hold
    for (const l of successionLinks(graph)) expect(graph.hasNode(l.target)).toBe(true);
  });
});

describe('a name that passed from one body to a later one', () => {
  const agencies = (year: number, date: string): string[] => {
    const text = `国务院关于加强药品管理的通知\n国发〔${year}〕12号\n\n一、加强管理\n（一）加强药品审批管理。（国家计委、国家药品监督管理局、广电总局负责）\n（二）国家药品监督管理局要加强监督。\n\n国务院\n${date}\n`;
    const graph = buildGraph([parseDocument(text, `d${year}.txt`)]);
    return graph.filterNodes((_n, a) => a.kind === 'agency').map((n) => (graph.getNodeAttributes(n) as AgencyNode).agencyId).sort();
  };
  it('means the body that bore it in the document\'s year', () => {
    expect(agencies(1996, '1996年5月1日')).toEqual(['nmpa', 'nrta', 'state-council', 'state-planning']);
    expect(agencies(2001, '2001年5月1日')).toEqual(['sarft', 'sda', 'sdpc', 'state-council']);
    expect(agencies(2020, '2020年5月1日')).toEqual(['nmpa', 'nrta', 'sdpc', 'state-council']);
  });
  it('takes the year from the document number when the text is undated', () => {
    expect(agencies(1996, '')).toEqual(['nmpa', 'nrta', 'state-council', 'state-planning']);
    expect(agencies(2001, '')).toEqual(['sarft', 'sda', 'sdpc', 'state-council']);
    expect(documentYear({ number: '国发〔1996〕31号' })).toBe(1996);
    expect(documentYear({ date: '2001-05-01', number: '国发〔1996〕31号' })).toBe(2001);
    expect(documentYear({})).toBeUndefined();
  });
  it('resolves to today\'s body when the year is not known, and names its earlier bearers', () => {
    expect(id('国家药品监督管理局')).toBe('nmpa');
    expect(id('广电总局')).toBe('nrta');
    expect(agencyById('sda')?.sharedNames).toContain('国家药品监督管理局');
  });
});

describe('state bodies a Party organ took over in 2018, and a body renamed', () => {
  const agencies = (year: number): string[] => {
    const text = `国务院关于做好侨务和宗教工作的意见\n国发〔${year}〕3号\n\n一、加强工作\n（一）维护侨胞权益（国务院侨办牵头，国家宗教局、国家广电总局、国家版权局、国务院新闻办、国家公务员局、国家行政学院、国家测绘局参与）。\n\n国务院\n${year}年3月5日\n`;
    const graph = buildGraph([parseDocument(text, `d${year}.txt`)]);
    return graph.filterNodes((_n, a) => a.kind === 'agency').map((n) => (graph.getNodeAttributes(n) as AgencyNode).agencyId).sort();
  };
  it('means the state body before the year of the change, the Party organ from it', () => {
    expect(agencies(2010)).toEqual(['cag', 'gapp', 'ocao', 'sacs', 'sara', 'sarft', 'sbsm', 'scio', 'state-council']);
    expect(agencies(2015)).toEqual(['cag', 'ocao', 'sacs', 'sapprft', 'sara', 'sbsm', 'scio', 'state-council']);
    expect(agencies(2019)).toEqual(['cpc-organization', 'cpc-party-school', 'cpc-press-publication', 'cpc-publicity', 'cpc-united-front', 'nrta', 'sbsm', 'state-council']);
    // the node carries its years and successors, named for views without the registry, and so does the nodes CSV
    const text = '国务院关于做好侨务工作的意见\n国发〔2010〕3号\n\n一、加强工作\n（一）维护侨胞权益（国务院侨办负责）。\n\n国务院\n2010年3月5日\n';
    const graph = buildGraph([parseDocument(text, 'd.txt')]);
    expect(graph.getNodeAttributes('agency:ocao')).toMatchObject({ since: 1978, until: 2018, succeededBy: ['cpc-united-front'], successorNames: ['中共中央统一战线工作部'] });
    const [head, ...rows] = nodesCsv(graph).trim().split(/\r?\n/);
    const at = (name: string) => head.split(',').indexOf(name);
    const row = rows.find((r) => r.startsWith('agency:ocao,'))!.split(',');
    expect([row[at('since')], row[at('until')], row[at('succeeded_by')]]).toEqual(['1978', '2018', '中共中央统一战线工作部']);
    // before the state body existed, and without a date: today's
    expect(id('国务院侨办')).toBe('cpc-united-front');
    expect(agencyById('ocao')?.succeededBy).toEqual(['cpc-united-front']);
  });
});

describe('compound names with 和', () => {
  it('中央和国家机关工委 is one body, in annotations and in running text', () => {
    expect(findAnnotations('（中央和国家机关工委、国管局负责）')[0].bodies.map((b) => b.asWritten)).toEqual(['中央和国家机关工委', '国管局']);
    expect(findAnnotations('（中央和国家机关工委负责）')[0].bodies.map((b) => b.asWritten)).toEqual(['中央和国家机关工委']);
    expect(findAgencyMentions('由中央和国家机关工委统筹').map((m) => m.asWritten)).toEqual(['中央和国家机关工委']);
  });
  it('splits on 和 only where both sides are bodies', () => {
    expect(findAnnotations('（财政部和税务总局负责）')[0].bodies.map((b) => b.asWritten)).toEqual(['财政部', '税务总局']);
    // 中央 alone is no body: the name stays whole, and an unknown one becomes one unregistered body
    expect(findAnnotations('（中央和国家机关某某委负责）')[0].bodies.map((b) => b.asWritten)).toEqual(['中央和国家机关某某委']);
  });
});
