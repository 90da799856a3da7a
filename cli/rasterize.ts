// SVG → PNG without a browser, for the DOCX briefing (Word needs a raster image). resvg ships as
// a prebuilt binary inside its npm package. It draws text only with the fonts it is given, so the
// Noto/Source Han CJK fonts are loaded when installed; without them it falls back to system fonts.
import { existsSync } from 'node:fs';

const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/adobe-source-han-sans/SourceHanSans-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\msyhbd.ttc',
];

export interface RasterizeOptions {
  /** pixels per SVG unit; default 2 (print quality for an A4-width image) */
  scale?: number;
  /** extra font files to load */
  fontFiles?: string[];
}

export async function rasterizeSvg(svg: string, options: RasterizeOptions = {}): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const fontFiles = [...CJK_FONTS.filter((f) => existsSync(f)), ...(options.fontFiles ?? [])];
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
  });
  return new Uint8Array(resvg.render().asPng());
}
