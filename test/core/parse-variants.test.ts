import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/parse/document';

// Variants of the genre that none of the fixtures uses, written from its grammar.
// Each text sits under a title and a first item, as in a real document: numbering starts at （一）.
const PREFIX = '关于加快推进某某工作的意见\n\n（一）总体要求。坚持系统推进。\n';
const rows = (text: string) =>
  parseDocument(PREFIX + text, 'variant.txt').annotations.flatMap((a) => a.bodies.map((b) => `${a.itemPath} ${b.asWritten}:${b.role}`));

describe('annotation variants', () => {
  it('accepts registered bodies whatever their ending', () => {
    expect(rows('（二）加强合作。深化交流。（科技部、外交部、中国科协负责）')).toEqual([
      '（二） 科技部:responsible', '（二） 外交部:responsible', '（二） 中国科协:responsible',
    ]);
  });

  it('joins an annotation broken over a page', () => {
    const text = '（二）推进设施。加快建设重大科技基础设施。（国家发展改革委、中国科学院、北京市\n\n人民政府负责）\n\n（三）完善评价。';
    expect(rows(text)).toEqual(['（二） 国家发展改革委:responsible', '（二） 中国科学院:responsible', '（二） 北京市人民政府:responsible']);
  });

  it('finds a first sub-item written on the heading line, so its siblings count too', () => {
    const text = [
      '（二）稳步推进。',
      '（三）完善评价。（1）改革评价制度。推动分类评价。（人力资源社会保障部牵头，科技部参与负责）',
      '（2）加强诚信建设。（科技部、教育部负责，排在第一位的为牵头单位）',
      '（3）优化环境。营造良好氛围。（中国科协负责）',
    ].join('\n');
    expect(rows(text)).toEqual([
      '（三）（1） 人力资源社会保障部:lead', '（三）（1） 科技部:participate',
      '（三）（2） 科技部:lead', '（三）（2） 教育部:joint',
      '（三）（3） 中国科协:responsible',
    ]);
  });

  it('reads 及, half-width parentheses, 会同 a named body, and the class of relevant departments after a comma', () => {
    const text = [
      '一、重点任务',
      '（一）加强统筹。建立协调机制。（国家发展改革委、中央网信办牵头，各有关部门按职责分工负责）',
      '（二）完善政策。制定配套政策。（财政部、税务总局及各省级人民政府负责）',
      '（三）强化监管。加强监督检查。(市场监管总局、公安部负责)',
      '（四）做好保障。保障资金投入。（财政部会同国家发展改革委负责）',
    ].join('\n');
    expect(rows(text)).toEqual([
      '一、（一） 国家发展改革委:lead', '一、（一） 中央网信办:lead', '一、（一） 各有关部门:joint',
      '一、（二） 财政部:responsible', '一、（二） 税务总局:responsible', '一、（二） 各省级人民政府:responsible',
      '一、（三） 市场监管总局:responsible', '一、（三） 公安部:responsible',
      '一、（四） 财政部:lead', '一、（四） 国家发展改革委:joint',
    ]);
  });
});
