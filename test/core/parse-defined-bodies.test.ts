import { describe, expect, it } from 'vitest';
import { definedBodies } from '../../core/parse/defined-bodies';
import { parseDocument } from '../../core/parse/document';
import { buildGraph } from '../../core/graph';

/** The duties of a document of these lines, as `item body:role`. */
const dutiesOf = (lines: string[]): string[] =>
  parseDocument(lines.join('\n'), 'doc.txt').annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.name ?? b.asWritten}:${b.role}`));

describe('coordination bodies a document names that the registry does not hold', () => {
  it('reads a national scope, what the body is for and its kind, from after the verb that sets it up', () => {
    expect(definedBodies('为加强组织领导，国务院决定成立国务院防治重大疾病工作领导小组（以下简称领导小组）。')).toEqual([
      { name: '国务院防治重大疾病工作领导小组', short: '领导小组' },
    ]);
    expect(definedBodies('国家森林草原防灭火指挥部负责组织、协调和指导全国森林草原防灭火工作。')).toEqual([{ name: '国家森林草原防灭火指挥部' }]);
    expect(definedBodies('建立全国城市更新工作部际联席会议制度')).toEqual([{ name: '全国城市更新工作部际联席会议' }]);
    // a census held again and again is counted before its scope
    expect(definedBodies('国务院将成立第六次全国经济普查领导小组，负责普查组织实施中重大问题的研究和决策。')).toEqual([{ name: '第六次全国经济普查领导小组' }]);
  });

  it('leaves registered bodies, bodies without a national scope and connectives inside a name out', () => {
    for (const text of [
      '国务院安全生产委员会负责组织实施。', // registered
      '国家防汛抗旱总指挥部负责统一指挥。', // registered
      '国家发展改革委会同有关部门建立部际联席会议制度。', // the conference has no name of its own here
      '各地区要建立工作领导小组。', // no national scope
      '国家科技体制改革和创新体系建设领导小组', // 和 inside: where it begins is not known, so no name is made up
    ]) expect(definedBodies(text), text).toEqual([]);
  });

  it('its duties in running text are rows of its own, and its office is a body of its own', () => {
    expect(dutiesOf([
      '国家某灾害应急预案', '1　组织体系', '1.1　指挥机构',
      '国家森林草原防灭火指挥部负责组织、协调和指导全国防灭火工作。指挥部办公室设在应急部，承担指挥部日常工作。',
      '1.2　专家组', '国家森林草原防灭火指挥部办公室根据工作需要会同有关成员单位组织专家组。',
      '2　处置力量', '调动地方扑火队伍由国家森林草原防灭火指挥部办公室协调。',
    ])).toEqual([
      '1.1 国家森林草原防灭火指挥部:responsible',
      '1.1 应急部:responsible',
      '1.2 国家森林草原防灭火指挥部办公室:lead',
      '2 国家森林草原防灭火指挥部办公室:responsible',
    ]);
  });

  it('the body set up does the work given it right after (成立X，负责…)', () => {
    expect(dutiesOf([
      '国务院关于开展第六次全国经济普查的通知', '一、普查组织实施',
      '国务院将成立第六次全国经济普查领导小组，负责普查组织实施中重大问题的研究和决策。',
      '二、机构改革', '组建中国铁路总公司，承担铁道部的企业职责。国务院决定成立某某领导小组。',
      '三、铁路', '组建国家铁路局，由交通运输部管理，承担铁道部的其他行政职责。',
    ])).toEqual([
      '一、 第六次全国经济普查领导小组:responsible',
      '二、 中国铁路总公司:responsible',
      // the body that will manage it may be named between (由交通运输部管理): both are read
      '三、 国家铁路局:responsible',
      '三、 交通运输部:responsible',
    ]);
  });

  it('a short form the document gives it names it, and its office by that form too', () => {
    const doc = parseDocument([
      '国务院办公厅关于成立某工作领导小组的通知', '国务院决定成立国务院某某工作领导小组（以下简称领导小组）。',
      '一、主要职责', '领导小组负责统筹协调重大问题。', '二、工作机构', '领导小组办公室会同有关部门督促落实。',
    ].join('\n'), 'group.txt');
    expect(doc.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.asWritten}=${b.name}:${b.role}`))).toEqual([
      '一、 领导小组=国务院某某工作领导小组:responsible',
      '二、 领导小组办公室=国务院某某工作领导小组办公室:lead',
    ]);
  });

  it('takes the short form from a later naming when a title names the body first; investigation teams are such bodies', () => {
    expect(definedBodies('国务院办公厅关于成立国务院某某工作领导小组的通知\n国务院决定成立国务院某某工作领导小组（以下简称领导小组）。'))
      .toEqual([{ name: '国务院某某工作领导小组', short: '领导小组' }]);
    expect(definedBodies('同意国务院事故调查组对事故原因的分析。')).toEqual([{ name: '国务院事故调查组' }]);
  });

  it('is what an item mentions, where its name or short form stands, rather than the registered name inside it', () => {
    const doc = parseDocument([
      '国务院办公厅关于成立国务院某某工作领导小组的通知', '国务院决定成立国务院某某工作领导小组（以下简称领导小组）。',
      '一、工作要求', '各成员单位要落实领导小组确定的任务，报领导小组办公室备案。', '二、事故调查', '同意国务院事故调查组对事故原因的分析，报国务院。',
    ].join('\n'), 'group.txt');
    const graph = buildGraph([doc]);
    const mentioned = (heading: string): string[] => graph.filterEdges((_e, a, s) => a.kind === 'mentions' && graph.getNodeAttribute(s, 'label').includes(heading))
      .map((e) => graph.getNodeAttribute(graph.target(e), 'label')).sort();
    expect(mentioned('工作要求')).toEqual(['国务院某某工作领导小组', '国务院某某工作领导小组办公室']);
    expect(mentioned('事故调查')).toEqual(['国务院', '国务院事故调查组']);
  });
});
