/** The briefing pack on the dev corpus: one count for one thing, each clause once per section, a readable figure. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildGraph, readDocument } from '../../core';
import { COLUMNS, FIGURE_MAX_AGENCIES, briefDocx, briefFigureSvg, briefHtml, briefModel } from '../../core/exports';
import { labelExtent } from '../../core/exports/brief/overview-layout';
import { assignmentCounts, responsibilitiesOf, responsibilityMatrix } from '../../core/queries';
import type { RemitGraph } from '../../core/graph/types';
import { devCorpusGraph } from './dev-corpus';
import { SEED_PATH } from './seed';

const seed = buildGraph([readDocument(new Uint8Array(readFileSync(SEED_PATH)), 'seed.txt')]);
const corpus = devCorpusGraph();

function countsAgree(g: RemitGraph) {
  const m = responsibilityMatrix(g);
  const c = assignmentCounts(g);
  const b = briefModel(g);
  const perAgency = m.rows.map((r) => responsibilitiesOf(g, r.agencyId).total);
  return { matrix: m.total, counts: c.assignments, brief: b.summary.responsibilities, details: perAgency.reduce((x, y) => x + y, 0), matrixAgencies: m.rows.length, countAgencies: c.agencies, briefAgencies: b.summary.agencies, briefSections: b.agencies.length };
}

describe('one count for one thing', () => {
  it('Matrix, Details, the counts and the briefing pack agree on the seed and on the dev corpus', () => {
    for (const g of [seed, corpus]) {
      const n = countsAgree(g);
      expect(n.matrix).toBeGreaterThan(0);
      expect([n.counts, n.brief, n.details]).toEqual([n.matrix, n.matrix, n.matrix]);
      expect([n.countAgencies, n.briefAgencies, n.briefSections]).toEqual([n.matrixAgencies, n.matrixAgencies, n.matrixAgencies]);
    }
    expect(countsAgree(seed)).toMatchObject({ matrix: 71, matrixAgencies: 14 });
  });

  it('a restated assignment is one assignment with two annotations, everywhere', () => {
    const g = seed.copy() as RemitGraph;
    const edge = g.findEdge((_e, a) => a.kind === 'leads')!;
    const ev = g.getEdgeAttribute(edge, 'evidence')!;
    g.setEdgeAttribute(edge, 'evidence', [...ev, { ...ev[0], start: ev[0].start + 1, end: ev[0].end + 1 }]);
    const n = countsAgree(g);
    expect([n.matrix, n.counts, n.brief, n.details]).toEqual([71, 71, 71, 71]);
    expect(assignmentCounts(g).statements).toBe(72);
    expect(briefModel(g).summary.statements).toBe(72);
    expect(briefHtml(briefModel(g))).toContain('72 annotations');
  });
});

describe('the By agency section', () => {
  it('prints each clause once per section: agencies with the same assignments share one', () => {
    const m = briefModel(seed);
    const trio = m.agencySections.find((s) => s.agencies.some((a) => a.id === 'agency:most'))!;
    expect(trio.agencies.map((a) => a.id).sort()).toEqual(['agency:gov-chongqing', 'agency:gov-sichuan', 'agency:most']);
    expect(trio.entries).toHaveLength(15);
    // co-responsible bodies outside the section are named; the section's own members are not repeated
    for (const e of trio.entries) for (const s of e.shared) expect(trio.agencies.map((a) => a.id)).not.toContain(s.id);
    expect(trio.entries.find((e) => e.item.path === '二、（三）')!.shared.map((s) => s.abbr)).toEqual(['SASAC']);
    for (const g of [seed, corpus]) {
      const b = briefModel(g);
      const members = b.agencySections.flatMap((s) => s.agencies.map((a) => a.id));
      expect(members.sort()).toEqual(b.agencies.map((a) => a.id).sort());
      for (const s of b.agencySections) expect(new Set(s.entries.map((e) => e.item.id)).size).toBe(s.entries.length);
    }
    const html = briefHtml(m);
    const section = html.slice(html.indexOf('<section class="agencies">'), html.indexOf('</section>', html.indexOf('<section class="agencies">')));
    // the seed's 二、（三） clause appears in the trio's table and in SASAC's, not once per co-lead
    expect(section.split('（三）构建高水平实验室体系').length - 1).toBe(2);
  });
});

describe('documents without assignments', () => {
  it('are listed with the reason', () => {
    const m = briefModel(corpus);
    const none = m.documents.filter((d) => d.responsibilities === 0);
    expect(none.length).toBeGreaterThan(0);
    expect(m.unassignedDocuments.map((d) => d.id).sort()).toEqual(none.map((d) => d.id).sort());
    for (const d of m.unassignedDocuments) expect(d.reason).toMatch(/annotation|outline|name no specific body/);
    const html = briefHtml(m);
    expect(html).toContain('Documents without assignments');
    for (const d of m.unassignedDocuments) expect(html).toContain(d.title);
    expect(briefModel(seed).unassignedDocuments).toEqual([]);
  });
});

describe('the overview figure', () => {
  it('draws the agency overview, at most 30 agencies, no two labels overlapping, the same on every run', () => {
    for (const g of [seed, corpus]) {
      const m = briefModel(g);
      const agencies = m.overview.nodes.filter((n) => n.kind === 'agency');
      expect(agencies.length).toBe(Math.min(FIGURE_MAX_AGENCIES, m.summary.agencies));
      expect(m.overview.omittedAgencies).toBe(m.summary.agencies - agencies.length);
      const boxes = m.overview.nodes.map((n) => {
        const e = labelExtent(n.label, n.sub, n.r);
        return { id: n.id, l: n.x - e.left, r: n.x + e.right, t: n.y - e.top, b: n.y + e.bottom };
      });
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const overlap = Math.min(a.r, b.r) - Math.max(a.l, b.l) > 0.5 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 0.5;
          expect(overlap, `${a.id} / ${b.id}`).toBe(false);
        }
      }
      const svg = briefFigureSvg(m.overview, { title: m.title });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toBe(briefFigureSvg(briefModel(g).overview, { title: m.title }));
      const width = Number(/width="(\d+)"/.exec(svg)![1]);
      expect(width).toBeLessThanOrEqual(900); // page width at ~10 pt labels
      expect(briefHtml(m)).toContain('Who works with whom');
    }
  });
});

describe('headings and layout of the packs', () => {
  it('uses the same column headings in HTML and DOCX; fixed Number and Date widths; upright matrix headings', async () => {
    const m = briefModel(corpus);
    const html = briefHtml(m).replace(/ <span lang="zh-Hans">/g, ' ').replace(/<\/span><\/th>/g, '</th>');
    const zip = await JSZip.loadAsync(await briefDocx(m));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const heading of [COLUMNS.document, COLUMNS.number, COLUMNS.date, COLUMNS.issuedBy, COLUMNS.items, COLUMNS.assignments, COLUMNS.item, COLUMNS.role, COLUMNS.clause, COLUMNS.sharedWith, COLUMNS.reason]) {
      expect(html, heading).toContain(`${heading}</th>`);
      expect(xml, heading).toContain(`>${heading}<`);
    }
    expect(xml).toContain('w:tblLayout w:type="fixed"');
    expect(xml).toContain('w:textDirection w:val="btLr"');
    // Latin abbreviations of co-responsible bodies are joined with ", " so they are never split after a CJK comma
    expect(xml).not.toMatch(/[A-Z]{2,}、[A-Z]{2,}/);
  });
});
