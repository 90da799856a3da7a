import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, responsibilityRows } from '../../core/graph';
import type { ParsedDocument } from '../../core/model';
import { parseDocument } from '../../core/parse/document';

// Documents of the genre without a numbered outline, written from its grammar: a decision (决定), a reply (批复) and a
// short notice (通知). Their bodies are read paragraph by paragraph, and the duties their sentences state are read.
const read = (name: string): ParsedDocument =>
  parseDocument(readFileSync(new URL(`../fixtures/outline/${name}.txt`, import.meta.url), 'utf8'), `${name}.txt`);

/** Each annotation as `path body:role …` (+有关部门 when it names unnamed others), checked against the text. */
function duties(doc: ParsedDocument): string[] {
  return doc.annotations.map((a) => {
    expect(doc.text.slice(a.start, a.end)).toBe(a.quote);
    for (const b of a.bodies) {
      expect(doc.text.slice(b.start, b.end)).toBe(b.asWritten);
      expect(a.start <= b.start && b.end <= a.end).toBe(true);
    }
    return `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}${a.relevantDepartments ? ' +有关部门' : ''}`;
  });
}

describe('documents without a numbered outline are read by paragraph', () => {
  it('a decision: paragraphs ¶1…¶5 of the body, without title, addressee, sign-off or note', () => {
    const doc = read('decision');
    expect(doc.meta).toMatchObject({ title: '国务院关于在海南自由贸易港暂时调整实施有关行政法规规定的决定', number: '国发〔2021〕26号', issuers: ['国务院'], date: '2021-09-14' });
    expect(doc.items.map((i) => i.path)).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5']);
    for (const item of doc.items) {
      expect(item).toMatchObject({ label: '', level: 1, parent: undefined, ownEnd: item.end });
      expect(doc.text.slice(item.start, item.end)).toBe(item.text);
      expect(item.text.startsWith(item.heading)).toBe(true);
    }
    expect(doc.items[1].heading).toBe('在海南自由贸易港登记的国际航行船舶，其船舶国籍证书的核发由海南省人民政府实施审批，具体管理办法由海南省人民政府制定，报交通运输部备案');
    expect(doc.warnings).toEqual([expect.stringMatching(/^No numbered outline found.*read by paragraph/)]);
  });

  it('a decision: 由X实施审批 / 由X制定, X会同Y, X要 — and not 报X备案, 国务院有关部门要, 国务院将', () => {
    const doc = read('decision');
    expect(duties(doc)).toEqual([
      '¶2 海南省人民政府:responsible',
      '¶3 交通运输部:lead 商务部:joint 海关总署:joint',
      '¶3 海南省人民政府:responsible',
    ]);
    // the quote is the sentence
    expect(doc.annotations[1].quote).toBe('交通运输部会同商务部、海关总署加强对试点工作的指导和监督，及时协调解决试点中遇到的问题。');
    expect(doc.annotations.every((a) => a.inText)).toBe(true);
  });

  it('a reply (批复): 由X负责, X要, X要会同有关部门, a city government, 请X', () => {
    const doc = read('reply');
    expect(doc.meta).toMatchObject({ title: '国务院关于同意在宁波市设立跨境电子商务综合试验区的批复', number: '国函〔2021〕12号', issuers: ['国务院'] });
    expect(doc.items.map((i) => i.path)).toEqual(['¶1', '¶2', '¶3']);
    expect(duties(doc)).toEqual([
      '¶1 浙江省人民政府:responsible',
      '¶2 浙江省人民政府:responsible',
      '¶2 商务部:lead +有关部门',
      '¶2 宁波市人民政府:responsible',
      '¶3 浙江省人民政府:responsible',
    ]);
    expect(doc.annotations[2].andOthers).toBe(true);
  });

  it('a short notice: X牵头，Y、Z配合; the body set up (成立X…，负责…) and the body housing an office that does the work (设在X，负责…) are responsible', () => {
    const doc = read('notice');
    expect(doc.items.map((i) => i.path)).toEqual(['¶1', '¶2', '¶3']);
    expect(duties(doc)).toEqual([
      '¶1 国务院第五次全国经济普查领导小组:responsible',
      '¶2 国家统计局:responsible',
      '¶2 国家统计局:lead 国家发展改革委:participate 财政部:participate 市场监管总局:participate',
      '¶3 地方各级人民政府:responsible',
    ]);
  });

  it('the graph holds the paragraphs, their mentions and the duties as rows quoting the sentence', () => {
    const docs = ['decision', 'reply', 'notice'].map(read);
    const graph = buildGraph(docs);
    const rows = responsibilityRows(graph);
    expect(rows).toHaveLength(17); // 5 + 5 + 7 (annotation, body) pairs
    const row = rows.find((r) => r.agencyAsWritten === '宁波市人民政府');
    expect(row).toMatchObject({ item: '¶2', role: 'responsible', quote: '宁波市人民政府负责综合试验区的日常管理。' });
    const mentioned = (label: string): boolean =>
      graph.someNode((id, a) => a.label === label && graph.inEdges(id).some((e) => graph.getEdgeAttribute(e, 'kind') === 'mentions'));
    expect(mentioned('宁波市')).toBe(true);
  });

  it('a sentence that states a duty keeps its other mentions: only its bodies are kept out of them', () => {
    const doc = parseDocument('关于支持海南开放的通知\n各有关单位：\n交通运输部要会同海南省人民政府加快建设港口，支持重庆市开展试点。\n', 'x.txt');
    const graph = buildGraph([doc]);
    const edges: string[] = [];
    const quotes: string[] = [];
    graph.forEachEdge((_e, a, _s, _t, source, target) => {
      if (a.kind === 'contains') return;
      edges.push(`${a.kind} ${source.label} ${target.label}`);
      if (a.kind === 'leads') quotes.push(...(a.evidence ?? []).map((ev) => ev.quote));
    });
    const paragraph = doc.items[0].heading;
    expect(edges.sort()).toEqual([`leads 交通运输部 ${paragraph}`, `leads 海南省人民政府 ${paragraph}`, `mentions ${paragraph} 重庆市`]);
    expect(new Set(quotes)).toEqual(new Set(['交通运输部要会同海南省人民政府加快建设港口，支持重庆市开展试点。']));
  });

  it('a body of prose alone is one paragraph; an empty document has none', () => {
    expect(parseDocument('由财政部负责制定具体办法。', 'x.txt').annotations.map((a) => a.bodies.map((b) => b.asWritten))).toEqual([['财政部']]);
    expect(parseDocument('', 'e.txt').items).toEqual([]);
  });

  it('a decision with tables pasted as text: each numbered row a paragraph, with or without a sentence in its cells', () => {
    const doc = read('decision-licensing');
    expect(doc.items.map((i) => doc.text.slice(i.start, i.ownEnd).split(' ').slice(0, 3).join(' '))).toEqual([
      '经研究论证，国务院决定取消2项国务院部门实施的行政许可事项，下放2项国务院部门实施的行政许可事项的管理层级。',
      '国务院审改办要会同有关部门对落实情况进行督查。',
      '1 外商投资企业投资者股权变更的审批 商务部',
      '2 民用航空器维修培训机构合格审定 民航局',
      '1 草种进出口经营许可证核发 农业部',
      '2 采矿权审批（部分） 国土资源部',
    ]);
    // 商务部通过…加强监管: the body acts by the means it names; the cell that names it alone charges it with nothing
    expect(duties(doc)).toEqual(['¶2 国务院审改办:lead +有关部门', '¶3 商务部:responsible', '¶4 民航局:responsible']);
    const [, row] = doc.annotations;
    expect(doc.text.slice(row.bodies[0].start - 2, row.bodies[0].end + 2)).toBe('后，商务部通过');
    // the devolved licences' rows name their bodies: mentions
    const graph = buildGraph([doc]);
    const mentioned: string[] = [];
    graph.forEachEdge((_e, a, _s, _t, source, target) => a.kind === 'mentions' && source.label.startsWith('1 草种') && mentioned.push(target.label));
    expect(mentioned).toContain('农业部');
  });

  it('a notice whose only outline is its attachment\'s list: its own paragraphs are read; a notice issuing a plan is not', () => {
    const notice = (title: string, body: string) => parseDocument([
      title, '国办函〔2026〕58号', '', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', body, '附件：名单', '', '国务院办公厅', '2026年5月12日', '',
      '附件', '名单', '一、区域示范基地（3个）', '北京市海淀区', '天津市滨海新区', '二、企业示范基地（1个）', '海尔集团公司',
    ].join('\n'), 'list.txt');
    const listed = notice('国务院办公厅关于公布第三批国家双创示范基地名单的通知', '经国务院同意，现将名单予以公布。国家发展改革委要会同有关部门加强对示范基地的指导。');
    expect(listed.items.map((i) => i.path)).toEqual(['¶1', '附件：一、', '附件：二、']);
    expect(listed.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.asWritten}:${b.role}`))).toEqual(['¶1 国家发展改革委:lead']);
    // the list's names stay apart, one per line
    expect(listed.items[1].text.split('\n')).toEqual(['一、区域示范基地（3个）', '北京市海淀区', '天津市滨海新区']);
    const issuing = notice('国务院办公厅关于印发某某行动方案的通知', '《某某行动方案》已经国务院同意，现印发给你们，请认真贯彻执行。');
    expect(issuing.items.map((i) => i.path)).toEqual(['附件：一、', '附件：二、']);
  });
});
