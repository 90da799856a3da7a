import { describe, expect, it } from 'vitest';
import { canonicalRegion, extractRegions } from '../../core/entities';

const found = (text: string): string[] => extractRegions(text).map((r) => `${r.name}/${r.regionKind}`);

describe('rivers no table holds, read by the grammar of the genre', () => {
  it('reads a river by the part of it that follows its name (干流, 流域, 上游)', () => {
    expect(found('国务院关于赤水河流域综合规划的批复')).toEqual(['赤水河/river']);
    expect(found('严格保护赤水河干流，治理清水河上游')).toEqual(['赤水河/river', '清水河/river']);
    // rivers listed before one share the part; a great river's name ends the words before it
    expect(found('优化伊河、洛河沿岸空间布局')).toEqual(['伊河/river', '洛河/river']);
    expect(found('加强甘南黄河上游水源涵养区保护')).toEqual(['甘南藏族自治州/prefecture', '黄河/river']);
  });

  it('reads the rivers listed before a class of rivers (等主要支流, 等中小河流), great ones among them', () => {
    expect(found('严格保护赤水河干流和二道河、桐梓河、习水河、古蔺河等主要支流的自然生态')).toEqual(
      ['赤水河/river', '二道河/river', '桐梓河/river', '习水河/river', '古蔺河/river'],
    );
    expect(found('治理黄河干流积石峡段、大夏河、银川河等中小河流')).toEqual(['黄河/river', '大夏河/river', '银川河/river']);
    expect(found('赤水河、黄河、大夏河等河流')).toEqual(['赤水河/river', '黄河/river', '大夏河/river']);
  });

  it('takes no word that only says what kind of river for a name, nor a river for the city it begins with', () => {
    expect(found('推进江河湖泊保护，加强内河干线航道建设，母亲河流域，沿河城镇，入河排污口')).toEqual([]);
    expect(found('加强城市黑臭水体和农村河流治理')).toEqual([]);
    expect(found('大运河沿线')).toEqual(['大运河/river']);
  });

  it('names a river in English by its stem', () => {
    expect(canonicalRegion('赤水河')).toMatchObject({ key: 'river-赤水河', nameEn: 'Chishui River', regionKind: 'river' });
    expect(canonicalRegion('大夏河').nameEn).toBe('Daxia River');
  });
});
