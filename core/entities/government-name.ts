/**
 * English for the people's government of a division below the provinces, as such governments write it on their own
 * sites: 洛阳市人民政府 Luoyang Municipal People's Government (a county-level city's too: 龙泉市 Longquan Municipal…),
 * 安吉县人民政府 Anji County People's Government, 吴兴区人民政府 Wuxing District People's Government, 延边朝鲜族自治州人民
 * 政府 People's Government of Yanbian Korean Autonomous Prefecture. The provinces' governments are the registry's.
 *
 * The place is read as the region finder would name it alone: a name several divisions share (朝阳区) has no English
 * here unless the place before it settles it (北京市朝阳区人民政府).
 */
import { findProvince } from '../registry/provinces';
import { divisionNamed } from './canonical';
import { divisionEn, gazetteer, liesWithin, type Division } from './gazetteer';

const GOVERNMENT = '人民政府';

export function localGovernmentEn(name: string): string | undefined {
  if (!name.endsWith(GOVERNMENT)) return undefined;
  const d = divisionOf(name.slice(0, -GOVERNMENT.length));
  if (!d || d.level === 1) return undefined;
  const en = divisionEn(d);
  if (d.name.endsWith('市')) return `${en.replace(/ City$/, '')} Municipal People's Government`;
  if (en.includes('Autonomous')) return `People's Government of ${en}`;
  return `${en} People's Government`;
}

/** The division a place stands for: by its name alone, or written after the divisions that hold it (温州市洞头区). */
function divisionOf(place: string): Division | undefined {
  const alone = divisionNamed(place);
  if (alone) return alone;
  for (let k = 2; k <= place.length - 2; k++) {
    const outer = divisionNamed(place.slice(0, k)) ?? provinceDivision(place.slice(0, k));
    if (!outer) continue;
    const inner = (gazetteer().forms.get(place.slice(k)) ?? []).filter((d) => liesWithin(d, outer));
    if (inner.length === 1) return inner[0];
    // 吉林省长春市朝阳区: the rest is itself a place written after the one that holds it
    const within = inner.length === 0 ? divisionOf(place.slice(k)) : undefined;
    if (within && liesWithin(within, outer)) return within;
  }
  return undefined;
}

function provinceDivision(name: string): Division | undefined {
  const p = findProvince(name);
  return p ? gazetteer().provinces.get(p.name) : undefined;
}
