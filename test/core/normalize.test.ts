import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/normalize';

describe('normalize: characters', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalize('一、总体要求\r\n（一）指导思想。\r（二）基本原则。')).toBe('一、总体要求\n（一）指导思想。\n（二）基本原则。');
  });

  it('strips BOM and zero-width characters', () => {
    expect(normalize('\ufeff科技\u200b部负责。')).toBe('科技部负责。');
  });

  it('turns full-width spaces and NBSP into one space and drops indentation and trailing spaces', () => {
    expect(normalize('\u3000\u3000一、总体要求  \n标\u3000题： 知\u00a0\u00a0')).toBe('一、总体要求\n标 题： 知');
  });

  it('collapses runs of blank lines and drops leading and trailing ones', () => {
    expect(normalize('\n\n一、总体要求\n\n\n\n（一）指导思想。\n\n')).toBe('一、总体要求\n\n（一）指导思想。');
  });
});

describe('normalize: joining lines broken mid-sentence', () => {
  const longHead = '（五）联合共建重大创新平台。围绕绿色技术、智能技术相关领域，整合成渝地区创新资源，培育创建成渝国家技术创新中心，打造国家科技成果转移转化枢纽平台。鼓励科技';

  it('joins a page break inside a paragraph across a blank line', () => {
    expect(normalize(`${longHead}\n\n领军企业牵头组建创新联合体。（科技部负责）`)).toBe(`${longHead}领军企业牵头组建创新联合体。（科技部负责）`);
  });

  it('joins a single character left before the break', () => {
    const head = `${'在西部科学城试点实行更加开放更加便利的人才吸引集聚政策，'.repeat(3)}允许科研人员兼`;
    expect(normalize(`${head}\n\n职并取得合法报酬。`)).toBe(`${head}职并取得合法报酬。`);
  });

  it('joins a title split over two and three lines', () => {
    expect(normalize('国务院关于促进综合保税区\n高水平开放高质量发展的若干意见\n国发〔2019〕3号')).toBe('国务院关于促进综合保税区高水平开放高质量发展的若干意见\n国发〔2019〕3号');
    expect(normalize('国务院办公厅关于有效发挥政府性\n融资担保基金作用切实支持小微企业和\n“三农”发展的指导意见\n国办发〔2019〕6号'))
      .toBe('国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见\n国办发〔2019〕6号');
  });

  it('keeps a list of names one per line apart: places, zones, institutions (an attachment\'s 名单)', () => {
    const list = '北京市海淀区\n河北省石家庄高新技术产业开发区\n山西转型综合改革示范区\n清华大学\n中国科学院深圳先进技术研究院\n海尔集团公司';
    expect(normalize(list)).toBe(list);
    // a title's wrapped lines are no names (关于, 的), and a wrapped sentence's lines are joined as before
    expect(normalize('国务院关于支持某某新区\n高质量发展的意见')).toBe('国务院关于支持某某新区高质量发展的意见');
  });

  it('joins an order\'s heading and its number, and nothing after them (a PDF without blank lines)', () => {
    expect(normalize('中华人民共和国国务院令\n第812号\n《农村公路养护管理条例》已经国务院常务会议通过，现予公布。').split('\n')).toEqual([
      '中华人民共和国国务院令第812号', '《农村公路养护管理条例》已经国务院常务会议通过，现予公布。',
    ]);
    expect(normalize('中华人民共和国国务院令\n第 812 号\n《条例》已经通过，现予公布。').split('\n').pop()).toBe('《条例》已经通过，现予公布。');
    expect(normalize('中华人民共和国国务院令第812号\n《条例》已经通过，现予公布。').split('\n')).toHaveLength(2);
  });

  it('joins after 、 and ，', () => {
    expect(normalize('支持重庆市、\n四川省开展试点。')).toBe('支持重庆市、四川省开展试点。');
    expect(normalize('加快建设，\n形成合力。')).toBe('加快建设，形成合力。');
  });

  it('does not join a bare heading to its paragraph', () => {
    expect(normalize('一、总体要求\n以习近平新时代中国特色社会主义思想为指导。')).toBe('一、总体要求\n以习近平新时代中国特色社会主义思想为指导。');
    expect(normalize('第一章 总则\n第一条 为了规范管理，制定本办法。')).toBe('第一章 总则\n第一条 为了规范管理，制定本办法。');
  });

  it('does not join a paragraph to the next numbered item', () => {
    expect(normalize('加快形成连片发展态势\n（三）构建高水平实验室体系。')).toBe('加快形成连片发展态势\n（三）构建高水平实验室体系。');
    expect(normalize('优化营商环境\n1.拓展两个市场。')).toBe('优化营商环境\n1.拓展两个市场。');
  });

  it('keeps the sign-off block and date on their own lines', () => {
    expect(normalize('请遵照执行。\n国务院\n2019年1月12日')).toBe('请遵照执行。\n国务院\n2019年1月12日');
    expect(normalize('科技部 国家发展改革委 教育部\n工业和信息化部 财政部\n2023年3月31日')).toBe('科技部 国家发展改革委 教育部\n工业和信息化部 财政部\n2023年3月31日');
  });

  it('keeps header fields, document numbers and attachment lines apart', () => {
    expect(normalize('发文字号： 国科发规〔2023〕31号\n来 源： 科技部网站')).toBe('发文字号： 国科发规〔2023〕31号\n来 源： 科技部网站');
    expect(normalize('附件：三级公立医院绩效考核指标\n国务院办公厅')).toBe('附件：三级公立医院绩效考核指标\n国务院办公厅');
  });

  it('does not join a short title to the paragraph after a blank line, nor table cells', () => {
    expect(normalize('关于进一步支持西部科学城加快建设的意见\n\n建设西部科学城是党中央作出的战略部署。')).toBe('关于进一步支持西部科学城加快建设的意见\n\n建设西部科学城是党中央作出的战略部署。');
    expect(normalize('定量\n\n计算方法：门诊患者人次数')).toBe('定量\n\n计算方法：门诊患者人次数');
  });

  it('does not join a line that ends a sentence', () => {
    expect(normalize('加快建设。\n形成合力。')).toBe('加快建设。\n形成合力。');
    expect(normalize('（重庆市、四川省牵头负责）\n加快建设。')).toBe('（重庆市、四川省牵头负责）\n加快建设。');
  });

  it('attaches a bare outline label to the cell that names it', () => {
    expect(normalize('（十一）\n\n学科建设\n\n50.每百名卫生技术人员科研项目经费')).toBe('（十一）学科建设\n\n50.每百名卫生技术人员科研项目经费');
  });

  it('puts a space between ASCII words only', () => {
    const head = `${'城镇小区严格依标配建幼儿园，'.repeat(5)}严格遵循《城市居住区规划设计标准》（GB`;
    expect(normalize(`${head}\n50180），配建幼儿园。`)).toBe(`${head} 50180），配建幼儿园。`);
    expect(normalize('序号\n1\n知识产权民事、刑事、行政案件“三合一”审判')).toBe('序号\n1\n知识产权民事、刑事、行政案件“三合一”审判');
    expect(normalize('严格遵循城市居住区规划设计\n标准。')).toBe('严格遵循城市居住区规划设计标准。');
  });

  it('is idempotent', () => {
    const raw = `国务院关于促进综合保税区\n高水平开放高质量发展的若干意见\n\n${longHead}\n\n领军企业。\n（十一）\n\n学科建设`;
    expect(normalize(normalize(raw))).toBe(normalize(raw));
  });
});
