import type { AgencyRecord } from '../../model';
import { MAINLAND_PROVINCES, provinceNameForms, type Province } from '../provinces';

function governmentNameEn(p: Province): string {
  if (p.level === 'municipality') return `${p.nameEn} Municipal People's Government`;
  if (p.level === 'autonomous_region') {
    const region = p.nameEn.endsWith('Autonomous Region') ? p.nameEn : `${p.nameEn} Autonomous Region`;
    return `People's Government of ${region}`;
  }
  return `${p.nameEn} Provincial People's Government`;
}

/**
 * One government per mainland division. In an annotation a place name stands for its people's government, so the
 * place names are aliases; the mention finder leaves them out because in running text a place is a region.
 */
export const PROVINCIAL_GOVERNMENTS: AgencyRecord[] = MAINLAND_PROVINCES.map((p) => ({
  id: `gov-${p.id}`,
  name: `${p.name}人民政府`,
  nameEn: governmentNameEn(p),
  aliases: [...provinceNameForms(p), `${p.name}政府`, `${p.short}人民政府`, `${p.short}政府`],
  type: 'provincial_government' as const,
}));

/**
 * The XPCC is governed at provincial level and sits beside the 31 governments in addressee lists
 * (各省、自治区、直辖市人民政府和新疆生产建设兵团), but it is not one of them: same type, its own id.
 */
export const XPCC: AgencyRecord = {
  id: 'xpcc',
  name: '新疆生产建设兵团',
  nameEn: 'Xinjiang Production and Construction Corps',
  abbr: 'XPCC',
  aliases: ['兵团'],
  type: 'provincial_government',
};

/**
 * The SAR governments act beside the provinces in annotations on cross-boundary work (粤港澳大湾区). They are not
 * people's governments and a bare 香港/澳门 stays a region, so only the government's own names are forms here.
 */
export const SAR_GOVERNMENTS: AgencyRecord[] = [
  {
    id: 'hksar-government',
    name: '香港特别行政区政府',
    nameEn: 'Government of the Hong Kong Special Administrative Region',
    abbr: 'HKSAR Government',
    aliases: ['香港特区政府', '香港特别行政区人民政府'],
    type: 'provincial_government',
  },
  {
    id: 'macao-sar-government',
    name: '澳门特别行政区政府',
    nameEn: 'Government of the Macao Special Administrative Region',
    abbr: 'MSAR Government',
    aliases: ['澳门特区政府', '澳门特别行政区人民政府'],
    type: 'provincial_government',
  },
];
