import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../core/entities';
import { indicatorTables } from '../../core/entities/indicator-tables';
import { buildGraph } from '../../core/graph';
import { nodesCsv } from '../../core/exports/csv';
import { parseDocument } from '../../core/parse/document';

const goals = (text: string): string[] =>
  extractTargets(text).map((t) => `${t.targetKind} ${t.year} ${t.metric} ${t.comparator} ${t.value}${t.unit ? ` [${t.unit}]` : ''}`);

describe('indicator tables (主要指标)', () => {
  it('reads a table whose rows stand on a line each: a goal per indicator at the plan\'s year, its unit from the name', () => {
    const text = [
      '专栏1　“十四五”数字经济发展主要指标',
      '指标　2020年　2025年　属性',
      '数字经济核心产业增加值占GDP比重（%）　7.8　10　预期性',
      'IPv6活跃用户数（亿户）　4.6　8　预期性',
      '软件和信息技术服务业规模（万亿元）　8.16　14　预期性',
    ].join('\n');
    expect(goals(text)).toEqual([
      'goal 2025 数字经济核心产业增加值占GDP比重 = 10% [%]',
      'goal 2025 IPv6活跃用户数 = 8亿户 [亿户]',
      'goal 2025 软件和信息技术服务业规模 = 14万亿元 [万亿元]',
    ]);
    // each goal with its nature as the table marks it
    expect(extractTargets(text).map((t) => t.nature)).toEqual(['expected', 'expected', 'expected']);
    // the evidence runs from the indicator to its figure
    const [first] = extractTargets(text);
    expect(text.slice(first.start, first.end)).toBe('数字经济核心产业增加值占GDP比重（%）　7.8　10');
  });

  it('reads a table with a cell on each line (blank lines between), a unit column, categories in their group\'s first row, signs and sums over the plan', () => {
    const text = ['类别', '指标', '单位', '2020年', '2025年', '属性',
      '创新驱动', '全社会研发经费投入增长', '%', '—', '>7', '预期性',
      '每万人口高价值发明专利拥有量', '件', '6.3', '12', '预期性',
      '绿色生态', '单位国内生产总值能源消耗降低', '%', '—', '〔13.5〕', '约束性',
      '以上指标中，〔 〕内为5年累计数。'].join('\n\n');
    expect(goals(text)).toEqual([
      'goal 2025 全社会研发经费投入增长 > 7% [%]',
      'goal 2025 每万人口高价值发明专利拥有量 = 12件 [件]',
      'goal 2025 单位国内生产总值能源消耗降低（累计） = 13.5% [%]',
    ]);
    expect(extractTargets(text).map((t) => t.nature)).toEqual(['expected', 'expected', 'binding']);
  });

  it('gives a goal for each year after the base year, and takes a sentence\'s targets beside the table\'s', () => {
    const text = ['到2025年，常住人口城镇化率提高到65%。', '指标　2020年　2025年　2035年', '森林覆盖率（%）　23.04　24.1　26'].join('\n');
    expect(goals(text)).toEqual([
      'goal 2025 常住人口城镇化率 = 65% [%]',
      'goal 2025 森林覆盖率 = 24.1% [%]',
      'goal 2035 森林覆盖率 = 26% [%]',
    ]);
  });

  it('finds no table in a task table, a sentence about indicators or a header without rows', () => {
    expect(indicatorTables('序号\n\n重点任务\n\n牵头单位\n\n1\n\n推进改革\n\n财政部')).toEqual([]);
    expect(indicatorTables('完善主要指标体系，加强指标监测。')).toEqual([]);
    expect(indicatorTables('指标　2020年　2025年\n一、加强组织领导。')).toEqual([]);
    // a row whose figures are all missing states nothing
    expect(indicatorTables('指标　2020年　2025年\n新指标（%）　—　—')).toEqual([]);
  });

  it('puts the goals in the graph as targets of the box that holds the table, with their nature, and in the CSV', () => {
    const text = ['国务院关于印发某规划的通知', '第一章　发展环境', '一、发展基础。成效显著。', '专栏1　主要指标',
      '指标　2020年　2025年　属性', '森林覆盖率（%）　23.04　24.1　约束性', '数字经济核心产业增加值占GDP比重（%）　7.8　10　预期性'].join('\n');
    const graph = buildGraph([parseDocument(text, 'plan.txt')]);
    const targets = graph.filterNodes((_id, a) => a.kind === 'target').map((id) => graph.getNodeAttributes(id));
    expect(targets.map((a) => (a.kind === 'target' ? `${a.label} ${a.nature}` : ''))).toEqual(['2025: 森林覆盖率 24.1% binding', '2025: 数字经济核心产业增加值占GDP比重 10% expected']);
    const box = graph.findNode((_id, a) => a.kind === 'article' && a.label.startsWith('专栏1'));
    expect(graph.outNeighbors(box!).filter((n) => graph.getNodeAttribute(n, 'kind') === 'target')).toHaveLength(2);
    expect(nodesCsv(graph).split('\n')[0]).toContain(',comparator,nature');
    expect(nodesCsv(graph)).toContain(',binding');
  });
});
