import { describe, expect, it } from 'vitest';
import { buildGraph, responsibilityRows } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';

// A regulation on a body's functions (职能配置、内设机构和人员编制规定): the body is named once, and its duties are the
// items below the one that says 主要职责是：, none of which names it again.
const FUNCTIONS = [
  '国家某某局职能配置、内设机构和人员编制规定',
  '第一条　为了规范国家数据局的职能配置，制定本规定。',
  '第二条　国家数据局贯彻落实党中央关于数据工作的方针政策和决策部署。主要职责是：',
  '（一）负责协调推进数据基础制度建设。',
  '（二）负责拟订数字中国建设发展战略，会同有关部门组织实施数字经济发展规划。',
  '（三）承担数据资源的统筹管理工作，会同国家网信办、工业和信息化部推进公共数据开发利用。',
  '第三条　国家数据局设下列内设机构：',
  '（一）综合司。负责机关日常运转。',
  '第四条　本规定由中央机构编制委员会办公室负责解释。',
].join('\n');

describe("a body's list of duties (…主要职责是：)", () => {
  const rows = () => responsibilityRows(buildGraph([parseDocument(FUNCTIONS, 'functions.txt')]))
    .map((r) => `${r.item} ${r.agency}:${r.role}${r.inherited ? ' inherited' : ''}`);

  it('makes the body responsible for each duty listed, leading where it works with others (会同)', () => {
    expect(rows()).toEqual([
      '第二条（一） 国家数据局:responsible inherited',
      '第二条（二） 国家数据局:lead',
      '第二条（三） 国家数据局:lead',
      '第二条（三） 中央网络安全和信息化委员会办公室:joint',
      '第二条（三） 工业和信息化部:joint',
      '第四条 中央机构编制委员会办公室:responsible',
    ]);
  });

  it('quotes the sentence that opens the list from the body on, and reads no list without one (内设机构)', () => {
    const doc = parseDocument(FUNCTIONS, 'functions.txt');
    const note = doc.annotations.find((a) => a.laterItems);
    expect(note?.quote).toBe('国家数据局贯彻落实党中央关于数据工作的方针政策和决策部署。主要职责是：');
    expect(doc.annotations.filter((a) => a.itemPath.startsWith('第三条'))).toEqual([]);
  });

  it('an office the registry holds under its own name is the registry\'s, not a defined body\'s office', () => {
    const graph = buildGraph([parseDocument(FUNCTIONS, 'functions.txt')]);
    const offices = graph.filterNodes((_n, a) => a.kind === 'agency' && a.label === '中央机构编制委员会办公室');
    expect(offices).toHaveLength(1);
    // one the registry holds as another body's former name stays the document's own (2013: not yet the market regulator)
    const reform = parseDocument('国务院关于机构设置的通知\n一、将国务院食品安全委员会办公室的职责整合。不再保留单设的国务院食品安全委员会办公室。\n国务院\n2013年3月19日', 'reform.txt');
    const graph2 = buildGraph([reform]);
    const named = graph2.filterNodes((_n, a) => a.kind === 'agency').map((n) => graph2.getNodeAttribute(n, 'label'));
    expect(named).toContain('国务院食品安全委员会办公室');
    expect(named).not.toContain('国家市场监督管理总局');
  });
});
