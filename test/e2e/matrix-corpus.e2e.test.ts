/**
 * The responsibility Matrix across a corpus (the seed and the dev corpus, eleven documents): every document's items
 * in one table, grouped under each document's name, which stays in view while its group scrolls past; headings that
 * show the usual short article title whole and the whole label of any header on hover and keyboard focus; a document
 * filter, and the side panel's agency and role filters narrowing it; on request, a former body in the row of the body
 * that carries its work today. (Rendering only the columns in view is measured
 * with 60 documents by `npm run bench:ui`.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { responsibilityMatrix } from '../../core/queries';
import { devCorpusGraph } from '../core/dev-corpus';
import { chooseDevCorpus, harnessForFile, screenshot, settle } from './support';

const suite = harnessForFile();

async function openCorpusMatrix(page: Page): Promise<void> {
  await settle(page);
  await chooseDevCorpus(page);
  await page.getByTestId('status').filter({ hasText: '11 documents' }).waitFor();
  await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.getByRole('table', { name: /Responsibility matrix/ }).waitFor();
}

const caption = async (page: Page) => {
  const text = (await page.locator('.rp-caption').textContent()) ?? '';
  const m = text.match(/(\d+) agencies × (\d+) items, (\d+) assignments/);
  if (!m) throw new Error(`caption not understood: ${text}`);
  return { agencies: Number(m[1]), items: Number(m[2]), assignments: Number(m[3]) };
};

describe('the Matrix across documents', () => {
  it('groups every document\'s items under its name, kept in view while scrolling across', async () => {
    const { page } = await suite.open();
    await openCorpusMatrix(page);
    const core = responsibilityMatrix(devCorpusGraph());
    expect(await caption(page)).toEqual({ agencies: core.rows.length, items: core.columns.length, assignments: core.total });
    const scroller = page.locator('.rp-matrix-scroll');
    const agencyRight = async () => (await page.locator('thead .rp-agency-th').boundingBox())!;
    // walk across the table: every document's group is named once, and its name is never hidden under the
    // Agency column nor cut short of its number while the group is in view
    const named = new Set<string>();
    const width = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    for (let left = 0; left <= width + 399; left += 400) {
      await scroller.evaluate((el, x) => { el.scrollLeft = x; }, Math.min(left, width));
      await page.waitForTimeout(120);
      const agency = await agencyRight();
      const names = await page.locator('.rp-doc-name').evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        const th = el.parentElement!.getBoundingClientRect();
        return { id: el.getAttribute('data-node')!, text: el.textContent ?? '', left: r.left, right: r.right, thLeft: th.left, thRight: th.right, scrollW: el.scrollWidth, clientW: el.clientWidth };
      }));
      const total = (await page.locator('thead .rp-total-th').boundingBox())!;
      for (const n of names) {
        // a group under the sticky columns but for a sliver has no room for a name (the name keeps 24 px at least)
        if (n.thRight <= agency.x + agency.width + 48 || n.thLeft >= total.x) continue;
        named.add(n.id);
        expect(n.left, `${n.text} clear of the Agency column`).toBeGreaterThanOrEqual(agency.x + agency.width - 1);
        // wide enough to be read: at least the document number, not cut (or cut only after the number)
        if (n.right - n.left > 60 && n.thRight - Math.max(n.thLeft, agency.x + agency.width) > 170) expect(n.text).toMatch(/〔\d{4}〕\d+号/);
      }
    }
    expect(named.size).toBe(new Set(core.columns.map((c) => c.documentId)).size);
    // the empty cells of a row stand as runs, one element across their columns, with every column's line still drawn
    // at the same place as a filled cell's (every 38 px of a run)
    const lines = await page.locator('tbody td.rp-run').first().evaluate((el) => ({
      span: (el as HTMLTableCellElement).colSpan, width: el.getBoundingClientRect().width, image: getComputedStyle(el).backgroundImage,
    }));
    expect(lines.span).toBeGreaterThan(1);
    expect(Math.round(lines.width)).toBe(lines.span * 38);
    expect(lines.image).toContain('repeating-linear-gradient');
    await scroller.evaluate((el) => { el.scrollLeft = 0; });
    await screenshot(page, 'matrix-corpus');

    // the name of a long document stays beside the Agency column while its group scrolls under it
    const first = core.columns[0].documentId;
    await scroller.evaluate((el) => { el.scrollLeft = 300; });
    await page.waitForTimeout(200);
    const stuck = (await page.locator(`.rp-doc-name[data-node="${first}"]`).boundingBox())!;
    const agency = await agencyRight();
    expect(Math.abs(stuck.x - (agency.x + agency.width + 8))).toBeLessThan(3);
    await screenshot(page, 'matrix-corpus-scrolled');
  });

  it('shows short headings whole and every header\'s whole label on hover and keyboard focus', async () => {
    const { page } = await suite.open();
    await openCorpusMatrix(page);
    const core = responsibilityMatrix(devCorpusGraph());
    // the columns in view are the chosen document's: the one with the most short headings, wherever it stands in the order
    const shortIn = new Map<string, number>();
    for (const c of core.columns) if (Array.from(c.heading).length <= 22) shortIn.set(c.documentId, (shortIn.get(c.documentId) ?? 0) + 1);
    const chosen = [...shortIn].sort((a, b) => b[1] - a[1])[0][0];
    await page.getByTestId('matrix-document').selectOption(chosen);
    await settle(page);
    const headings = await page.locator('thead .rp-item-th').evaluateAll((ths) => ths.map((th) => {
      const h = th.querySelector('.rp-col-heading') as HTMLElement;
      return { id: th.querySelector('[data-node]')!.getAttribute('data-node')!, text: h.textContent ?? '', clipped: h.scrollHeight > h.clientHeight + 1 || h.scrollWidth > h.clientWidth + 1 };
    }));
    const byId = new Map(core.columns.map((c) => [c.itemId, c.heading]));
    const short = headings.filter((h) => Array.from(byId.get(h.id) ?? '').length <= 22);
    expect(short.length).toBeGreaterThan(5);
    // a heading up to 22 characters (most article titles) is shown whole, not clipped by the header's box
    for (const h of short) {
      expect(h.text).toBe(byId.get(h.id));
      expect(h.clipped, h.text).toBe(false);
    }
    // a longer one is cut with an ellipsis, never clipped mid-character
    for (const h of headings.filter((x) => !short.includes(x))) expect(h.clipped, h.text).toBe(false);

    // keyboard focus on a header shows its whole label: item, heading and document
    await page.getByTestId('matrix-document').selectOption('');
    await settle(page);
    const long = core.columns.find((c) => Array.from(c.heading).length > 40)!;
    const scroller = page.locator('.rp-matrix-scroll');
    const header = page.locator(`.rp-colhead[data-node="${long.itemId}"]`);
    await header.focus();
    const tip = page.getByTestId('matrix-tip');
    await tip.waitFor();
    const text = (await tip.textContent()) ?? '';
    expect(text).toContain(long.heading);
    expect(text).toMatch(/〔\d{4}〕\d+号/);
    await screenshot(page, 'matrix-header-focus');
    // Tab moves on: the next header's label
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await tip.textContent()) ?? '').not.toBe(text);
    // hover over an agency's name shows it whole, too
    await scroller.evaluate((el) => el.focus());
    await page.locator('tbody .rp-agency-th .rp-link').first().hover();
    await expect.poll(async () => (await tip.textContent()) ?? '').toMatch(/国家发展和改革委员会|National Development/);
  });

  it('narrows to one document, and follows the agency and role filters', async () => {
    const { page } = await suite.open();
    await openCorpusMatrix(page);
    const graph = devCorpusGraph();
    const core = responsibilityMatrix(graph);
    // the document with most items, chosen in the Matrix's document filter
    const counts = new Map<string, number>();
    for (const c of core.columns) counts.set(c.documentId, (counts.get(c.documentId) ?? 0) + 1);
    const [doc] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    await page.getByTestId('matrix-document').selectOption(doc);
    const one = responsibilityMatrix(graph, null, { documentIds: new Set([doc]) });
    await expect.poll(() => caption(page)).toEqual({ agencies: one.rows.length, items: one.columns.length, assignments: one.total });
    expect(await page.locator('.rp-doc-name').count()).toBe(1);
    expect(await page.locator('.rp-doc-name').getAttribute('data-node')).toBe(doc);
    await screenshot(page, 'matrix-one-document');
    await page.getByTestId('matrix-document').selectOption('');
    await expect.poll(async () => (await caption(page)).items).toBe(core.columns.length);

    // the side panel's agency filter: the agency's items, each holding a cell of its row
    const agencySelect = page.getByRole('combobox', { name: 'Agency', exact: true });
    const most = await agencySelect.locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => o.text.startsWith('科学技术部'))!.value);
    await agencySelect.selectOption(most);
    await expect.poll(async () => (await caption(page)).items).toBeLessThan(core.columns.length);
    const narrowed = await caption(page);
    const row = page.locator('tbody tr').filter({ has: page.locator('.rp-link', { hasText: /^科技部/ }) });
    expect(Number(await row.locator('.rp-total').textContent())).toBe(narrowed.items);

    // the role filter: no joint assignment left once joint is switched off
    expect(await page.locator('.rp-cell-joint').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /joint/ }).uncheck();
    await expect.poll(() => page.locator('.rp-cell-joint').count()).toBe(0);
  });

  it('puts a former body in the row of today\'s successor when asked, where the graph holds both', async () => {
    const { page } = await suite.open();
    await settle(page);
    const doc = (year: number, items: string) => Buffer.from(`国务院关于加强价格管理的通知\n国发〔${year}〕7号\n\n一、加强管理\n${items}\n\n国务院\n${year}年5月1日\n`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    await (await chooser).setFiles([
      { name: 'a1996.txt', mimeType: 'text/plain', buffer: doc(1996, '（一）加强价格监测（国家计委、财政部负责）。\n（二）完善价格调控（国家计委牵头，财政部参与）。') },
      { name: 'b2020.txt', mimeType: 'text/plain', buffer: doc(2020, '（一）完善价格机制（国家发展改革委牵头，财政部参与）。') },
    ]);
    // with the seed, open from the start
    await page.getByTestId('status').filter({ hasText: '3 documents' }).waitFor();
    await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('table', { name: /Responsibility matrix/ }).waitFor();
    const before = await caption(page);
    await page.getByTestId('matrix-by-successor').check();
    // 国家计委's row joins 国家发展改革委's; no item had both, so every assignment keeps its cell
    await expect.poll(async () => caption(page)).toEqual({ ...before, agencies: before.agencies - 1 });
    const row = page.locator('.rp-table tbody th').filter({ hasText: '(+1)' });
    expect(await row.textContent()).toContain('NDRC');
    expect(await row.locator('button').getAttribute('data-tip')).toContain('国家计划委员会');
    await screenshot(page, 'matrix-by-successor');
    // unticked: each body as the documents name it again
    await page.getByTestId('matrix-by-successor').uncheck();
    await expect.poll(async () => caption(page)).toEqual(before);
  });
});
