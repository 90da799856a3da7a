import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/parse/document';
import { canonicalOrderNumber } from '../../core/parse/header';

// 国务院令: an order (heading, number, a one-sentence preamble, the premier's signature and date) that publishes a
// regulation of chapters and articles. Written from the genre's grammar.
const ORDER = readFileSync(new URL('../fixtures/outline/order.txt', import.meta.url), 'utf8');

describe('国务院令 (State Council orders)', () => {
  const doc = parseDocument(ORDER, 'order.txt');

  it('issuer 国务院, number 国令第798号, the regulation’s own title and the date of the order', () => {
    expect(doc.meta).toMatchObject({ title: '城市社区绿地管理条例', number: '国令第798号', issuers: ['国务院'], date: '2024-10-25' });
    expect(doc.warnings).toEqual([]);
  });

  it('chapters 第一章… and articles 第一条… as the outline, articles numbered on across chapters', () => {
    expect(doc.items.filter((i) => i.level === 1).map((i) => `${i.label}${i.heading}`)).toEqual(['第一章总则', '第二章规划与建设', '第三章保护与管理', '第四章附则']);
    const articles = doc.items.filter((i) => i.level === 2);
    expect(articles.map((i) => i.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条']);
    expect(articles[3]).toMatchObject({ path: '第二章第四条', parent: '第二章' });
    // the second paragraph of 第三条 is its own
    expect(articles[2].text).toContain('县级以上地方人民政府应当');
  });

  it('duties in articles: X负责, X、Y按照各自职责，负责, X应当 — not unnamed 主管部门', () => {
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`)).toEqual([
      '第一章第三条 住房城乡建设部:responsible',
      '第一章第三条 自然资源部:responsible 生态环境部:responsible',
      '第一章第三条 县级以上地方人民政府:responsible',
    ]);
  });

  it('the heading and number on one line; the title from the preamble when no title follows the sign-off', () => {
    const oneLine = parseDocument(
      ['中华人民共和国国务院令 第799号', '', '现公布《乡村道路养护管理规定》，自2025年3月1日起施行。', '', '总理 李强', '2024年12月2日'].join('\n'),
      'o.txt',
    );
    expect(oneLine.meta).toMatchObject({ title: '乡村道路养护管理规定', number: '国令第799号', issuers: ['国务院'], date: '2024-12-02' });
  });

  it('an order that publishes a decision is titled by the decision, read by its outline', () => {
    const doc2 = parseDocument(
      [
        '中华人民共和国国务院令', '第800号', '', '《国务院关于修改部分行政法规的决定》已经国务院常务会议通过，现予公布，自公布之日起施行。', '',
        '总理 李强', '2025年1月10日', '', '国务院关于修改部分行政法规的决定', '',
        '为了依法推进简政放权，国务院对涉及的行政法规进行了清理。经过清理，国务院决定：对2部行政法规的部分条款予以修改。',
        '一、将《城市社区绿地管理条例》第四条修改为：“城市社区绿地规划由城市人民政府组织编制。”',
        '二、删去《乡村道路养护管理规定》第六条。',
        '本决定自公布之日起施行。',
      ].join('\n'),
      'd.txt',
    );
    expect(doc2.meta).toMatchObject({ title: '国务院关于修改部分行政法规的决定', number: '国令第800号', issuers: ['国务院'] });
    expect(doc2.items.map((i) => i.path)).toEqual(['一、', '二、']);
    // the decision's title above the order's heading, as a web page lays it out: the number is the order's
    const titled = parseDocument(
      [
        '国务院关于修改和废止部分行政法规的决定', '中华人民共和国国务院令', '第801号', '',
        '国务院决定：一、对2部行政法规的部分条款予以修改。', '一、将《城市社区绿地管理条例》第四条修改为：“由城市人民政府组织编制。”',
        '二、删去《乡村道路养护管理规定》第六条。', '', '总理　李强', '2025年2月10日',
      ].join('\n'),
      't.txt',
    );
    expect(titled.meta).toMatchObject({ title: '国务院关于修改和废止部分行政法规的决定', number: '国令第801号', issuers: ['国务院'] });
  });

  it('a gov.cn header block gives the number as 国令第N号; its title field stays', () => {
    const doc3 = parseDocument(
      ['标　　题：城市社区绿地管理条例', '发文机关：国务院', '发文字号：国务院令第798号', '来　　源：国务院公报', '成文日期：2024年10月25日', '', ORDER].join('\n'),
      'h.txt',
    );
    expect(doc3.meta).toMatchObject({ title: '城市社区绿地管理条例', number: '国令第798号', issuers: ['国务院'] });
  });

  it('order numbers in their canonical form', () => {
    expect(canonicalOrderNumber('国令第707号')).toBe('国令第707号');
    expect(canonicalOrderNumber('中华人民共和国国务院令 第 707 号')).toBe('国令第707号');
    expect(canonicalOrderNumber('商务部令2019年第１号')).toBe('商务部令2019年第1号');
    expect(canonicalOrderNumber('国发〔2019〕5号')).toBeUndefined();
  });

  it('a title that merely ends in 令 without an order number is a title', () => {
    const doc4 = parseDocument(['关于发布禁渔期的命令', '', '各有关单位：', '自2025年3月1日起实行禁渔。'].join('\n'), 'c.txt');
    expect(doc4.meta.title).toBe('关于发布禁渔期的命令');
    expect(doc4.meta.number).toBeUndefined();
  });
});

describe('a regulation printed with letter-spaced chapter headings', () => {
  it('reads 第一章　总　　则 as the chapter 总则, and the competent departments of its articles as actors', () => {
    const doc = parseDocument(
      [
        '某某岸线管理条例', '', '第一章　总　　则',
        '第一条　为了加强岸线管理，制定本条例。',
        '第二条　国务院交通运输主管部门负责全国岸线的管理工作。县级以上地方人民政府交通运输主管部门负责本行政区域内岸线的管理工作。',
        '第二章　法 律 责 任',
        '第三条　违反本条例规定的，由县级以上地方人民政府交通运输主管部门责令改正。',
        '第三章　附　　则',
        '第四条　本条例自2026年9月1日起施行。',
      ].join('\n'),
      'spaced.txt',
    );
    expect(doc.items.filter((i) => i.level === 1).map((i) => i.heading)).toEqual(['总则', '法律责任', '附则']);
    expect(doc.annotations.map((a) => `${a.itemPath} ${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}`)).toEqual([
      '第一章第二条 国务院交通运输主管部门:responsible',
      '第一章第二条 县级以上地方人民政府交通运输主管部门:responsible',
      '第二章第三条 县级以上地方人民政府交通运输主管部门:responsible',
    ]);
  });
});
