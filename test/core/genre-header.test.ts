import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/parse/document';

describe('genre: joint notices of several ministries', () => {
  const text = [
    '工业和信息化部 国家发展改革委 科技部',
    '财政部 生态环境部',
    '关于印发工业领域碳达峰',
    '实施方案的通知',
    '工信部联节〔2022〕88号',
    '',
    '各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门、发展改革委、科技厅（委、局）：',
    '现将《工业领域碳达峰实施方案》印发给你们，请结合实际，认真贯彻落实。',
    '',
    '工业和信息化部',
    '国家发展改革委',
    '科技部',
    '财政部',
    '生态环境部',
    '二〇二二年七月七日',
    '',
    '抄送：党中央各部门，全国人大常委会办公厅，全国政协办公厅。',
    '',
    '工业领域碳达峰实施方案',
    '一、总体要求',
    '（一）指导思想。以新发展理念为指导。',
  ].join('\n');
  const doc = parseDocument(text, 'joint.txt');
  it('reads the issuers stacked above the title as part of it', () => {
    expect(doc.meta.title).toBe('工业和信息化部 国家发展改革委 科技部 财政部 生态环境部关于印发工业领域碳达峰实施方案的通知');
    expect(doc.meta.number).toBe('工信部联节〔2022〕88号');
  });
  it('reads a sign-off with one ministry per line and a date in Chinese numerals', () => {
    expect(doc.meta.issuers).toEqual(['工业和信息化部', '国家发展改革委', '科技部', '财政部', '生态环境部']);
    expect(doc.meta.date).toBe('2022-07-07');
  });
  it('keeps the one-per-line names as separate lines of the text', () => {
    expect(doc.text).toContain('工业和信息化部\n国家发展改革委\n科技部\n财政部\n生态环境部\n二〇二二年七月七日');
  });
});

describe('genre: other headers', () => {
  it('a document without 发文字号: title only, no number', () => {
    const doc = parseDocument('关于加快推进数字政府建设的\n指导意见\n\n各省、自治区、直辖市人民政府：\n现提出如下意见。\n一、总体要求\n（一）指导思想。坚持以人民为中心。', 'n.txt');
    expect(doc.meta.title).toBe('关于加快推进数字政府建设的指导意见');
    expect(doc.meta.number).toBeUndefined();
  });
  it('国办函 numbers and dates written with ○ for zero', () => {
    const doc = parseDocument('国务院办公厅关于推进养老服务\n高质量发展的实施意见\n国办函〔2019〕12号\n各省、自治区、直辖市人民政府：\n一、总体要求\n（一）目标。推进。\n国务院办公厅\n二○一九年二月十五日', 'o.txt');
    expect(doc.meta).toMatchObject({ title: '国务院办公厅关于推进养老服务高质量发展的实施意见', number: '国办函〔2019〕12号', date: '2019-02-15', issuers: ['国务院办公厅'] });
  });
  it('a sign-off of several ministries on one line', () => {
    const doc = parseDocument('关于某事的通知\n一、任务\n（一）推进。完善。\n教育部 财政部 人力资源社会保障部\n2023年3月1日', 's.txt');
    expect(doc.meta.issuers).toEqual(['教育部', '财政部', '人力资源社会保障部']);
    expect(doc.meta.date).toBe('2023-03-01');
  });
});

describe('genre: full-width digits from typeset copies', () => {
  const doc = parseDocument('关于某事的通知\n国办发〔２０１９〕１２号\n一、任务\n１．完善规划。（民政部负责）\n２．加强监管。\n（１）推进。\n（２）落实。\n国务院办公厅\n２０１９年２月１５日', 'fw.txt');
  it('reads the number and the date, canonicalised to ASCII digits', () => {
    expect(doc.meta).toMatchObject({ number: '国办发〔2019〕12号', date: '2019-02-15', issuers: ['国务院办公厅'] });
  });
  it('reads full-width outline labels with the same paths as ASCII ones', () => {
    expect(doc.items.map((i) => i.path)).toEqual(['一、', '一、1.', '一、2.', '一、2.（1）', '一、2.（2）']);
    expect(doc.annotations[0].itemPath).toBe('一、1.');
  });
});

describe('genre: title layouts', () => {
  const meta = (t: string) => parseDocument(t, 'x.txt').meta;
  it('a 发文字号 above the title', () => {
    expect(meta('国办发〔2019〕5号\n\n国务院办公厅关于推进某事的通知\n\n各省、自治区、直辖市人民政府：\n一、任务\n国务院办公厅\n2019年2月15日'))
      .toMatchObject({ title: '国务院办公厅关于推进某事的通知', number: '国办发〔2019〕5号' });
  });
  it('skips the red-header issuer mark (国务院文件)', () => {
    expect(meta('国务院文件\n国发〔2019〕5号\n国务院关于推进某事的通知\n各省、自治区、直辖市人民政府：\n一、任务').title).toBe('国务院关于推进某事的通知');
  });
  it('joins a title whose first line is a list of issuers ending in 关于', () => {
    expect(meta('国家发展改革委 科技部关于\n印发某某方案的通知\n发改高技〔2023〕1234号\n一、任务').title).toBe('国家发展改革委 科技部关于印发某某方案的通知');
  });
  it('still drops layout spaces inside a title', () => {
    expect(meta('国务院办公厅关于 推进 某事的通知\n一、任务').title).toBe('国务院办公厅关于推进某事的通知');
  });
});

describe('genre: issuers named only by the title', () => {
  it('takes the bodies before 关于 when there is no sign-off or header list', () => {
    expect(parseDocument('国家发展改革委 科技部关于\n印发某某方案的通知\n发改高技〔2023〕1234号\n一、任务', 'x.txt').meta.issuers).toEqual(['国家发展改革委', '科技部']);
    expect(parseDocument('国务院办公厅关于推进某事的通知\n一、任务', 'y.txt').meta.issuers).toEqual(['国务院办公厅']);
  });
  it('takes nothing from a title that does not start with registered bodies', () => {
    const doc = parseDocument('关于加快推进某事的指导意见\n一、任务', 'z.txt');
    expect(doc.meta.issuers).toEqual([]);
    expect(parseDocument('某某研究会关于举办年会的通知\n一、任务', 'w.txt').meta.issuers).toEqual([]);
  });
});
