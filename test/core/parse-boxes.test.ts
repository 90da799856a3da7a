import { describe, expect, it } from 'vitest';
import { readBoxLabel } from '../../core/parse/boxes';
import { parseDocument } from '../../core/parse/document';

const outline = (lines: string[]): string[] =>
  parseDocument(['国务院关于印发某规划的通知', ...lines].join('\n\n'), 't.txt').items.map((i) => `${i.path} | ${i.heading}`);

describe('boxes (专栏)', () => {
  it('reads a box label with its number, written in digits or words, spaced or not', () => {
    expect(readBoxLabel('专栏2　信息网络基础设施优化升级工程')).toEqual({ n: 2, written: '专栏2', canonical: '专栏2' });
    expect(readBoxLabel('专栏 3 重大工程')).toMatchObject({ n: 3, canonical: '专栏3' });
    expect(readBoxLabel('专栏十二：重点项目')).toMatchObject({ n: 12, written: '专栏十二' });
    expect(readBoxLabel('专栏2-1　东部地区')).toMatchObject({ n: 2, canonical: '专栏2-1' });
    // a sentence about boxes, or one that refers to a box, opens none
    expect(readBoxLabel('专栏所列项目由各地组织实施。')).toBeUndefined();
    expect(readBoxLabel('专栏2中的项目')).toBeUndefined();
    expect(readBoxLabel('专栏2所列工程')).toBeUndefined();
  });

  it('stands beside the item it follows, holds its own numbered lines, and ends at the next item of the text', () => {
    expect(outline([
      '第一章　优化升级数字基础设施',
      '一、加快建设信息网络基础设施。有序推进骨干网扩容。',
      '二、推进云网协同。加快构建全国一体化大数据中心体系。',
      '专栏2　信息网络基础设施优化升级工程',
      '1．推进光纤网络扩容提速。加快千兆光纤网络部署。',
      '2．加快5G网络规模化部署。推动5G独立组网规模商用。',
      '三、有序推进基础设施智能升级。稳步构建智能高效的融合基础设施。',
      '第二章　保障措施',
      '一、加强统筹协调。建立部际协调机制。',
    ])).toEqual([
      '第一章 | 优化升级数字基础设施',
      '第一章一、 | 加快建设信息网络基础设施',
      '第一章二、 | 推进云网协同',
      '第一章专栏2 | 信息网络基础设施优化升级工程',
      '第一章专栏2 1. | 推进光纤网络扩容提速',
      '第一章专栏2 2. | 加快5G网络规模化部署',
      '第一章三、 | 有序推进基础设施智能升级',
      '第二章 | 保障措施',
      '第二章一、 | 加强统筹协调',
    ]);
  });

  it('in a text of 一、 and （一）, stands beside the （一） it follows, and the next box closes it', () => {
    expect(outline([
      '一、重点任务',
      '（一）推进科技创新。建设创新平台。',
      '专栏1　科技创新重大工程',
      '（1）国家实验室建设工程。',
      '专栏2　人才发展工程',
      '（1）青年人才托举工程。',
      '（二）推进产业升级。培育先进制造业集群。',
    ])).toEqual([
      '一、 | 重点任务',
      '一、（一） | 推进科技创新',
      '一、专栏1 | 科技创新重大工程',
      '一、专栏1（1） | 国家实验室建设工程',
      '一、专栏2 | 人才发展工程',
      '一、专栏2（1） | 青年人才托举工程',
      '一、（二） | 推进产业升级',
    ]);
  });

  it('takes the title past a colon after the label', () => {
    expect(outline(['一、重点任务', '（一）推进科技创新。建设创新平台。', '专栏十二：重大工程', '1．国家实验室建设工程。'])).toEqual([
      '一、 | 重点任务', '一、（一） | 推进科技创新', '一、专栏十二 | 重大工程', '一、专栏十二1. | 国家实验室建设工程',
    ]);
  });

  it('opens inside a chapter that holds no item yet, and the chapter\'s first item closes it', () => {
    expect(outline([
      '第一章　发展环境',
      '专栏1　主要指标',
      '指标　2020年　2025年',
      '一、发展基础。成效显著。',
    ])).toEqual(['第一章 | 发展环境', '第一章专栏1 | 主要指标', '第一章一、 | 发展基础']);
  });
});
