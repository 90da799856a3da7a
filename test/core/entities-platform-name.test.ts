import { describe, expect, it } from 'vitest';
import { platformName } from '../../core/entities/platform-name';
import { buildGraph } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';

describe('the name a platform goes by', () => {
  it('drops the province before a place, and the 市 of the city the name begins with', () => {
    expect(platformName('四川省成都市高新区')).toBe('成都高新区');
    expect(platformName('成都市高新区')).toBe('成都高新区');
    expect(platformName('湖北省武汉市东湖新技术开发区')).toBe('武汉东湖新技术开发区');
    expect(platformName('浙江省义乌市国际贸易综合改革试验区')).toBe('义乌国际贸易综合改革试验区');
    expect(platformName('重庆市两江新区')).toBe('重庆两江新区');
  });

  it('keeps names that begin otherwise, and a 市 that begins a word of its own', () => {
    for (const name of ['郑州航空港经济综合实验区', '海南自由贸易港', '长三角G60科创走廊', '天津港', '成都市民中心', '四川省国家实验室']) {
      expect(platformName(name), name).toBe(name);
    }
  });

  it('one platform is one node whichever way documents write it', () => {
    const doc = (name: string, body: string) => parseDocument(['关于支持高新区发展的通知', '一、重点任务', body].join('\n'), name);
    const graph = buildGraph([doc('a.txt', '支持四川省成都市高新区建设。'), doc('b.txt', '推动成都高新区发展。')]);
    const platforms = graph.filterNodes((_n, a) => a.kind === 'platform');
    expect(platforms.map((n) => graph.getNodeAttribute(n, 'label'))).toEqual(['成都高新区']);
    expect(graph.inDegree(platforms[0])).toBe(2);
  });
});
