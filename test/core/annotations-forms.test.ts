import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, removeDocument, responsibilityRows } from '../../core/graph';
import { edgeKey } from '../../core/graph/edges';
import { agencyNodeId } from '../../core/ids';
import type { Annotation, RegionNode } from '../../core/model';
import { findAnnotations } from '../../core/parse/annotations';
import { parseDocument } from '../../core/parse/document';
import { bodyClass, resolveBody } from '../../core/registry';

// Hand-written documents in the family's style, one per form of the annotation family (test/fixtures/annotations).
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => parseDocument(readFileSync(`${root}test/fixtures/annotations/${name}.txt`, 'utf8'), `${name}.txt`);
const bodies = (a: Annotation): string => a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ');
const read = (text: string): string[] => findAnnotations(text).map(bodies);
const rowsOf = (name: string) => {
  const doc = fixture(name);
  return { doc, graph: buildGraph([doc]), rows: responsibilityRows(buildGraph([doc])) };
};
const line = (r: { item: string; agencyAsWritten: string; role: string; scope?: string; inherited?: boolean }): string =>
  `${r.item} ${r.agencyAsWritten}:${r.role}${r.scope ? ` [${r.scope}]` : ''}${r.inherited ? ' inherited' : ''}`;

describe('labelled forms', () => {
  it('（负责部门：A、B；适用范围：X） keeps the scope on the annotation', () => {
    const [a] = findAnnotations('推行便利化措施（负责部门：公安部、人力资源社会保障部；适用范围：所有自贸试验区）');
    expect(bodies(a)).toBe('公安部:responsible 人力资源社会保障部:responsible');
    expect(a.scope?.text).toBe('所有自贸试验区');
  });
  it('，适用范围： after a comma, and a scope that lists places', () => {
    const [a] = findAnnotations('（负责部门：住房城乡建设部、自然资源部，适用范围：上海、广东、福建自贸试验区）');
    expect(bodies(a)).toBe('住房城乡建设部:responsible 自然资源部:responsible');
    expect(a.scope?.text).toBe('上海、广东、福建自贸试验区');
  });
  it('（负责部门：A） with no scope', () => {
    const [a] = findAnnotations('（负责部门：药监局）');
    expect(bodies(a)).toBe('药监局:responsible');
    expect(a.scope).toBeUndefined();
  });
  it('牵头单位： / 责任单位： / 参与单位： / 配合单位：', () => {
    expect(read('（牵头单位：科技部；责任单位：教育部、财政部）')).toEqual(['科技部:lead 教育部:joint 财政部:joint']);
    expect(read('（责任单位：科技部、财政部）')).toEqual(['科技部:responsible 财政部:responsible']);
    expect(read('（牵头单位：人民银行；参与单位：外汇局、银保监会）')).toEqual(['人民银行:lead 外汇局:participate 银保监会:participate']);
    expect(read('（牵头部门：市场监管总局；配合部门：海关总署）')).toEqual(['市场监管总局:lead 海关总署:participate']);
  });
  it('a label with neither 负责, 牵头 nor 责任 opens an annotation of its own', () => {
    expect(read('加强区域合作。（配合单位：商务部、海关总署）')).toEqual(['商务部:participate 海关总署:participate']);
    expect(read('推进试点（参与部门：科技部）。')).toEqual(['科技部:participate']);
    expect(read('（主责单位：商务部；协助单位：海关总署）')).toEqual(['商务部:responsible 海关总署:participate']);
    expect(read('（指导单位：科技部；落实单位:各省级人民政府）')).toEqual(['科技部:guide 各省级人民政府:implement']);
    // the same words in running text, or a label of something else, are no annotation
    expect(read('各配合单位：要加强协作。（联系单位：办公厅）')).toEqual([]);
  });
});

describe('mixed forms', () => {
  it('（A、B、C指导）: guide', () => {
    expect(read('（生态环境部、国家发展改革委、住房城乡建设部指导）')).toEqual(['生态环境部:guide 国家发展改革委:guide 住房城乡建设部:guide']);
  });
  it('（A指导，B参与）: guide and participate', () => {
    expect(read('（商务部指导，供销合作总社参与）')).toEqual(['商务部:guide 供销合作总社:participate']);
  });
  it('（X负责组织实施，Y负责资金保障）: the role word followed by what the bodies do; not a post (负责人), not after 由', () => {
    expect(read('（国家发展改革委负责组织实施，财政部负责资金保障）')).toEqual(['国家发展改革委:responsible 财政部:responsible']);
    expect(read('（国家发展改革委牵头组织）')).toEqual(['国家发展改革委:lead']);
    for (const s of ['（国家发展改革委负责人介绍）', '（由财政部负责制定具体办法）', '（由农业农村部、工业和信息化部牵头的协调机制）']) expect(read(s), s).toEqual([]);
  });
  it('names set apart by spaces or slashes instead of 、 (PDFs, tables) are each a body', () => {
    expect(read('（国家发展改革委 财政部 商务部负责）')).toEqual(['国家发展改革委:responsible 财政部:responsible 商务部:responsible']);
    expect(read('（国家发展改革委／财政部、商务部负责）')).toEqual(['国家发展改革委:responsible 财政部:responsible 商务部:responsible']);
    expect(read('（国家发展改革委　财政部按职责分工负责）')).toEqual(['国家发展改革委:responsible 财政部:responsible']);
  });
  it('（B负责落实，A加强指导）: guide, whichever comes first', () => {
    expect(read('（各省级人民政府负责落实，国家发展改革委加强指导）')).toEqual(['各省级人民政府:implement 国家发展改革委:guide']);
    expect(read('（国家发展改革委加强指导，财政部负责）')).toEqual(['国家发展改革委:guide 财政部:responsible']);
  });
  it('（A指导，B负责落实。以下均需B落实，不再列出）: implement, and a note on later items', () => {
    const [a] = findAnnotations('完善机制（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）');
    expect(bodies(a)).toBe('生态环境部:guide 试点城市政府:implement');
    expect(a.laterItems?.quote).toBe('以下均需试点城市政府落实，不再列出');
    expect(a.laterItems?.bodies.map((b) => `${b.asWritten}:${b.role}`)).toEqual(['试点城市政府:implement']);
  });
  it('a deadline may come before the bodies', () => {
    expect(read('加强监管（2019年底前完成，发展改革委负责）')).toEqual(['发展改革委:responsible']);
    expect(read('加强监管（2019年底前建立的机制，发展改革委负责）')).toEqual([]);
    expect(read('加强监管（2018年版）')).toEqual([]);
  });
  it('a role word in prose or in an aside is no annotation', () => {
    expect(read('认真落实，积极参与，加强指导。')).toEqual([]);
    expect(read('（以下简称“指导意见”）')).toEqual([]);
    expect(read('（由专家参与指导）')).toEqual([]);
  });
});

describe('the documents', () => {
  it('a notice of reform measures: labelled forms, scopes, two annotations in one item', () => {
    const { doc, rows } = rowsOf('ftz-measures');
    expect(rows.map(line)).toEqual([
      '一、（一） 公安部:responsible [所有自贸试验区]', '一、（一） 人力资源社会保障部:responsible [所有自贸试验区]',
      '一、（一） 住房城乡建设部:responsible [上海、广东、福建自贸试验区]', '一、（一） 自然资源部:responsible [上海、广东、福建自贸试验区]',
      '一、（二） 药监局:responsible',
      '一、（三） 人民银行:lead', '一、（三） 外汇局:participate', '一、（三） 银保监会:participate',
      '一、（四） 市场监管总局:responsible', '一、（四） 国家发展改革委:responsible', '一、（四） 市场监管总局:lead', '一、（四） 海关总署:participate',
    ]);
    // each annotation in the middle of an item covers the clause before it, back to the previous annotation
    const first = rows.find((r) => r.agencyAsWritten === '公安部')!;
    const second = rows.find((r) => r.agencyAsWritten === '自然资源部')!;
    expect(first.quote).toBe(doc.text.slice(first.start, first.end));
    expect(first.quote.startsWith('（一）投资管理领域。推行外籍人才')).toBe(true);
    expect(second.quote).toBe('实施建设工程联合验收（负责部门：住房城乡建设部、自然资源部，适用范围：上海、广东、福建自贸试验区）');
    expect(second.start).toBeGreaterThanOrEqual(first.end);
  });

  it('links the item to the zones and regions its scope names', () => {
    const { graph } = rowsOf('ftz-measures');
    const item = graph.findNode((_n, a) => a.kind === 'article' && 'path' in a && a.path === '一、（一）')!;
    const scoped = graph.outEdges(item)
      .filter((e) => graph.getEdgeAttribute(e, 'evidence')?.some((ev) => ev.scope))
      .map((e) => graph.getNodeAttribute(graph.target(e), 'label'));
    expect(scoped).toEqual(expect.arrayContaining(['上海市', '广东省', '福建自贸试验区']));
  });

  it('a plan with 指导 / 参与 / 负责落实, a note on later items, 下同, members and body classes', () => {
    const { rows } = rowsOf('waste-sorting');
    expect(rows.map(line)).toEqual([
      '二、（一） 生态环境部:guide', '二、（一） 国家发展改革委:guide', '二、（一） 住房城乡建设部:guide',
      '二、（二） 商务部:guide', '二、（二） 供销合作总社:participate',
      '二、（三） 生态环境部:guide', '二、（三） 试点城市政府:implement',
      '二、（四） 教育部:guide', '二、（四） 试点城市政府:implement inherited',
      '二、（五） 商务部:guide', '二、（五） 试点城市政府:implement inherited',
      '二、（六） 供销合作总社:responsible', '二、（六） 试点城市政府:implement inherited',
      // 下同 replaces the earlier note from here on, to the end of the section
      '二、（七） 供销合作总社:responsible inherited',
      ...['住房城乡建设部', '国家发展改革委', '生态环境部', '教育部', '商务部'].map((b) => `三、（一） ${b}:member`),
      ...['住房城乡建设部', '国家发展改革委', '生态环境部', '教育部', '商务部', '中央和国家机关工委'].map((b) => `三、（一） ${b}:member`),
      '三、（二） 各省（区、市）人民政府:responsible', '三、（二） 有关省级人民政府:responsible', '三、（二） 地方各级人民政府:responsible',
    ]);
    const inherited = rows.find((r) => r.inherited)!;
    expect(inherited.quote).toBe('以下均需试点城市政府落实，不再列出');
  });

  it('one agency per class of bodies, whatever the wording', () => {
    const { graph, rows } = rowsOf('waste-sorting');
    const provincial = rows.filter((r) => r.agencyAsWritten.includes('省'));
    expect(new Set(provincial.map((r) => r.agencyId))).toEqual(new Set([agencyNodeId('all-provincial-governments')]));
    expect(graph.getNodeAttributes(agencyNodeId('pilot-governments'))).toMatchObject({ agencyType: 'collective', labelEn: 'Governments of pilot cities and areas' });
  });

  it('the edge keeps the strongest role, each evidence entry its own', () => {
    const doc = parseDocument('一、任务\n（一）推进工作。完善制度（商务部指导）；开展试点（商务部负责）。', 'x.txt');
    const g = buildGraph([doc]);
    const key = edgeKey('leads', agencyNodeId('mofcom'), g.findNode((_n, a) => a.kind === 'article')!);
    expect(g.getEdgeAttribute(key, 'role')).toBe('responsible');
    expect(g.getEdgeAttribute(key, 'evidence')!.map((e) => e.role)).toEqual(['guide', 'responsible']);
  });
});

describe('notes on later items', () => {
  it('a note standing alone under a heading speaks for the items below it, to the end of the section', () => {
    const text = [
      '一、总体要求', '坚持问题导向。', '二、重点任务', '（以下各项任务均由各省级人民政府负责落实，不再列出）',
      '（一）推进建设。加快建设（科技部指导）。', '（二）完善政策。制定配套政策。', '三、保障措施', '（一）加强领导。加强组织领导。',
    ].join('\n');
    const rows = responsibilityRows(buildGraph([parseDocument(text, 'x.txt')]));
    expect(rows.map(line)).toEqual(['二、（一） 科技部:guide', '二、（一） 各省级人民政府:implement inherited', '二、（二） 各省级人民政府:implement inherited']);
  });
  it('a body the item names itself is not repeated from the note', () => {
    const text = ['一、任务', '（一）推进。加快（商务部负责，下同）。', '（二）完善。制定政策（商务部、财政部负责）。', '（三）加强。加强领导。'].join('\n');
    const rows = responsibilityRows(buildGraph([parseDocument(text, 'x.txt')]));
    expect(rows.map(line)).toEqual(['一、（一） 商务部:responsible', '一、（二） 商务部:responsible', '一、（二） 财政部:responsible', '一、（三） 商务部:responsible inherited']);
  });
});

describe('deadlines', () => {
  it('a clause that says when is the deadline, without its label; the first one when there are several', () => {
    const due = (text: string) => findAnnotations(text).map((a) => a.deadline && `${a.deadline.text}@${text.slice(a.deadline.start, a.deadline.end)}`);
    expect(due('推进改革。（国家发展改革委牵头，2019年底前完成）')).toEqual(['2019年底前完成@2019年底前完成']);
    expect(due('完善制度。（财政部、税务总局负责，持续推进）')).toEqual(['持续推进@持续推进']);
    expect(due('开展试点。（责任单位：商务部、海关总署；完成时限：2021年底）')).toEqual(['2021年底@2021年底']);
    expect(due('加强监管。（市场监管总局牵头；2019年底前取得阶段性成果，2020年底前完成）')).toEqual(['2019年底前取得阶段性成果@2019年底前取得阶段性成果']);
    expect(due('深化合作。（外交部、商务部按分工负责）')).toEqual([undefined]);
  });
  it('（由X负责…）: the agent\'s 由 before the list, the annotation read as without it; a clause with more is an aside', () => {
    expect(read('推进改革。（由国家发展改革委负责）')).toEqual(['国家发展改革委:responsible']);
    expect(read('推进改革。（由财政部会同税务总局负责）')).toEqual(['财政部:lead 税务总局:joint']);
    expect(read('加强落实。（由各省级人民政府负责落实，2020年底前完成）')).toEqual(['各省级人民政府:implement']);
    expect(read('完善办法。（由财政部负责制定具体办法）')).toEqual([]);
  });
  it('按分工负责, 按各自职责负责, 根据职责分工负责: the bodies are responsible', () => {
    expect(read('深化合作。（外交部、商务部按分工负责）')).toEqual(['外交部:responsible 商务部:responsible']);
    expect(read('深化合作。（外交部、商务部按各自职责负责）')).toEqual(['外交部:responsible 商务部:responsible']);
    expect(read('深化合作。（外交部牵头，商务部根据职责分工负责）')).toEqual(['外交部:lead 商务部:joint']);
  });
});

describe('member lists', () => {
  it('成员单位：A、B、C gives members, passing over notes and posts', () => {
    expect(read('成立领导小组。成员单位：国家发展改革委、财政部（召集单位）、商务部、国务院副秘书长。')).toEqual([
      '国家发展改革委:member 财政部:member 商务部:member',
    ]);
  });
  it('由A、B、C组成 gives members only when every member is a body', () => {
    expect(read('联席会议由国家发展改革委、财政部、商务部等部门组成。')).toEqual(['国家发展改革委:member 财政部:member 商务部:member']);
    // a count after 等 closes the list when it counts the bodies named, and says there are others when it counts more
    const [all] = findAnnotations('联席会议由发展改革委、财政部、统计局等3个部门组成。');
    expect(all.bodies.map((b) => `${b.asWritten}:${b.role}`)).toEqual(['发展改革委:member', '财政部:member', '统计局:member']);
    expect(all.andOthers).toBe(false);
    const [some] = findAnnotations('联席会议由发展改革委、财政部等十二个部门组成。');
    expect(some.bodies.map((b) => b.asWritten)).toEqual(['发展改革委', '财政部']);
    expect(some.andOthers).toBe(true);
    expect(read('专家委员会由有关领域专家、企业代表组成。')).toEqual([]);
    expect(read('这是构成体系的重要组成部分。')).toEqual([]);
  });
  it('A、B、C等部门为成员单位 gives members, the list read from the start of its clause', () => {
    const [a] = findAnnotations('成立由国务院领导同志任组长，发展改革委、财政部、科技部等部门为成员单位的领导小组。');
    expect(bodies(a)).toBe('发展改革委:member 财政部:member 科技部:member');
    expect(a.andOthers).toBe(true);
    expect(a.quote).toBe('发展改革委、财政部、科技部等部门为成员单位');
    expect(read('以专家为成员单位。')).toEqual([]);
  });
});

describe('body classes', () => {
  it('are read from the grammar, wordings no list holds included', () => {
    const id = (s: string) => bodyClass(s)?.id;
    for (const s of ['各省级人民政府', '有关省级人民政府', '省级政府', '各省（区、市）人民政府', '各相关省（自治区、直辖市）政府', '有关省份政府', '各省人民政府']) {
      expect(id(s), s).toBe('all-provincial-governments');
    }
    for (const s of ['各地区', '各地', '地方各级人民政府', '有关地方政府', '当地人民政府', '各级政府']) expect(id(s), s).toBe('local-governments');
    for (const s of ['试点城市政府', '试点地区人民政府', '示范城市政府', '试点城市', '试点城市（区）人民政府', '示范县（市、区）政府']) expect(id(s), s).toBe('pilot-governments');
    for (const s of ['各有关部门', '有关部门', '相关部门', '各部门', '有关单位']) expect(id(s), s).toBe('relevant-departments');
    for (const s of ['国务院各部门', '国务院有关部门']) expect(id(s), s).toBe('state-council-departments');
    for (const s of ['县级以上地方各级人民政府', '县级以上人民政府']) expect(id(s), s).toBe('county-and-above-governments');
    for (const s of ['市县政府', '市、县人民政府']) expect(id(s), s).toBe('city-county-governments');
    for (const s of ['县级人民政府', '县级政府', '各县（市、区）人民政府', '县（市、区、旗）人民政府']) expect(id(s), s).toBe('county-governments');
    for (const s of ['乡镇人民政府', '乡级人民政府', '各乡（镇）人民政府', '有关乡镇政府']) expect(id(s), s).toBe('township-governments');
  });
  it('a 、 inside brackets parts no members of an annotation\'s list (示范县（市、区）人民政府)', () => {
    const [a] = findAnnotations('加快改造（示范县（市、区）人民政府、财政部负责）');
    expect(bodies(a)).toBe('示范县（市、区）人民政府:responsible 财政部:responsible');
    expect(resolveBody(a.bodies[0].asWritten)?.id).toBe('pilot-governments');
  });
  it('name nothing else', () => {
    for (const s of ['地区', '省级', '政府', '重庆市人民政府', '科技部', '有关企业', '各省级财政部门', '城市']) expect(bodyClass(s), s).toBeUndefined();
    expect(resolveBody('重庆市人民政府')?.id).toBe('gov-chongqing');
  });
  it('standing as a list member, 有关部门 is the class; closing a list (等有关部门), it only says others share the work', () => {
    expect(read('（国家统计局牵头，有关部门参与）')).toEqual(['国家统计局:lead 有关部门:participate']);
    const [a] = findAnnotations('（商务部、海关总署等有关部门负责）');
    expect(bodies(a)).toBe('商务部:responsible 海关总署:responsible');
    expect(a.relevantDepartments).toBe(true);
  });
  it('国务院(各)有关部门 is the class of the State Council departments, never the State Council', () => {
    expect(read('（国务院各有关部门负责）')).toEqual(['国务院各有关部门:responsible']);
    expect(read('（国务院有关部门、各省级人民政府负责）')).toEqual(['国务院有关部门:responsible 各省级人民政府:responsible']);
    expect(resolveBody('国务院各有关部门')?.id).toBe('state-council-departments');
    // closing a list, with its scope word: others share the work (not 科技部等国务院, not 国务院 as a partner)
    for (const text of ['（科技部等国务院有关部门负责）', '（科技部、国务院有关部门负责）', '（科技部、中央和国家机关有关单位负责）']) {
      const [a] = findAnnotations(text);
      expect(a.bodies.map((b) => b.asWritten), text).toEqual(['科技部']);
      expect(a.andOthers && a.relevantDepartments, text).toBe(true);
    }
    expect(read('（科技部会同国务院有关部门负责）')).toEqual(['科技部:lead']);
  });
});

describe('a scope\'s places', () => {
  it('are regions as mentions make them: with their code and the chain up to the province', () => {
    const text = '关于推广试点经验的通知\n\n国发〔2020〕98号\n\n一、推广改革举措\n（一）推行联合验收。实施建设工程联合验收（负责部门：住房城乡建设部；适用范围：盘山县、成都市）\n';
    const graph = buildGraph([parseDocument(text, 'scope.txt')]);
    const region = (label: string) => graph.findNode((_n, a) => a.kind === 'region' && a.label === label);
    const lies = (child: string, parent: string) => graph.hasEdge(region(child)!, region(parent)!) && graph.getEdgeAttribute(graph.edge(region(child)!, region(parent)!)!, 'kind') === 'located_in';
    expect(lies('盘山县', '盘锦市') && lies('盘锦市', '辽宁省') && lies('成都市', '四川省')).toBe(true);
    expect((graph.getNodeAttributes(region('盘山县')!) as RegionNode).code).toMatch(/^2111/);
    const item = graph.findNode((_n, a) => a.kind === 'article')!;
    expect(graph.edge(item, region('盘山县')!)).toBeDefined();
  });
});

describe('removing a document', () => {
  it('takes its scope links and inherited rows with it, as building without it would', () => {
    const docs = ['ftz-measures', 'waste-sorting', 'rail-2004'].map(fixture);
    for (let k = 0; k < docs.length; k++) {
      const graph = buildGraph(docs);
      removeDocument(graph, graph.findNode((_n, a) => a.kind === 'document' && a.fileName === docs[k].fileName)!);
      const without = buildGraph(docs.filter((_d, i) => i !== k));
      expect(graph.nodes().sort()).toEqual(without.nodes().sort());
      expect(graph.edges().sort()).toEqual(without.edges().sort());
      expect(responsibilityRows(graph)).toEqual(responsibilityRows(without));
    }
  });
});

describe('an item of one sentence closed by its annotation', () => {
  it('keeps the annotation out of its heading, and the heading whole where the annotation is elsewhere', () => {
    const doc = parseDocument('国务院办公厅关于印发工作要点的通知\n\n一、推进信息公开\n（一）推进生产安全事故调查处理信息公开（安全监管总局会同监察部负责）\n（二）推进食品安全信息公开（含进口食品）。建立统一公布制度（卫生部负责）。\n', 'x.txt');
    expect(doc.items.map((i) => i.heading)).toEqual(['推进信息公开', '推进生产安全事故调查处理信息公开', '推进食品安全信息公开（含进口食品）']);
    expect(doc.annotations.map((a) => `${a.itemPath} ${bodies(a)}`)).toEqual(['一、（一） 安全监管总局:lead 监察部:joint', '一、（二） 卫生部:responsible']);
  });
});
