/**
 * Newspaper columns for the arranged layouts: groups of rows (a document's outline, an agency and the items it
 * answers for) flow down a band and on into the next, and the number of bands is chosen so that the whole picture,
 * the set-aside grid below it included, has about the canvas's shape. One column of hundreds of rows fitted to a
 * wide canvas was a column of dots; bands fitted to the same canvas keep the rows several times larger.
 */

export interface RowPlace { band: number; row: number }

export interface Flow {
  /** places[g][i]: where row i of group g goes */
  places: RowPlace[][];
  bands: number;
  /** rows in the fullest band */
  bandRows: number;
}

export interface BandShape {
  /** width of one band in pixels, labels included */
  bandWidth: number;
  rowHeight: number;
  /** the canvas's width / height */
  aspect: number;
  /** nodes set aside below the bands, in a grid as wide as the bands (see asideGrid) */
  aside?: number;
  /** whole groups stay in one band (documents); otherwise a long group goes on in the next band */
  keepWhole: boolean;
}

/** A group that would start with fewer than this many rows left in its band starts in the next one instead. */
const MIN_START = 3;
/** Never more bands than this: beyond it the picture is too wide to read in any case. */
const MAX_BANDS = 80;

/** Flows the groups' rows into bands of `capacity` rows, one blank row between groups. */
export function flowRows(groups: readonly number[], capacity: number, keepWhole: boolean): Flow {
  const places: RowPlace[][] = [];
  let band = 0;
  let row = 0;
  let bandRows = 0;
  for (const h of groups) {
    if (row > 0) row++;
    const need = keepWhole ? h : Math.min(h, MIN_START);
    if (row > 0 && row + need > capacity) {
      band++;
      row = 0;
    }
    const rows: RowPlace[] = [];
    for (let i = 0; i < h; i++) {
      if (row >= capacity) {
        band++;
        row = 0;
      }
      rows.push({ band, row });
      row++;
      bandRows = Math.max(bandRows, row);
    }
    places.push(rows);
  }
  return { places, bands: groups.length === 0 ? 0 : band + 1, bandRows };
}

/** Grid spacing of set-aside nodes: dense, as they are context, but wide enough for a short label. */
export const ASIDE_X = 110;
export const ASIDE_Y = 44;

/** Columns of the set-aside grid under a picture `width` pixels wide. */
export const asideColumns = (width: number): number => Math.max(1, Math.floor(width / ASIDE_X));

/** The flow whose picture (bands and the set-aside grid) comes closest to the canvas's shape. */
export function chooseBands(groups: readonly number[], shape: BandShape): Flow {
  const total = groups.reduce((s, h) => s + h, 0) + Math.max(0, groups.length - 1);
  const tallest = Math.max(0, ...groups);
  let best: { flow: Flow; score: number } | null = null;
  let lastBands = -1;
  for (let want = 1; want <= Math.min(MAX_BANDS, Math.max(1, groups.length === 0 ? 1 : total)); want++) {
    const capacity = Math.max(keepWholeMin(shape.keepWhole, tallest), Math.ceil(total / want));
    const flow = flowRows(groups, capacity, shape.keepWhole);
    if (flow.bands === lastBands) continue;
    lastBands = flow.bands;
    const width = Math.max(1, flow.bands) * shape.bandWidth;
    const asideRows = shape.aside ? Math.ceil(shape.aside / asideColumns(width)) : 0;
    const height = Math.max(1, flow.bandRows * shape.rowHeight + (asideRows > 0 ? 3 * shape.rowHeight + asideRows * ASIDE_Y : 0));
    const score = Math.abs(Math.log(width / height / shape.aspect));
    if (!best || score < best.score) best = { flow, score };
    if (flow.bands >= groups.length && shape.keepWhole) break;
  }
  return best ? best.flow : flowRows(groups, Math.max(1, total), shape.keepWhole);
}

const keepWholeMin = (keepWhole: boolean, tallest: number) => (keepWhole ? tallest : 1);
