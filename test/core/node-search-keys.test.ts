import { describe, expect, it } from 'vitest';
import { nodeSearchKeys, type PinyinMemo } from '../../core/graph/node-search-keys';
import type { NodeAttributes } from '../../core/model';

const article = { kind: 'article', label: '（三）', aliases: [], heading: '建设国家实验室', path: '一、/（三）', document: 'doc:x' } as unknown as NodeAttributes;
const region = { kind: 'region', label: '重庆市', aliases: [], regionKind: 'province' } as unknown as NodeAttributes;

describe('node search keys', () => {
  it('finds a heading by its pinyin and initials, read character by character through the caller\'s memo', () => {
    const memo: PinyinMemo = new Map();
    const keys = nodeSearchKeys(article, memo);
    expect(keys).toContain('jiansheguojiashiyanshi');
    expect(keys).toContain('jsgjsys');
    expect(memo.get('实')).toBe('shi');
    // the same keys as without a memo, where no character of the heading has two readings
    expect(nodeSearchKeys(article)).toEqual(keys);
  });
  it('reads names whole, so that a polyphone takes its reading in the name (重庆 chongqing)', () => {
    expect(nodeSearchKeys(region, new Map())).toContain('chongqingshi');
  });
});
