import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../core/parse/document';
import { cleanTitle, canonicalNumber } from '../../core/parse/header';

const STATE_COUNCIL = [
  '国务院关于加快推进',
  '农业机械化和农机装备产业转型升级的指导意见',
  '国发〔2018〕42号',
  '',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '现提出以下意见。',
  '一、总体要求',
  '（一）指导思想。坚持新发展理念。',
  '（二）发展目标。到2025年，农机装备水平明显提升。（农业农村部负责）',
  '国务院',
  '2018年12月21日',
  '（此件公开发布）',
].join('\n');

describe('title, number and date without a header block', () => {
  const doc = parseDocument(STATE_COUNCIL, 'folder/gov-xx.txt');

  it('joins a title split over lines', () => {
    expect(doc.meta.title).toBe('国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见');
  });
  it('reads the document number and the sign-off date', () => {
    expect(doc.meta.number).toBe('国发〔2018〕42号');
    expect(doc.meta.date).toBe('2018-12-21');
  });
  it('takes the issuer from the sign-off', () => {
    expect(doc.meta.issuers).toEqual(['国务院']);
  });
  it('keeps the file name without folders and reports no warnings', () => {
    expect(doc.fileName).toBe('gov-xx.txt');
    expect(doc.warnings).toEqual([]);
  });
  it('ignores document numbers cited in the body', () => {
    const cited = parseDocument('国务院关于某事的通知\n\n各省人民政府：\n按照《意见》（国发〔2015〕43号）要求执行。\n一、总体要求\n国务院\n2019年1月2日', 'a.txt');
    expect(cited.meta.number).toBeUndefined();
  });
});

describe('document numbers and dates', () => {
  it('accepts bracket variants and canonicalises them to 〔〕', () => {
    expect(canonicalNumber('国办发[2018]117号')).toBe('国办发〔2018〕117号');
    expect(canonicalNumber('国办发［2018］117号')).toBe('国办发〔2018〕117号');
    expect(canonicalNumber('国科发规〔2023〕31号')).toBe('国科发规〔2023〕31号');
    expect(parseDocument('国务院办公厅关于某事的通知\n国办发[2018]117号\n一、总体要求', 'a.txt').meta.number).toBe('国办发〔2018〕117号');
  });
  it('reads dates with and without leading zeros and in Chinese numerals', () => {
    const sign = (date: string) => parseDocument(`国务院关于某事的通知\n一、总体要求\n请认真执行。\n国务院\n${date}`, 'a.txt').meta.date;
    expect(sign('2023年3月31日')).toBe('2023-03-31');
    expect(sign('2023年03月01日')).toBe('2023-03-01');
    expect(sign('二〇二三年三月三十一日')).toBe('2023-03-31');
  });
});

describe('gov.cn header block', () => {
  const header = [
    '国家发展改革委等关于印发《某某工作方案》的',
    '标　题： 知',
    '',
    '国家发展改革委 科技部 工业和信息化部 人力资源和社',
    '会保障部 中国科',
    '协',
    '',
    '发文字号： 发改高技[2020]12号',
    '来　源： 发展改革委网站',
    '主题分类： 科技',
    '公文种类： 通知',
    '成文日期： 2020年01月05日',
    '',
    '国家发展改革委等关于印发《某某工作方案》的 的通知',
    '',
    '各省、自治区、直辖市发展改革委：',
    '现印发给你们，请遵照执行。',
    '',
    '国家发展改革委 科技部',
    '工业和信息化部 人力资源和社会保障部',
    '中国科协',
    '2020年1月6日',
    '',
    '一、工作目标',
    '（一）总体目标。加快建设。（科技部牵头负责）',
  ].join('\n');
  const doc = parseDocument(header, 'h.txt');

  it('reconstructs a title whose last characters wrapped behind the label', () => {
    expect(doc.meta.title).toBe('国家发展改革委等关于印发《某某工作方案》的通知');
  });
  it('reads the labelled fields, preferring 成文日期 to the sign-off date', () => {
    expect(doc.meta).toMatchObject({ number: '发改高技〔2020〕12号', source: '发展改革委网站', subject: '科技', docType: '通知', date: '2020-01-05' });
  });
  it('joins issuer names broken across lines and merges the sign-off without duplicates', () => {
    expect(doc.meta.issuers).toEqual(['国家发展改革委', '科技部', '工业和信息化部', '人力资源和社会保障部', '中国科协']);
  });
});

describe('cleanTitle', () => {
  it('drops layout spaces between CJK characters and a character doubled across one', () => {
    expect(cleanTitle('科技部等印发《关于进一步支持西部科学城加快建设的 的意见》的通知')).toBe('科技部等印发《关于进一步支持西部科学城加快建设的意见》的通知');
    expect(cleanTitle('关于 推进 工作的通知')).toBe('关于推进工作的通知');
  });
});

describe('header variants', () => {
  it('takes a complete 标题 value as the title, ignoring a line above it', () => {
    const doc = parseDocument('首页 > 政策 > 政策文件库\n标 题： 国务院关于印发某某规划的通知\n发文机关： 国务院\n发文字号： 国发〔2021〕1号\n成文日期： 2021年01月02日\n\n一、总体要求', 'g.txt');
    expect(doc.meta.title).toBe('国务院关于印发某某规划的通知');
    expect(doc.meta.issuers).toEqual(['国务院']);
    expect(doc.meta.date).toBe('2021-01-02');
  });
  it('falls back to the body title when the header has no 标题 field', () => {
    const doc = parseDocument('发文字号： 国发〔2021〕1号\n成文日期： 2021年01月02日\n\n国务院关于某事的通知\n\n一、总体要求', 'g.txt');
    expect(doc.meta.title).toBe('国务院关于某事的通知');
    expect(doc.meta.number).toBe('国发〔2021〕1号');
  });
});

describe('sign-off block', () => {
  it('reads a multi-line sign-off list, rejoining a wrapped name', () => {
    const doc = parseDocument('关于某事的意见\n一、总体要求\n请遵照执行。\n科技部 国家发展改革委 工程\n院 重庆市人民政府\n2023年3月31日\n\n（此件主动公开）', 's.txt');
    expect(doc.meta.issuers).toEqual(['科技部', '国家发展改革委', '工程院', '重庆市人民政府']);
    expect(doc.meta.date).toBe('2023-03-31');
  });
  it('closes up a short name spaced out to the width of the others (科　技　部), and keeps the block out of the last item', () => {
    const doc = parseDocument('关于某事的意见\n一、总体要求\n请遵照执行。\n\n国家发展改革委\n科　技　部\n工业和信息化部\n财　政　部\n2026年9月1日', 's.txt');
    expect(doc.meta.issuers).toEqual(['国家发展改革委', '科技部', '工业和信息化部', '财政部']);
    expect(doc.text.slice(doc.items[0].start, doc.items[0].ownEnd).trim()).toBe('一、总体要求\n请遵照执行。');
  });
  it('does not take table cells above a date for issuers', () => {
    const doc = parseDocument('某某清单\n一、清单\n全国\n\n2019年12月31日', 't.txt');
    expect(doc.meta.issuers).toEqual([]);
    expect(doc.warnings.some((w) => w.startsWith('No issuing body'))).toBe(true);
  });
});
