import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../core/graph';
import type { RemitGraph } from '../../core/graph/types';
import { briefModel } from '../../core/exports/brief/model';
import { edgesCsv, relationsCsv } from '../../core/exports';
import { parseDocument } from '../../core/parse/document';

// Documents that forward a text other bodies wrote (转发, 批转), written from the genre's grammar: the cover sentence
// names the authors before the forwarded title, or the title names them.
const forwarding = (title: string, cover: string, rest = ''): string =>
  `${title}\n国办发〔2016〕52号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n${cover}\n\n国务院办公厅\n2016年7月26日\n\n${rest}`;

/** The bodies with an `issued` edge, forwarded authors marked, sorted. */
function issuedBy(graph: RemitGraph): string[] {
  const issued: string[] = [];
  graph.forEachEdge((_e, a, _s, _t, source) => a.kind === 'issued' && issued.push(`${source.label}${a.forwarded ? ' (forwarded)' : ''}`));
  return issued.sort();
}

const OPINION = `关于加快推进农村电网改造升级的意见
国家发展改革委　国家能源局　财政部

一、重点任务
（一）加快改造升级。国家能源局要会同有关部门制定技术原则。
`;

describe('the authors of a forwarded text', () => {
  it('the cover sentence lists them before the forwarded title: each an issuer of what the document carries', () => {
    const doc = parseDocument(forwarding(
      '国务院办公厅转发国家发展改革委等部门关于加快推进农村电网改造升级意见的通知',
      '国家发展改革委、国家能源局、财政部《关于加快推进农村电网改造升级的意见》已经国务院同意，现转发给你们，请认真贯彻执行。',
      OPINION,
    ), 'f.txt');
    expect(doc.meta.issuers).toEqual(['国务院办公厅']);
    expect(doc.meta.forwarded).toEqual({ authors: ['国家发展改革委', '国家能源局', '财政部'], andOthers: false });
    const graph = buildGraph([doc]);
    expect(issuedBy(graph)).toEqual(['国务院办公厅', '国家发展和改革委员会 (forwarded)', '国家能源局 (forwarded)', '财政部 (forwarded)']);
    // the briefing pack keeps them apart from the issuers
    const [brief] = briefModel(graph).documents;
    expect(brief.issuers.map((i) => i.name)).toEqual(['国务院办公厅']);
    expect(brief.forwards.map((i) => i.name).sort()).toEqual(['国家发展和改革委员会', '国家能源局', '财政部'].sort());
    // the edge lists say which issuers wrote the forwarded text
    for (const csv of [edgesCsv(graph), relationsCsv(graph)]) {
      const lines = csv.split('\r\n');
      const column = lines[0].split(',').indexOf('forwarded');
      const flags = lines.slice(1).filter((l) => l.includes('issued')).map((l) => l.split(',')[column]).sort();
      expect(flags).toEqual(['', 'true', 'true', 'true']);
    }
  });

  it('现将X等部门《…》转发给你们: others besides; names with 和 stay whole', () => {
    const doc = parseDocument(forwarding(
      '国务院办公厅转发教育部等部门关于加强学校体育工作意见的通知',
      '经国务院同意，现将教育部、工业和信息化部等部门《关于加强学校体育工作的意见》转发给你们，请结合实际认真贯彻落实。',
    ), 'f.txt');
    expect(doc.meta.forwarded).toEqual({ authors: ['教育部', '工业和信息化部'], andOthers: true });
  });

  it('批转 of older documents, 关于 for 《, and the title when the cover sentence names no one', () => {
    const old = parseDocument(forwarding(
      '国务院批转发展改革委关于2008年深化经济体制改革工作意见的通知',
      '国务院同意发展改革委关于2008年深化经济体制改革工作的意见，现转发给你们，请认真贯彻执行。',
    ), 'f.txt');
    expect(old.meta.forwarded).toEqual({ authors: ['发展改革委'], andOthers: false });
    const titled = parseDocument(forwarding(
      '国务院办公厅转发民政部 财政部关于加强城乡社区服务意见的通知',
      '《关于加强城乡社区服务的意见》已经国务院同意，现转发给你们，请认真贯彻执行。',
    ), 'f.txt');
    expect(titled.meta.forwarded).toEqual({ authors: ['民政部', '财政部'], andOthers: false });
  });

  it('no author where none is a registered body, nor in a document that forwards nothing; an issuer is never also its author', () => {
    expect(parseDocument(forwarding('国务院办公厅关于转发地方经验做法的通知', '现将各地好的经验做法转发给你们，请结合实际学习借鉴。'), 'f.txt').meta.forwarded).toBeUndefined();
    expect(parseDocument(forwarding('国务院办公厅关于加强学校体育工作的意见', '学校体育是教育的重要组成部分。'), 'f.txt').meta.forwarded).toBeUndefined();
    const self = parseDocument(forwarding('国务院办公厅转发国务院办公厅关于做好有关工作意见的通知', '国务院办公厅《关于做好有关工作的意见》已经国务院同意，现转发给你们。'), 'f.txt');
    expect(issuedBy(buildGraph([self]))).toEqual(['国务院办公厅']);
  });
});
