import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlatforms, extractRegions, extractTargets } from '../../core/entities';
import { parseDocument } from '../../core/parse/document';

/** Fragments of the genre, so that random texts hit heads, stop words, places, brackets, quotes and numbers. */
const FRAGMENTS = [
  '推动', '支持', '建设', '一批', '等', '、', '，', '。', '；', '（', '）', '“', '”', '\n', '国家', '重点', '实验室', '联合', '装置', '设施',
  '创新中心', '研究中心', '中心', '试验区', '示范区', '园区', '科技园', '基地', '平台', '综合保税区', '孵化器', '成渝', '地区', '经济圈',
  '重庆', '重庆市', '四川省', '成都', '市', '城市', '科学城', '西部', '新区', '京津冀', '长三角', '到2025年', '2025年前', '超过', '达到',
  '不低于', '以上', '以下', '5%', '80件', '1.2亿千瓦', '7000家', '年均增速', '比重', '的', '和', '省（市）', '个', '3', '市场', '高技术',
];
const genreText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

describe('entity extractors on arbitrary text of the genre', () => {
  it('report platforms with offsets that slice back to the name (or the listed place that shares it), in order and without overlap', () => {
    fc.assert(fc.property(genreText, (text) => {
      let last = 0;
      for (const p of extractPlatforms(text)) {
        const written = text.slice(p.start, p.end);
        // a place listed before a name that shares its head (乌鲁木齐、昌吉、石河子高新区) is quoted where the place
        // stands; its name is that place and the shared rest, which the text writes after it
        if (p.name !== written) {
          expect(p.name.startsWith(written)).toBe(true);
          expect(text.slice(p.end)).toContain(p.name.slice(written.length));
        }
        expect(p.start).toBeGreaterThanOrEqual(last);
        expect(p.name).not.toMatch(/^[、，。；（）]/);
        last = p.end;
      }
    }), { numRuns: 400 });
  });

  it('report regions inside the text, in order and without overlap', () => {
    fc.assert(fc.property(genreText, (text) => {
      let last = 0;
      for (const r of extractRegions(text)) {
        expect(r.start).toBeGreaterThanOrEqual(last);
        expect(r.end).toBeGreaterThan(r.start);
        expect(r.end).toBeLessThanOrEqual(text.length);
        last = r.end;
      }
    }), { numRuns: 400 });
  });

  it('report targets whose span ends with the value as written (or, a share of a noun, runs from it to the noun)', () => {
    fc.assert(fc.property(genreText, (text) => {
      for (const t of extractTargets(text)) {
        const span = text.slice(t.start, t.end);
        // 到2020年，98%的行政村实现光纤通达: the share's span takes in what it is a share of
        expect(span.endsWith(t.value) || span.startsWith(`${t.value}的`)).toBe(true);
        expect(t.metric.length).toBeGreaterThan(0);
        expect(Number.isFinite(t.amount)).toBe(true);
      }
    }), { numRuns: 400 });
  });

  it('read each paragraph on its own: text before a line break shifts offsets and changes nothing else', () => {
    fc.assert(fc.property(genreText, genreText, (before, text) => {
      const prefix = `${before}\n`;
      const shift = <T extends { start: number; end: number }>(xs: T[]): T[] => xs.map((x) => ({ ...x, start: x.start + prefix.length, end: x.end + prefix.length }));
      const tail = <T extends { start: number }>(xs: T[]): T[] => xs.filter((x) => x.start >= prefix.length);
      expect(tail(extractPlatforms(prefix + text))).toEqual(shift(extractPlatforms(text)));
      expect(tail(extractRegions(prefix + text))).toEqual(shift(extractRegions(text)));
      expect(tail(extractTargets(prefix + text))).toEqual(shift(extractTargets(text)));
    }), { numRuns: 300 });
  });
});

/** Fragments of plans: boxes, indicator tables in both layouts, units, signs, sums over the plan. */
const PLAN_FRAGMENTS = [
  '专栏1', '专栏 2', '专栏十', '专栏', '主要指标', '指标', '指　标', '2020年', '2025年', '2035年', '属性', '单位', '类别', '序号',
  '森林覆盖率', '（%）', '（亿户）', '%', '7.8', '10', '〔13.5〕', '>7', '—', '预期性', '约束性', '　', ' ', '\n', '\n\n', '一、', '（一）',
  '1．', '推进建设。', '到2025年，', '98%的', '行政村', '实现', '。', '，',
];
const planText = fc.array(fc.constantFrom(...PLAN_FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));

describe('plans of arbitrary layout', () => {
  it('give targets whose offsets lie in the text, in order, each a goal or typed', () => {
    fc.assert(fc.property(planText, (text) => {
      let last = -1;
      for (const t of extractTargets(text, undefined, 2021)) {
        expect(t.start).toBeGreaterThanOrEqual(0);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(t.start).toBeLessThan(t.end);
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.metric.length).toBeGreaterThan(0);
        last = t.start;
      }
    }), { numRuns: 400 });
  });

  it('give an outline of unique paths whose items lie in the text, boxes included', () => {
    fc.assert(fc.property(planText, (body) => {
      const text = `国务院关于印发某规划的通知\n${body}`;
      const doc = parseDocument(text, 'plan.txt');
      expect(new Set(doc.items.map((i) => i.path)).size).toBe(doc.items.length);
      for (const i of doc.items) {
        expect(i.start).toBeLessThanOrEqual(i.ownEnd);
        expect(i.ownEnd).toBeLessThanOrEqual(i.end);
        expect(i.end).toBeLessThanOrEqual(doc.text.length);
      }
    }), { numRuns: 300 });
  });
});
