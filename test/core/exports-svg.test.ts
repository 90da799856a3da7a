import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { computeLayout, renderSvg, separate, svgDimensions } from '../../core/exports';
import { CJK_FONT_STACK, nodeStyle } from '../../core/exports/palette';
import { HOSTILE, exportGraphFixture } from '../fixtures/export-graph';
import { seedGraph } from '../fixtures/export-seed';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true });

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe('computeLayout', () => {
  it('is deterministic and places every node', () => {
    const g = seedGraph();
    const a = computeLayout(g);
    const b = computeLayout(g);
    expect(a).toEqual(b);
    expect(Object.keys(a).sort()).toEqual(g.nodes().sort());
    for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('limits itself to the nodes asked for', () => {
    const g = exportGraphFixture();
    const ids = g.filterNodes((_, a) => a.kind === 'agency' || a.kind === 'article');
    expect(Object.keys(computeLayout(g, { nodeIds: ids })).sort()).toEqual(ids.sort());
  });

  it('separate() leaves no two boxes overlapping', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ x: (i % 3) * 2, y: Math.floor(i / 20), e: { left: 30, right: 30, top: 10, bottom: 20 } }));
    separate(nodes, 500);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i];
        const q = nodes[j];
        const ox = Math.min(p.x + 30, q.x + 30) - Math.max(p.x - 30, q.x - 30);
        const oy = Math.min(p.y + 20, q.y + 20) - Math.max(p.y - 10, q.y - 10);
        expect(ox <= 0 || oy <= 0, `${i}/${j}`).toBe(true);
      }
    }
  });
});

describe('renderSvg', () => {
  it('is valid XML with real text in a CJK font stack, a title and a legend', () => {
    const g = exportGraphFixture();
    const svg = renderSvg(g, { title: '西部科学城 Western Science City', subtitle: '国科发规〔2023〕31号' });
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = parser.parse(svg).svg;
    expect(root['font-family']).toBe(CJK_FONT_STACK);
    expect(root.viewBox).toBe(`0 0 ${root.width} ${root.height}`);
    const t = texts(svg);
    expect(t).toContain('西部科学城 Western Science City');
    expect(t).toContain('国科发规〔2023〕31号');
    expect(t).toContain('Legend 图例');
    expect(t).toContain('Agency 部门');
    expect(t).toContain('科学技术部');
    expect(t).toContain('Ministry of Science and Technology');
    // every node drawn once, coloured by kind
    const shapes = [...svg.matchAll(/<path data-id="[^"]*" data-kind="(\w+)" d="[^"]+" fill="(#[0-9a-f]{6})"/g)];
    expect(shapes).toHaveLength(g.order);
    for (const [, kind, fill] of shapes) expect(fill).toBe(nodeStyle(kind as never).fill);
    expect(svg.match(/<line [^>]*marker-end/g)!.length).toBeGreaterThanOrEqual(g.size);
  });

  it('keeps every label inside the viewBox', () => {
    const g = seedGraph();
    const svg = renderSvg(g, { legend: true });
    const { width, height } = svgDimensions(svg);
    const [, dx, dy] = /<g transform="translate\(([-\d.]+),([-\d.]+)\)">/.exec(svg)!.map(Number);
    const graphPart = svg.slice(svg.indexOf('<g transform'), svg.indexOf('<g class="legend"'));
    for (const m of graphPart.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)" font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
      const x = Number(m[1]) + dx;
      const y = Number(m[2]) + dy;
      const half = ([...m[4]].length * Number(m[3])) / 2; // upper bound: every character one em
      expect(x - half * 0.98, m[4]).toBeGreaterThanOrEqual(-1);
      expect(x + half * 0.98, m[4]).toBeLessThanOrEqual(width + 1);
      expect(y).toBeLessThanOrEqual(height);
      expect(y - Number(m[3])).toBeGreaterThanOrEqual(0);
    }
  });

  it('uses given positions, a subset, and the chosen label language', () => {
    const g = exportGraphFixture();
    const ids = ['agency:most', 'agency:ndrc'];
    const svg = renderSvg(g, { nodeIds: ids, positions: { 'agency:most': { x: 0, y: 0 }, 'agency:ndrc': { x: 300, y: 40 } }, labelMode: 'en', legend: false, maxLabelWidth: 400 });
    expect(svg.match(/data-kind=/g)).toHaveLength(2);
    expect(texts(svg)).toEqual(['Ministry of Science and Technology', 'National Development and Reform Commission']);
    expect(svg).not.toContain('class="legend"');
    expect(svgDimensions(svg).width).toBeGreaterThan(300);
  });

  it('draws the background asked for and never injects an arbitrary one', () => {
    const g = exportGraphFixture();
    const transparent = renderSvg(g, { background: 'transparent' });
    expect(transparent).not.toContain(`<rect x="0" y="0" width="${svgDimensions(transparent).width}"`);
    expect(renderSvg(g)).toMatch(/<rect x="0" y="0" width="\d+" height="\d+" fill="#ffffff"\/>/);
    expect(renderSvg(g, { background: '#f0f0f0' })).toContain('fill="#f0f0f0"/>');
    expect(renderSvg(g, { background: 'red" onload="alert(1)' })).not.toContain('onload');
    expect(renderSvg(g, { theme: 'dark' })).toContain('fill="#16191e"');
  });

  it('keeps hostile labels as text', () => {
    const g = exportGraphFixture({ hostile: true });
    const svg = renderSvg(g, { title: HOSTILE, subtitle: HOSTILE, maxLabelWidth: 2000 });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script/i);
    expect(svg.match(/<\/text>/g)!.length).toBe(svg.match(/<text[ >]/g)!.length);
    const title = parser.parse(svg).svg.title;
    expect(title).toBe(HOSTILE);
  });
});
