import type { AgencyRecord } from '../../model';
import { rows } from './seed-row';

/**
 * Collective bodies of government named in annotations and addressee lists. A collective is registered only when it
 * is a body of government (各省级人民政府); bare regions and unnamed departments (各地区, 有关部门) are not agencies,
 * see `isRelevantDepartments`. "All" and "the relevant" provincial governments are separate records: merging them would
 * overstate who is responsible.
 */
export const COLLECTIVES: AgencyRecord[] = rows('collective', [
  {
    id: 'all-provincial-governments',
    name: '各省级人民政府',
    nameEn: 'Provincial-level governments',
    aliases: [
      '各省、自治区、直辖市人民政府', '各省（自治区、直辖市）人民政府', '各省（区、市）人民政府', '各省区市人民政府',
      '各省、自治区、直辖市政府', '各省（区、市）政府', '各省级政府', '省级人民政府', '省级政府', '省（市）级人民政府',
      '省（区、市）人民政府', '省、自治区、直辖市人民政府',
    ],
  },
  {
    id: 'relevant-provincial-governments',
    name: '有关省级人民政府',
    nameEn: 'Relevant provincial-level governments',
    aliases: [
      '各有关省级人民政府', '相关省级人民政府', '有关省级政府', '有关省（区、市）人民政府', '有关省份人民政府',
      '有关省、自治区、直辖市人民政府', '各有关省、自治区、直辖市人民政府', '相关省（区、市）人民政府', '有关省市人民政府',
      '相关省份人民政府',
    ],
  },
  {
    id: 'local-governments',
    name: '地方各级人民政府',
    nameEn: "Local people's governments at all levels",
    aliases: ['地方各级政府', '各级地方人民政府', '各级地方政府', '各级人民政府', '各级政府', '地方人民政府', '地方政府', '各地人民政府', '各地政府'],
  },
  {
    id: 'relevant-local-governments',
    name: '有关地方人民政府',
    nameEn: 'Relevant local governments',
    aliases: ['有关地方政府', '有关地方各级人民政府', '相关地方人民政府', '相关地方政府', '各有关地方人民政府', '当地人民政府', '当地政府'],
  },
  {
    id: 'county-and-above-governments',
    name: '县级以上地方人民政府',
    nameEn: 'Local governments at or above county level',
    aliases: ['县级以上地方各级人民政府', '县级以上人民政府', '县级以上地方政府', '县级以上各级人民政府', '县级以上政府'],
  },
  {
    id: 'city-county-governments',
    name: '市县人民政府',
    nameEn: 'City and county governments',
    aliases: ['市县政府', '市、县级人民政府', '市县级人民政府', '市、县人民政府', '市县两级人民政府', '市县两级政府'],
  },
  {
    id: 'state-council-departments',
    name: '国务院各部门',
    nameEn: 'State Council departments',
    aliases: ['国务院各部委、各直属机构', '国务院各部委', '各部委', '国务院各部委和各直属机构'],
  },
]);
