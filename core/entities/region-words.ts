import { PROVINCES } from '../registry/provinces';
import { KNOWN_AREAS } from './areas';
import { gazetteer } from './gazetteer';

/**
 * The words the region extractor's first pass looks for (core/entities/regions.ts), which the region lane of the
 * extractors' marks (core/entities/lanes.ts) marks where they may begin.
 */

/** Known names: areas and waters, provinces, divisions (full and short forms), countries, county-level cities' stems. */
export const REGION_NAMES: readonly string[] = [
  ...KNOWN_AREAS.flatMap((a) => [a.name, ...a.aliases]),
  ...PROVINCES.flatMap((p) => [p.name, p.short]),
  ...gazetteer().forms.keys(),
  ...gazetteer().countries.keys(),
  ...gazetteer().listForms.keys(),
];

/** Heads of pattern-built area names. */
export const AREA_HEADS: readonly string[] = ['协同创新区', '创新区', '科学城', '科技城', '新区', '经济圈', '经济带', '城市群', '都市圈', '经济区', '地区', '流域', '库区'];

/**
 * One pass finds both, the longest word at a position first: 成渝地区双城经济圈 over 成渝地区, 重庆市 over 重庆, and a head
 * inside a known name (成渝地区) is covered by the longer known name.
 */
export const REGION_WORDS: readonly string[] = [...REGION_NAMES, ...AREA_HEADS];
