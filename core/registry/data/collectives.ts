import type { AgencyRecord } from '../../model';
import { rows } from './seed-row';

/**
 * Collective bodies of government: a class of bodies named as a class (各省级人民政府, 有关部门), one record per class
 * whatever the wording — 各省级人民政府, 有关省级人民政府 and 省级政府 are the provincial governments, named in full or in
 * part. Which of them act is not said, so the class is the body. The aliases are the forms the mention finder looks for
 * in running text; annotations are read by the grammar in ../body-classes.ts, which also knows the forms not listed.
 * Unnamed departments and regions in general (有关部门, 各地区) are classes too, but only by that grammar: in running
 * text they are everywhere and name nobody in particular.
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
      '有关省级人民政府', '各有关省级人民政府', '相关省级人民政府', '有关省级政府', '有关省（区、市）人民政府', '有关省份人民政府',
      '有关省、自治区、直辖市人民政府', '各有关省、自治区、直辖市人民政府', '相关省（区、市）人民政府', '有关省市人民政府',
      '相关省份人民政府',
    ],
  },
  {
    id: 'local-governments',
    name: '地方各级人民政府',
    nameEn: 'Local governments',
    aliases: [
      '地方各级政府', '各级地方人民政府', '各级地方政府', '各级人民政府', '各级政府', '地方人民政府', '地方政府', '各地人民政府', '各地政府',
      '有关地方人民政府', '有关地方政府', '有关地方各级人民政府', '相关地方人民政府', '相关地方政府', '各有关地方人民政府', '当地人民政府', '当地政府',
    ],
  },
  {
    id: 'county-and-above-governments',
    name: '县级以上地方人民政府',
    nameEn: 'Local governments at or above county level',
    aliases: ['县级以上地方各级人民政府', '县级以上人民政府', '县级以上地方政府', '县级以上各级人民政府', '县级以上政府'],
  },
  {
    id: 'county-governments',
    name: '县级人民政府',
    nameEn: 'County-level governments',
    aliases: ['县级政府', '县（市、区）人民政府', '县（市、区）政府', '县（市、区、旗）人民政府', '县市区人民政府', '县级地方人民政府'],
  },
  {
    id: 'township-governments',
    name: '乡镇人民政府',
    nameEn: 'Township governments',
    aliases: ['乡级人民政府', '乡镇政府', '乡级政府', '乡（镇）人民政府', '乡（镇）政府', '乡、镇人民政府'],
  },
  {
    id: 'city-county-governments',
    name: '市县人民政府',
    nameEn: 'City and county governments',
    aliases: ['市县政府', '市、县级人民政府', '市县级人民政府', '市、县人民政府', '市县两级人民政府', '市县两级政府'],
  },
  {
    id: 'pilot-governments',
    name: '试点城市人民政府',
    nameEn: 'Governments of pilot cities and areas',
    aliases: ['试点城市政府', '试点地区人民政府', '试点地区政府', '试点城市（区）人民政府', '试点城市（区）政府'],
  },
  {
    id: 'state-council-departments',
    name: '国务院各部门',
    nameEn: 'State Council departments',
    aliases: ['国务院各部委、各直属机构', '国务院各部委', '各部委', '国务院各部委和各直属机构'],
  },
]);

/**
 * Classes found only by the grammar of ../body-classes.ts, never by looking a form up: their name is also the phrase the
 * genre writes for "others share the work" (等有关部门), which names nobody in particular in running text.
 */
export const UNNAMED_CLASSES: AgencyRecord[] = rows('collective', [
  { id: 'relevant-departments', name: '有关部门', nameEn: 'Relevant departments', aliases: [] },
]);
