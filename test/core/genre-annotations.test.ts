import { describe, expect, it } from 'vitest';
import { findAnnotations } from '../../core/parse/annotations';
import { parseDocument } from '../../core/parse/document';

// Annotation forms of the genre written from its grammar (no fixture uses them).
const read = (text: string): string[] =>
  findAnnotations(text).map((a) =>
    a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ') + (a.andOthers ? ' +others' : '') + (a.relevantDepartments ? ' +relevant' : ''));

describe('genre: annotations without 负责', () => {
  it('（A牵头，B、C参与）: A leads, B and C participate', () => {
    expect(read('完善政策。（商务部牵头，海关总署、市场监管总局参与）')).toEqual(['商务部:lead 海关总署:participate 市场监管总局:participate']);
  });
  it('（A牵头，B、C配合） and （A、B牵头，C等按职责分工落实）', () => {
    expect(read('（民航局牵头，发展改革委、财政部配合）')).toEqual(['民航局:lead 发展改革委:participate 财政部:participate']);
    expect(read('（国家数据局牵头，中央网信办、国家发展改革委等按职责分工落实）')).toEqual(['国家数据局:lead 中央网信办:implement 国家发展改革委:implement +others']);
  });
  it('（A牵头，deadline）: the deadline or pace of a work-plan task says when, not who', () => {
    expect(read('（国家发展改革委牵头，2023年6月底前出台）')).toEqual(['国家发展改革委:lead']);
    expect(read('（教育部牵头，财政部、人力资源社会保障部参与，2024年底前完成）')).toEqual(['教育部:lead 财政部:participate 人力资源社会保障部:participate']);
    expect(read('（市场监管总局牵头，持续推进）')).toEqual(['市场监管总局:lead']);
    // a time alone is no annotation, nor is a clause that leads nothing
    expect(read('（2023年6月底前出台）')).toEqual([]);
    expect(read('（由国家发展改革委牵头，2023年底前建立的机制）')).toEqual([]);
  });
  it('a note on the items that follow does not hide the annotation it ends', () => {
    expect(read('（国家网信办、公安部等按职责分工负责。以下均需各地区落实，不再列出）')).toEqual(['国家网信办:responsible 公安部:responsible +others']);
  });
  it('（A牵头，有关部门参与）: the unnamed participants are flagged, and are the class of relevant departments', () => {
    expect(read('（国家统计局牵头，有关部门参与）')).toEqual(['国家统计局:lead 有关部门:participate +others +relevant']);
  });
  it('keeps asides with a clause rejected', () => {
    expect(read('（具体办法由财政部负责制定）')).toEqual([]);
    expect(read('（工伤保险待遇由人力资源社会保障行政部门负责）')).toEqual([]);
    expect(read('（此项工作由科技部负责）')).toEqual([]);
    expect(read('（由农业农村部、工业和信息化部牵头的协调机制）')).toEqual([]);
    expect(read('（试点地区由国家发展改革委会同有关部门确定）')).toEqual([]);
    // 由 opening the parentheses is the agent's, before a list that closes with its role: an annotation
    expect(read('（由省级人民政府牵头）')).toEqual(['省级人民政府:lead']);
  });
  it('a deadline under a label of its own (完成时限：, 时间进度：, 完成时间：) says when, and keeps the annotation', () => {
    expect(read('（负责单位：交通运输部、国家铁路局；完成时限：2018年底前）')).toEqual(['交通运输部:responsible 国家铁路局:responsible']);
    expect(read('（牵头单位：国家卫生健康委；配合单位：国家中医药局；时间进度：2019年12月底前）')).toEqual(['国家卫生健康委:lead 国家中医药局:participate']);
    expect(read('（牵头单位：国家卫生健康委；进度安排：持续推进）')).toEqual(['国家卫生健康委:lead']);
    // a time alone, labelled or not, is still no annotation
    expect(read('（完成时限：2018年底前）')).toEqual([]);
  });
  it('（A、B共同负责）: the bodies share the work and none leads; 共同牵头 still leads', () => {
    expect(read('（国家卫生健康委、国家中医药局共同负责）')).toEqual(['国家卫生健康委:joint 国家中医药局:joint']);
    expect(read('（教育部、人力资源社会保障部共同牵头）')).toEqual(['教育部:lead 人力资源社会保障部:lead']);
    expect(read('（科技部牵头，财政部、教育部共同负责）')).toEqual(['科技部:lead 财政部:joint 教育部:joint']);
  });
  it('（A负责落实）: the duty verb spelt out at the end makes the body the one that implements', () => {
    expect(read('（各省级人民政府负责落实）')).toEqual(['各省级人民政府:implement']);
  });
});

describe('genre: lists of bodies', () => {
  it('reads 各省、自治区、直辖市人民政府 as one collective body', () => {
    expect(read('（人力资源社会保障部、财政部，各省、自治区、直辖市人民政府按职责分工负责）'))
      .toEqual(['人力资源社会保障部:responsible 财政部:responsible 各省、自治区、直辖市人民政府:responsible']);
  });
  it('splits a collective from the XPCC joined by 和', () => {
    expect(read('（中央网信办、国家发展改革委牵头，各省、自治区、直辖市人民政府和新疆生产建设兵团负责）')).toEqual([
      '中央网信办:lead 国家发展改革委:lead 各省、自治区、直辖市人民政府:joint 新疆生产建设兵团:joint',
    ]);
  });
  it('有关部门和地方 after a lead: unnamed departments flagged, and both kept as classes of bodies', () => {
    expect(read('（国家发展改革委牵头，有关部门和地方按职责分工负责）')).toEqual(['国家发展改革委:lead 有关部门:joint 地方:joint +others +relevant']);
  });
  it('names from the registry whatever their ending', () => {
    expect(read('（中央编办、国家疾控局、国务院国资委、最高人民法院、新华社、国铁集团、全国总工会、共青团中央负责）')).toEqual([
      '中央编办:responsible 国家疾控局:responsible 国务院国资委:responsible 最高人民法院:responsible 新华社:responsible 国铁集团:responsible 全国总工会:responsible 共青团中央:responsible',
    ]);
  });
});

describe('genre: the first-listed rule worded differently', () => {
  it.each([
    '排在第一位的为牵头单位，下同',
    '列第一位者为牵头部门，下同',
    '第一个部门为牵头部门，下同',
    '排在首位的部门牵头，下同',
  ])('%s', (rule) => {
    const text = `（一）甲。（国家发展改革委、国家数据局负责，${rule}）\n（二）乙。（国家数据局、中央网信办负责）`;
    expect(read(text)).toEqual(['国家发展改革委:lead 国家数据局:joint', '国家数据局:lead 中央网信办:joint']);
  });
  it('after a full stop inside the parentheses', () => {
    expect(read('（国家发展改革委、自然资源部负责。第一个部门为牵头部门，下同）')).toEqual(['国家发展改革委:lead 自然资源部:joint']);
  });
});

describe('genre: annotations in documents', () => {
  const doc = parseDocument([
    '关于推进某项工作的意见',
    '一、重点任务',
    '（一）加强监管。加强监管（市场监管总局负责），完善标准（工业和信息化部负责）。',
    '（二）推动融资。鼓励商业银行发放贷款。（人民银行、国家发展改革委等',
    '',
    '有关部门和单位负责）',
    '（三）推动用能电气化。拓宽电能替代领域。(国家能源局、工业和信息化部负责) 各地要建立项目清单。',
    '（四）调整用能结构。（国家发展改革委、国家能源局牵头，工业和信息化部参与）',
  ].join('\n'), 'a.txt');
  const rows = doc.annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.asWritten}:${b.role}`));
  it('finds several annotations in one item, one split by a page break, half-width ones with trailing text', () => {
    expect(rows).toEqual([
      '一、（一） 市场监管总局:responsible', '一、（一） 工业和信息化部:responsible',
      '一、（二） 人民银行:responsible', '一、（二） 国家发展改革委:responsible',
      '一、（三） 国家能源局:responsible', '一、（三） 工业和信息化部:responsible',
      '一、（四） 国家发展改革委:lead', '一、（四） 国家能源局:lead', '一、（四） 工业和信息化部:participate',
    ]);
    expect(doc.annotations[2]).toMatchObject({ andOthers: true, relevantDepartments: true });
  });
  it('quotes slice back to the normalised text', () => {
    for (const a of doc.annotations) {
      expect(doc.text.slice(a.start, a.end)).toBe(a.quote);
      for (const b of a.bodies) expect(doc.text.slice(b.start, b.end)).toBe(b.asWritten);
    }
  });
});

describe('genre: the first-listed rule stated outside an annotation', () => {
  it('a preamble sentence sets the rule for the annotations after it', () => {
    const text = '各项任务中，排在第一位的部门为牵头部门。\n（一）甲。（国家发展改革委、国家数据局负责）\n（二）乙。（国家数据局、中央网信办负责）';
    expect(read(text)).toEqual(['国家发展改革委:lead 国家数据局:joint', '国家数据局:lead 中央网信办:joint']);
  });
  it('a parenthesised rule on its own line does too, and an annotation before it is unaffected', () => {
    const text = '（一）甲。（科技部、教育部负责）\n（列第一位者为牵头单位，下同）\n（二）乙。（国家数据局、中央网信办负责）';
    expect(read(text)).toEqual(['科技部:responsible 教育部:responsible', '国家数据局:lead 中央网信办:joint']);
  });
  it('a 牵头 elsewhere in the text does not', () => {
    expect(read('由国家发展改革委牵头建立协调机制。\n（一）甲。（科技部、教育部负责）')).toEqual(['科技部:responsible 教育部:responsible']);
  });
  it('after the rule, a list of bodies with no role word closing a sentence is an annotation; a gloss or a note is not', () => {
    const text = '各项任务中排在第一位的部门为牵头部门。\n（一）推进改革。（发展改革委、财政部）\n（二）加强监管。（市场监管总局、公安部、商务部）\n（三）完善制度。（详见附件）\n（四）强化协同。有关部门（发展改革委、财政部）要加强配合。';
    expect(read(text)).toEqual(['发展改革委:lead 财政部:joint', '市场监管总局:lead 公安部:joint 商务部:joint']);
    // without the rule, a bare list says nothing of who does what
    expect(read('（一）推进改革。（发展改革委、财政部、人民银行）')).toEqual([]);
  });
});

describe('genre: labelled annotations', () => {
  it('（牵头单位：A；参与单位：B、C）', () => {
    expect(read('（牵头单位：科技部；参与单位：教育部、财政部）')).toEqual(['科技部:lead 教育部:participate 财政部:participate']);
  });
  it('（牵头部门：A、B，配合部门：C）', () => {
    expect(read('（牵头部门：国家发展改革委、工业和信息化部，配合部门：商务部等）')).toEqual(['国家发展改革委:lead 工业和信息化部:lead 商务部:participate +others']);
  });
  it('（责任单位：A、B） alone: responsible', () => {
    expect(read('完善制度。（责任单位：科技部、各省级人民政府）')).toEqual(['科技部:responsible 各省级人民政府:responsible']);
  });
  it('rejects a label followed by something that is not a list of bodies', () => {
    expect(read('（责任单位：按照属地原则确定）')).toEqual([]);
  });
});

describe('genre: what may follow 负责 inside the parentheses', () => {
  it('a deadline or a pace (2025年底前完成, 持续推进) is not a list of bodies and is ignored', () => {
    expect(read('（科技部负责，2025年底前完成）')).toEqual(['科技部:responsible']);
    expect(read('（国家发展改革委、财政部负责，2024年6月底前出台）')).toEqual(['国家发展改革委:responsible 财政部:responsible']);
    expect(read('（科技部、财政部负责，持续推进）')).toEqual(['科技部:responsible 财政部:responsible']);
    expect(read('（科技部负责。2023年底前完成）')).toEqual(['科技部:responsible']);
  });
  it('the first-listed rule, 下同 and a deadline together', () => {
    expect(read('（科技部、教育部负责，排在第一位的为牵头单位，下同，2025年底前完成）\n（财政部、商务部负责）'))
      .toEqual(['科技部:lead 教育部:joint', '财政部:lead 商务部:joint']);
  });
  it('a second clause with its own 负责 names more responsible bodies', () => {
    expect(read('（科技部负责，教育部、财政部按职责分工负责）')).toEqual(['科技部:responsible 教育部:responsible 财政部:responsible']);
  });
  it('指导 marks the body that guides', () => {
    expect(read('（各省级人民政府负责，科技部指导）')).toEqual(['各省级人民政府:responsible 科技部:guide']);
  });
  it('a clause that is neither bodies nor a deadline still makes it an aside', () => {
    expect(read('（科技部负责，具体办法另行制定）')).toEqual([]);
  });
});

describe('genre: labelled lines after a task, without parentheses', () => {
  const text = [
    '一、扩大服务供给',
    '（一）发展社区养老服务。在城市社区建设嵌入式养老服务设施。',
    '牵头单位：民政部',
    '配合单位：国家发展改革委、住房城乡建设部',
    '完成时限：2025年底前',
    '（二）提升医养结合水平。推动医疗机构与养老机构签约合作。责任单位：国家卫生健康委、民政部',
    '（三）加强人才队伍建设。开展养老护理员职业技能培训。',
    '牵头单位：人力资源社会保障部；配合单位：民政部、教育部',
    '',
  ].join('\n');

  it('a run of labelled lines is one annotation of the item above it, as is a label after its last sentence', () => {
    const doc = parseDocument(text, 'lines.txt');
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`)).toEqual([
      '一、（一） 民政部:lead 国家发展改革委:participate 住房城乡建设部:participate',
      '一、（二） 国家卫生健康委:responsible 民政部:responsible',
      '一、（三） 人力资源社会保障部:lead 民政部:participate 教育部:participate',
    ]);
    for (const a of doc.annotations) for (const b of a.bodies) expect(doc.text.slice(b.start, b.end)).toBe(b.asWritten);
  });

  it('the lines of a run stay lines: the normaliser does not join them as a wrapped sentence', () => {
    expect(parseDocument(text, 'lines.txt').text).toContain('牵头单位：民政部\n配合单位：');
  });

  it('a label that opens no line, or lists no body, is none', () => {
    expect(read('说明：责任单位：指负责的单位')).toEqual([]);
  });
});

describe('genre: a note on the items above', () => {
  it('（以上任务由X负责落实）: X implements every item of the note’s level under the same parent, up to the note', async () => {
    const { inheritedAnnotations } = await import('../../core/parse/later-items');
    const text = [
      '一、重点任务',
      '（一）加强规划引导。编制专项规划。',
      '（二）完善政策体系。出台配套政策。（财政部负责）',
      '（三）强化监测评估。建立评估机制。',
      '（以上任务由各省级人民政府负责落实）',
      '二、保障措施',
      '（四）加强组织领导。建立协调机制。（国家发展改革委负责。以上均为约束性要求）',
      '',
    ].join('\n');
    const doc = parseDocument(text, 'above.txt');
    expect(inheritedAnnotations(doc.items, doc.annotations).map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`)).toEqual([
      '一、（一） 各省级人民政府:implement', '一、（二） 各省级人民政府:implement', '一、（三） 各省级人民政府:implement',
    ]);
    // a 以上 that names no body is no note, and does not hide the annotation it ends
    expect(read('（国家发展改革委负责。以上均为约束性要求）')).toEqual(['国家发展改革委:responsible']);
    expect(read('（以上均为约束性指标）')).toEqual([]);
  });
});

