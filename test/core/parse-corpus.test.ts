import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/parse/document';
import { readDocument } from '../../core/read';
import type { ParsedDocument } from '../../core/model';

const fixture = (rel: string): string => readFileSync(new URL(`../${rel}`, import.meta.url), 'utf8');
const SEED = readFileSync(new URL('../../seeds/2023-guokefagui-31-western-science-city.txt', import.meta.url));

function checkInvariants(doc: ParsedDocument): void {
  const paths = new Set<string>();
  for (const item of doc.items) {
    expect(paths.has(item.path)).toBe(false);
    paths.add(item.path);
    expect(doc.text.slice(item.start, item.end)).toBe(item.text);
    expect(item.start <= item.ownEnd && item.ownEnd <= item.end).toBe(true);
    expect(item.text.startsWith(item.label)).toBe(true);
    if (item.parent) expect(paths.has(item.parent)).toBe(true);
  }
  for (const a of doc.annotations) {
    expect(doc.text.slice(a.start, a.end)).toBe(a.quote);
    for (const b of a.bodies) expect(doc.text.slice(b.start, b.end)).toBe(b.asWritten);
    if (a.itemPath) expect(paths.has(a.itemPath)).toBe(true);
  }
}

describe('seed: 国科发规〔2023〕31号', () => {
  const doc = readDocument(new Uint8Array(SEED), 'seeds/2023-guokefagui-31-western-science-city.txt');

  it('reads the header', () => {
    expect(doc.meta.title).toBe('科技部等印发《关于进一步支持西部科学城加快建设的意见》的通知');
    expect(doc.meta.number).toBe('国科发规〔2023〕31号');
    expect(doc.meta.date).toBe('2023-03-31');
    expect(doc.meta.docType).toBe('通知');
    expect(doc.meta.source).toBe('科技部网站');
  });

  it('finds the 14 issuing bodies, with the wrapped names rejoined', () => {
    expect(doc.meta.issuers).toEqual([
      '科技部', '发展改革委', '教育部', '工业和信息化部', '财政部', '人力资源社会保障部', '人民银行', '国资委', '海关总署',
      '知识产权局', '中科院', '工程院', '重庆市人民政府', '四川省人民政府',
    ]);
  });

  it('repairs the page breaks in the body', () => {
    expect(doc.text).toContain('鼓励科技领军企业牵头组建创新联合体');
    expect(doc.text).toContain('兼职并取得合法报酬');
  });

  it('builds the outline 一、…六、 with articles （一）…（十七）', () => {
    expect(doc.items.filter((i) => i.level === 1).map((i) => i.heading)).toEqual([
      '总体要求', '打造战略科技力量，合作共建国家级创新平台', '聚焦关键核心技术，增强战略性新兴产业竞争优势',
      '深化科技体制改革，持续优化创新生态', '强化区域交流合作，建设西部内陆开放新高地', '组织实施保障',
    ]);
    expect(doc.items.filter((i) => i.level === 2)).toHaveLength(17);
    expect(doc.items.find((i) => i.path === '二、（三）')?.heading).toBe('构建高水平实验室体系');
    expect(doc.warnings).toEqual([]);
    checkInvariants(doc);
  });

  it('extracts 71 (annotation, body) rows over （三）…（十七）, all lead', () => {
    const rows = doc.annotations.flatMap((a) => a.bodies.map((b) => ({ ...b, itemPath: a.itemPath })));
    expect(rows).toHaveLength(71);
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['lead']));
    expect(doc.annotations.map((a) => a.itemPath.replace(/^.+、/, ''))).toEqual(
      ['三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七'].map((n) => `（${n}）`),
    );
    for (const name of ['重庆市', '四川省', '科技部']) {
      expect(doc.annotations.filter((a) => a.bodies.some((b) => b.asWritten === name))).toHaveLength(15);
    }
  });
});

const CORPUS: Array<{ file: string; title: string; number: string; date: string; issuer: string; minItems: number }> = [
  { file: 'gov-01', title: '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见', number: '国发〔2019〕5号', date: '2019-01-27', issuer: '国务院', minItems: 10 },
  { file: 'gov-02', title: '国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见', number: '国办发〔2019〕6号', date: '2019-01-22', issuer: '国务院办公厅', minItems: 30 },
  { file: 'gov-04', title: '国务院办公厅关于加强三级公立医院绩效考核工作的意见', number: '国办发〔2019〕4号', date: '2019-01-16', issuer: '国务院办公厅', minItems: 80 },
  { file: 'gov-05', title: '国务院关于促进综合保税区高水平开放高质量发展的若干意见', number: '国发〔2019〕3号', date: '2019-01-12', issuer: '国务院', minItems: 30 },
  { file: 'gov-06', title: '国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知', number: '国办发〔2019〕3号', date: '2019-01-09', issuer: '国务院办公厅', minItems: 10 },
  { file: 'gov-08', title: '国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知', number: '国办发〔2019〕2号', date: '2019-01-01', issuer: '国务院办公厅', minItems: 20 },
  { file: 'gov-10', title: '国务院办公厅关于推广第二批支持创新相关改革举措的通知', number: '国办发〔2018〕126号', date: '2018-12-23', issuer: '国务院办公厅', minItems: 8 },
  { file: 'gov-11', title: '国务院关于2018年度国家科学技术奖励的决定', number: '国发〔2018〕44号', date: '2018-12-28', issuer: '国务院', minItems: 0 },
  { file: 'gov-15', title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见', number: '国发〔2018〕42号', date: '2018-12-21', issuer: '国务院', minItems: 25 },
  { file: 'gov-37', title: '国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知', number: '国办发〔2018〕117号', date: '2018-12-06', issuer: '国务院办公厅', minItems: 30 },
];

describe.each(CORPUS)('corpus $file', ({ file, title, number, date, issuer, minItems }) => {
  const doc = parseDocument(fixture(`fixtures/corpus/${file}.txt`), `${file}.txt`);
  it('reads title, number, date and issuer', () => {
    expect(doc.meta).toMatchObject({ title, number, date, issuers: [issuer] });
  });
  it('has a sensible outline and only true warnings', () => {
    expect(doc.items.length).toBeGreaterThanOrEqual(minItems);
    expect(doc.items.length).toBeLessThan(200);
    // gov-11 (a decision on awards) really has no numbered outline.
    expect(doc.warnings).toEqual(minItems === 0 ? [expect.stringMatching(/^No numbered outline found/)] : []);
    checkInvariants(doc);
  });
});

describe('corpus annotations', () => {
  it('gov-05: the first-listed rule with 下同 carries over', () => {
    const doc = parseDocument(fixture('fixtures/corpus/gov-05.txt'), 'gov-05.txt');
    const [first, second] = doc.annotations;
    expect(first.quote).toBe('（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）');
    expect(first.bodies.map((b) => `${b.asWritten}:${b.role}`)).toEqual(['税务总局:lead', '财政部:joint', '海关总署:joint']);
    expect(first.itemPath).toBe('四、（一）1.');
    expect(second.bodies.map((b) => `${b.asWritten}:${b.role}`)).toEqual(['海关总署:lead', '财政部:joint', '税务总局:joint']);
    const closing = doc.annotations.filter((a) => !a.inText);
    expect(closing).toHaveLength(21);
    expect(closing.every((a) => /^四、（[一二三四五]）\d+\.$/.test(a.itemPath))).toBe(true);
    // 五、 closes with no annotation; its sentence says who carries on
    expect(doc.annotations.filter((a) => a.inText).map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`)}`)).toEqual(['五、 海关总署:responsible']);
    const others = doc.annotations.find((a) => a.quote === '（海关总署、商务部等有关部门负责）');
    expect(others).toMatchObject({ andOthers: true, relevantDepartments: true });
  });

  it('gov-15: 列第一位者为牵头单位，下同', () => {
    const doc = parseDocument(fixture('fixtures/corpus/gov-15.txt'), 'gov-15.txt');
    expect(doc.annotations).toHaveLength(18);
    expect(doc.annotations[0].bodies.map((b) => b.role)).toEqual(['lead', 'joint', 'joint', 'joint']);
    expect(doc.annotations[1].bodies[0]).toMatchObject({ asWritten: '工业和信息化部', role: 'lead' });
    const both = doc.annotations.find((a) => a.quote === '（农业农村部、工业和信息化部牵头负责）');
    expect(both?.bodies.map((b) => b.role)).toEqual(['lead', 'lead']);
  });

  it('gov-37: plain 负责 closes top-level items', () => {
    const doc = parseDocument(fixture('fixtures/corpus/gov-37.txt'), 'gov-37.txt');
    // the closing paragraphs' duties are their own items' (¶1 …)
    const closing = doc.annotations.filter((a) => !a.inText);
    expect(closing).toHaveLength(30);
    expect(closing.every((a) => /^[一二三四五六七八九十]+、$/.test(a.itemPath))).toBe(true);
    expect(doc.annotations.filter((a) => a.inText).every((a) => a.itemPath.startsWith('¶'))).toBe(true);
    expect(closing[0].itemPath).toBe('一、');
    const last = closing[closing.length - 1];
    expect(last.quote).toBe('（国务院办公厅负责）');
    expect(last.bodies).toEqual([expect.objectContaining({ asWritten: '国务院办公厅', role: 'responsible' })]);
    const meet = doc.annotations.find((a) => a.quote === '（国家发展改革委会同有关部门负责）');
    expect(meet?.bodies.map((b) => b.role)).toEqual(['lead']);
    expect(meet?.relevantDepartments).toBe(true);
  });

  it('documents without closing annotations yield only the duties their sentences state', () => {
    const duties = (file: string): string[] =>
      // rows of a task table (gov-10's attachment) are read as such: test/core/parse-task-tables.test.ts
      parseDocument(fixture(`fixtures/corpus/${file}.txt`), `${file}.txt`).annotations.filter((a) => a.inText && !a.tableRow).map((a) => {
        return `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}${a.relevantDepartments ? ' +有关部门' : ''}`;
      });
    for (const file of ['gov-01', 'gov-02', 'gov-04', 'gov-10', 'gov-11']) {
      expect(parseDocument(fixture(`fixtures/corpus/${file}.txt`), `${file}.txt`).annotations.filter((a) => !a.inText)).toEqual([]);
    }
    expect(duties('gov-04')).toEqual(['五、（二） 国家中医药局:responsible', '五、（五） 国家卫生健康委:lead +有关部门']);
    expect(duties('gov-01')).toEqual([
      '三、（一） 各省（区、市）人民政府:responsible', '三、（二） 市场监管总局:lead +有关部门', '三、（二） 各省（区、市）人民政府:responsible',
      '三、（三） 各省（区、市）人民政府:responsible', '四、（一） 市场监管总局:responsible', '四、（一） 地方各级人民政府:responsible',
    ]);
    expect(duties('gov-02')).toEqual([
      '四、（十二） 国家融资担保基金:responsible', '六、（十九） 国家融资担保基金:responsible', '七、（二十一） 县级以上地方人民政府:responsible',
      // the closing paragraph, a paragraph of the document (¶1), not of the last item
      '¶1 财政部:lead 发展改革委:joint 工业和信息化部:joint 农业农村部:joint 银保监会:joint',
    ]);
    // 当地政府及有关部门要做好机构编制…工作: the local governments, with the relevant departments
    expect(duties('gov-06')).toEqual(['二、3. 当地政府:responsible +有关部门', '四、2. 地方各级人民政府:responsible', '四、3. 地方各级人民政府:responsible']);
    expect(duties('gov-08')).toEqual(['四、（四） 国家医保局:responsible', '四、（四） 国家药监局:responsible']);
    expect(duties('gov-10')).toEqual(['三、 各省（区、市）人民政府:responsible', '三、 国家发展改革委:responsible 科技部:responsible']);
    // a decision on awards assigns no work: 国务院批准 and 科技部审核 report what was done
    expect(duties('gov-11')).toEqual([]);
  });

  it('reads the member list of a working group (由…等部门负责同志组成) as members', () => {
    const found = parseDocument(fixture('fixtures/corpus/gov-06.txt'), 'gov-06.txt').annotations.filter((a) => !a.inText);
    expect(found.map((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' '))).toEqual([
      '教育部:member 住房城乡建设部:member 发展改革委:member 民政部:member 自然资源部:member',
    ]);
    expect(found[0].andOthers).toBe(true);
    // 由A、B、C组成<the group's name>: the members come before the group is named
    const pilot = parseDocument(fixture('fixtures/corpus/gov-08.txt'), 'gov-08.txt').annotations.filter((a) => !a.inText);
    expect(pilot.map((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' '))).toEqual([
      '国务院办公厅:member 国家医保局:member 国家卫生健康委:member 国家药监局:member',
    ]);
  });
});
