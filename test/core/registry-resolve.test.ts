import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencyById, isRelevantDepartments, resolveAgency, unregisteredAgency } from '../../core/registry';
import { CORPUS_DIR, seedText } from './seed';

const idOf = (s: string) => resolveAgency(s)?.id;

/** Every document that has responsibility annotations: the ten State Council documents and the seed. */
function annotatedTexts(): { name: string; text: string }[] {
  const corpus = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
  return [...corpus, { name: 'seed', text: seedText() }];
}

/**
 * Bodies of one annotation by the genre's grammar: the list before 负责 (with 牵头/等/会同 as connectives), with any
 * trailing note (，排在第一位的部门为牵头部门，下同) cut off.
 */
function annotationBodies(inner: string): string[] {
  const list = inner.split(/[，,。；;]/)[0].replace(/(?:牵头|按职责分工|分别)?负责$/, '');
  return list
    .split(/、|会同|等(?=有关|相关)/)
    .map((b) => b.replace(/^(?:由|和|及)/, '').replace(/等$/, ''))
    .filter(Boolean);
}

describe('resolveAgency', () => {
  it('resolves every issuer of the seed document', () => {
    const expected: Record<string, string> = {
      科技部: 'most', 发展改革委: 'ndrc', 国家发展改革委: 'ndrc', 教育部: 'moe', 工业和信息化部: 'miit', 财政部: 'mof',
      人力资源社会保障部: 'mohrss', 人民银行: 'pboc', 国资委: 'sasac', 海关总署: 'gacc', 知识产权局: 'cnipa',
      中科院: 'cas', 工程院: 'cae', 重庆市人民政府: 'gov-chongqing', 四川省人民政府: 'gov-sichuan',
    };
    for (const [name, id] of Object.entries(expected)) expect(idOf(name), name).toBe(id);
  });

  it('resolves every body named in the corpus annotations, except unnamed 有关部门-type phrases', () => {
    let annotations = 0;
    const unresolved: string[] = [];
    const unnamed = new Set<string>();
    for (const { name, text } of annotatedTexts()) {
      for (const m of text.matchAll(/（([^（）]*负责[^（）]*)）/g)) {
        annotations++;
        for (const body of annotationBodies(m[1])) {
          if (resolveAgency(body)) continue;
          if (isRelevantDepartments(body)) unnamed.add(body);
          else unresolved.push(`${name}: ${body}`);
        }
      }
    }
    expect(annotations).toBeGreaterThan(80);
    expect(unresolved).toEqual([]);
    expect([...unnamed].sort()).toEqual(['有关部门']);
  });

  it('resolves the short forms the genre writes', () => {
    const expected: [string, string][] = [
      ['发改委', 'ndrc'], ['工信部', 'miit'], ['人社部', 'mohrss'], ['央行', 'pboc'], ['中国人民银行', 'pboc'],
      ['国务院国资委', 'sasac'], ['国家知识产权局', 'cnipa'], ['中国科学院', 'cas'], ['中国工程院', 'cae'],
      ['住房城乡建设部', 'mohurd'], ['卫生健康委', 'nhc'], ['国家卫生健康委', 'nhc'], ['市场监管总局', 'samr'],
      ['银保监会', 'cbirc'], ['证监会', 'csrc'], ['药监局', 'nmpa'], ['国家药监局', 'nmpa'], ['文物局', 'ncha'],
      ['民航局', 'caac'], ['国务院扶贫办', 'lgop'], ['扶贫办', 'lgop'], ['税务总局', 'sta'], ['国际发展合作署', 'cidca'],
      ['国务院办公厅', 'state-council-general-office'], ['中央网信办', 'cac'], ['国家网信办', 'cac'], ['中央编办', 'scopsr'],
      ['中央外办', 'cpc-foreign-affairs-office'], ['中央政法委', 'cpc-political-legal'], ['中央宣传部', 'cpc-publicity'],
      ['国家行政学院', 'cpc-party-school'], ['广电总局', 'nrta'], ['体育总局', 'gas'], ['统计局', 'nbs'], ['参事室', 'counsellors-office'],
      ['港澳办', 'hkmao'], ['新华社', 'xinhua'], ['社科院', 'cass'], ['中央广播电视总台', 'cmg'], ['信访局', 'nppca'],
      ['粮食和储备局', 'nfsra'], ['国防科工局', 'sastind'], ['烟草局', 'stma'], ['移民局', 'nia'], ['林草局', 'nfga'],
      ['铁路局', 'nra'], ['邮政局', 'spb'], ['中医药局', 'natcm'], ['疾控局', 'ndcpa'], ['矿山安监局', 'nmsa'],
      ['消防救援局', 'nfra-fire'], ['外汇局', 'safe'], ['数据局', 'nda'], ['中国残联', 'cdpf'], ['全国总工会', 'acftu'],
      ['共青团中央', 'cylc'], ['全国妇联', 'acwf'], ['中国科协', 'cast'], ['全国工商联', 'acfic'],
      ['中国红十字会总会', 'rcsc'], ['最高人民法院', 'spc'], ['最高人民检察院', 'spp'], ['中央军委后勤保障部', 'cmc-logistic-support'],
      ['国铁集团', 'china-railway'], ['国家电网', 'state-grid'], ['环境保护部', 'mep'], ['国家卫生计生委', 'nhfpc'],
      ['各省、自治区、直辖市人民政府', 'all-provincial-governments'], ['各省级人民政府', 'all-provincial-governments'],
      ['各有关省级人民政府', 'all-provincial-governments'], ['地方各级人民政府', 'local-governments'],
      ['新疆生产建设兵团', 'xpcc'], ['国务院', 'state-council'], ['党中央', 'cpc-central'],
    ];
    for (const [name, id] of expected) expect(idOf(name), name).toBe(id);
  });

  it('reads a place name as its people\'s government', () => {
    expect(resolveAgency('重庆市')?.nameEn).toBe("Chongqing Municipal People's Government");
    for (const s of ['重庆市', '重庆', '重庆市人民政府', '重庆市政府', '重庆人民政府']) expect(idOf(s), s).toBe('gov-chongqing');
    for (const s of ['四川省', '四川', '四川省政府']) expect(idOf(s), s).toBe('gov-sichuan');
    expect(idOf('广西壮族自治区人民政府')).toBe('gov-guangxi');
    expect(idOf('广西')).toBe('gov-guangxi');
    expect(idOf('广西自治区政府')).toBe('gov-guangxi');
    expect(idOf('内蒙古自治区')).toBe('gov-inner-mongolia');
  });

  it('normalises width, spaces and the optional national prefixes', () => {
    expect(idOf(' 科技部 ')).toBe('most');
    expect(idOf('科　技　部')).toBe('most');
    expect(idOf('人力资源社\n会保障部')).toBe('mohrss');
    expect(idOf('国家科技部')).toBe('most');
    expect(idOf('中华人民共和国外交部')).toBe('mfa');
    expect(idOf('中华人民共和国海关总署')).toBe('gacc');
    expect(idOf('中国气象局')).toBe('cma');
    expect(idOf('中共中央组织部')).toBe('cpc-organization');
    expect(idOf('各省（区、市）人民政府')).toBe('all-provincial-governments');
    expect(idOf('各省(区、市)人民政府')).toBe('all-provincial-governments');
  });

  it('returns undefined for unknown names and near misses, without fuzzy matching', () => {
    for (const s of [
      '', '   ', '科技', '科技部门', '科技厅', '四川省科技厅', '重庆市发展改革委', '成都市人民政府', '川', '渝', '香港',
      '台湾省人民政府', '四川省委', '有关部门', '国务院有关部门', '某某管理委员会', 'MOST', '国家', '中国', '政府',
    ]) {
      expect(resolveAgency(s), s).toBeUndefined();
    }
  });

  it('looks records up by id', () => {
    expect(agencyById('most')?.name).toBe('科学技术部');
    expect(agencyById('gov-chongqing')?.name).toBe('重庆市人民政府');
    expect(agencyById('nope')).toBeUndefined();
  });
});

describe('isRelevantDepartments', () => {
  it('accepts unnamed-department phrases', () => {
    for (const s of [
      '有关部门', '有关单位', '相关部门', '有关方面', '各有关部门', '国务院有关部门', '各有关部门和单位', '有关部门和单位',
      '各地区、各部门', '各地区各有关部门', '其他成员单位', '教育行政部门', '住房和城乡建设部门', '各级卫生健康部门', '各地区',
    ]) {
      expect(isRelevantDepartments(s), s).toBe(true);
    }
  });

  it('rejects named bodies, collectives of government and mixed lists', () => {
    for (const s of [
      '科技部', '重庆市', '国务院各部门', '各省级人民政府', '有关省级人民政府', '地方各级人民政府', '国家卫生健康委及其他国务院部门',
      '中国科学院有关单位', '海关总署、商务部等有关部门', '', '政府性融资担保机构',
    ]) {
      expect(isRelevantDepartments(s), s).toBe(false);
    }
  });
});

describe('unregisteredAgency', () => {
  it('builds a stable record keyed by the normalised name', () => {
    const a = unregisteredAgency('某某管理委员会');
    expect(a).toMatchObject({ name: '某某管理委员会', nameEn: '', type: 'unregistered' });
    expect(a.id).toMatch(/^unreg-[a-z0-9]+$/);
    expect(unregisteredAgency('某某管理委员会').id).toBe(a.id);
    expect(unregisteredAgency(' 某某管理委员会\n').id).toBe(a.id);
    expect(unregisteredAgency('某某管理委员会办公室').id).not.toBe(a.id);
    expect(agencyById(a.id)).toBeUndefined();
  });

  it('gives distinct names distinct ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) ids.add(unregisteredAgency(`第${i}工作组`).id);
    expect(ids.size).toBe(5000);
  });
});
