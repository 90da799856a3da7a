import { describe, expect, it } from 'vitest';
import { findDuties } from '../../core/parse/duties';

/** The duties of one sentence as `body:role …`, each body's offsets checked against the text. */
function read(text: string): string[] {
  return findDuties(text, 0, text.length, '¶1').map((a) => {
    expect(text.slice(a.start, a.end)).toBe(a.quote);
    for (const b of a.bodies) expect(text.slice(b.start, b.end)).toBe(b.asWritten);
    return `${a.bodies.map((b) => `${b.asWritten}:${b.role}`).join(' ')}${a.andOthers ? ' 等' : ''}${a.relevantDepartments ? ' +有关部门' : ''}`;
  });
}

describe('duties written in running text', () => {
  it('由X + what X does: responsible', () => {
    expect(read('具体管理办法由海南省人民政府制定。')).toEqual(['海南省人民政府:responsible']);
    expect(read('其设立由国务院批准。')).toEqual(['国务院:responsible']);
    expect(read('实施细则由财政部会同有关部门制定。')).toEqual(['财政部:lead 等 +有关部门']);
    expect(read('由财政部、税务总局依法实施。')).toEqual(['财政部:responsible 税务总局:responsible']);
    expect(read('由国务院办公厅督促检查。')).toEqual(['国务院办公厅:responsible']);
  });

  it('X as the subject of 负责, 要, 应当, or asked with 请', () => {
    expect(read('国家中医药局负责组织实施三级公立中医医院绩效考核工作。')).toEqual(['国家中医药局:responsible']);
    expect(read('同时，民政部要加强指导。')).toEqual(['民政部:responsible']);
    expect(read('县级以上地方人民政府应当加强领导。')).toEqual(['县级以上地方人民政府:responsible']);
    expect(read('重大问题，请浙江省人民政府及时报告。')).toEqual(['浙江省人民政府:responsible']);
    expect(read('自然资源部、生态环境部按照各自职责，负责有关工作。')).toEqual(['自然资源部:responsible 生态环境部:responsible']);
    expect(read('教育部等部门负责组织实施。')).toEqual(['教育部:responsible 等']);
    // 将 before 会同, 负责, 牵头: what a body will do with others or take charge of
    expect(read('国务院办公厅将会同有关部门进行督促检查。')).toEqual(['国务院办公厅:lead 等 +有关部门']);
    expect(read('商务部将负责组织实施。')).toEqual(['商务部:responsible']);
  });

  it('a body empowered to act by another (授权, 委托) acts as the verb after it says', () => {
    expect(read('国务院授权国家发展改革委会同有关部门审批。')).toEqual(['国家发展改革委:lead 等 +有关部门']);
    expect(read('委托国家林业局负责组织实施。')).toEqual(['国家林业局:responsible']);
    expect(read('国务院授权国资委代表国家履行出资人职责。')).toEqual(['国资委:responsible']);
  });

  it('a government named by where something is (灾区所在, 项目所在地) is still the subject; a department so named is local, not read', () => {
    expect(read('灾区所在省级人民政府负责组织本行政区域内的救灾工作。')).toEqual(['省级人民政府:responsible']);
    expect(read('项目所在地省级人民政府负责监督。')).toEqual(['省级人民政府:responsible']);
    expect(read('项目所在地发展改革委负责审批。')).toEqual([]);
    expect(read('报项目所在地省级人民政府备案。')).toEqual([]);
  });

  it('X says when before what it is told (在…时，要 / 在…过程中应当): still the subject', () => {
    expect(read('国家计委、国家经贸委在审批建设项目时，要严格把关。')).toEqual(['国家计委:responsible 国家经贸委:responsible']);
    expect(read('财政部在安排预算时要予以倾斜。')).toEqual(['财政部:responsible']);
    expect(read('商务部在工作中要加强协调。')).toEqual(['商务部:responsible']);
    // a place after 在 says where, and the body is no actor of what follows
    expect(read('科技部在北京设立办事处。')).toEqual([]);
  });

  it('X及其有关部门, X依法 / 依照本条例 before the verb: still the subject', () => {
    expect(read('县级以上地方人民政府及其有关部门应当加强监督。')).toEqual(['县级以上地方人民政府:responsible']);
    expect(read('海关总署、国家市场监督管理总局依照本条例负责进出口商品检验工作。')).toEqual(['海关总署:responsible 国家市场监督管理总局:responsible']);
    expect(read('财政部依法负责预算管理。')).toEqual(['财政部:responsible']);
    // what the body does by law is no duty the document gives it unless it is told (负责, 应当 …)
    expect(read('国务院依照宪法规定行使职权。')).toEqual([]);
  });

  it('a national organ the registry does not know, listed beside a known one or after 会同, by its form', () => {
    expect(read('国家工商局、国家标准计量局依法加强监督检查。')).toEqual(['国家工商局:responsible 国家标准计量局:responsible']);
    expect(read('国家标准计量局和国家工商局负责。')).toEqual(['国家标准计量局:responsible 国家工商局:responsible']);
    // offsets that slice back to the names, a clause before them or not
    const text = '为此，国家标准计量局、国家工商局依法加强监督检查。';
    const [a] = findDuties(text, 0, text.length, 'x');
    expect(a.bodies.map((b) => text.slice(b.start, b.end))).toEqual(['国家标准计量局', '国家工商局']);
    expect(read('由国家工商局会同国家标准计量局等部门组织实施。')).toEqual(['国家工商局:lead 国家标准计量局:joint 等']);
    // no national prefix, or words that make a phrase, not a name
    expect(read('科技部、国家新设的某某局要加强指导。')).toEqual([]);
    expect(read('科技部、某某市场监管局要加强指导。')).toEqual([]);
  });

  it('X会同Y: X leads, Y joins; X牵头，Y配合: Y takes part', () => {
    expect(read('交通运输部会同商务部、海关总署加强指导。')).toEqual(['交通运输部:lead 商务部:joint 海关总署:joint']);
    expect(read('国家卫生健康委要会同相关部门加强监督。')).toEqual(['国家卫生健康委:lead 等 +有关部门']);
    expect(read('国家统计局牵头，财政部、市场监管总局配合，做好核查工作。')).toEqual(['国家统计局:lead 财政部:participate 市场监管总局:participate']);
  });

  it('the county-level governments as a class (县级人民政府, 县（市、区）人民政府)', () => {
    expect(read('县（市、区）人民政府要加强领导。')).toEqual(['县（市、区）人民政府:responsible']);
    expect(read('县级人民政府负责组织实施。')).toEqual(['县级人民政府:responsible']);
  });

  it('an adverb between the subject and its verb (适时, 及时, 定期), and 加强对…的指导, keep the subject acting', () => {
    expect(read('国家发展改革委适时组织开展评估。')).toEqual(['国家发展改革委:responsible']);
    expect(read('国家能源局加强对规划实施的指导。')).toEqual(['国家能源局:responsible']);
    // 加强 with another object is no duty of a body's
    expect(read('国务院进一步加强领导。')).toEqual([]);
  });

  it('X同Y / X联合Y: X leads, Y joins, as after 会同; X和Y共同…, X、Y联合开展…: each is responsible', () => {
    expect(read('国家卫生健康委同国家中医药局制定具体办法。')).toEqual(['国家卫生健康委:lead 国家中医药局:joint']);
    expect(read('教育部联合人力资源社会保障部开展专项行动。')).toEqual(['教育部:lead 人力资源社会保障部:joint']);
    expect(read('商务部同有关部门研究。')).toEqual(['商务部:lead 等 +有关部门']);
    expect(read('科技部和财政部共同设立引导基金。')).toEqual(['科技部:responsible 财政部:responsible']);
    expect(read('国家卫生健康委与国家中医药局共同制定具体办法。')).toEqual(['国家卫生健康委:responsible 国家中医药局:responsible']);
    expect(read('教育部、人力资源社会保障部联合开展专项行动。')).toEqual(['教育部:responsible 人力资源社会保障部:responsible']);
    // 同 that begins another word names no partner
    for (const s of ['科技部同时加强指导。', '财政部同意后实施。']) expect(read(s)).toEqual([]);
  });

  it('a regulation\'s subjects: the townships, 按照规定做好…, and 是…的责任主体', () => {
    expect(read('乡级人民政府按照规定做好乡道、村道的养护管理工作。')).toEqual(['乡级人民政府:responsible']);
    expect(read('国家发展改革委依照有关规定做好审核工作。')).toEqual(['国家发展改革委:responsible']);
    expect(read('县级人民政府是本行政区域农村公路养护管理的责任主体。')).toEqual(['县级人民政府:responsible']);
    // a body in charge: 是…的主管部门, 由X主管 (not X's own 主管部门, nor what a body is)
    expect(read('交通运输部是全国港口的主管部门。此项工作由住房城乡建设部主管。')).toEqual(['交通运输部:responsible', '住房城乡建设部:responsible']);
    expect(read('国务院是最高国家行政机关。')).toEqual([]);
    expect(read('省级人民政府为本地区粮食安全的第一责任人。')).toEqual(['省级人民政府:responsible']);
    expect(read('国家发展改革委是重要部门。')).toEqual([]);
  });

  it('X和有关部门…: X acts with the relevant departments, as X等有关部门 does', () => {
    expect(read('国家发展改革委和有关部门要加强指导。')).toEqual(['国家发展改革委:responsible 等 +有关部门']);
    expect(read('财政部及相关部门负责。')).toEqual(['财政部:responsible 等 +有关部门']);
    expect(read('各省、自治区、直辖市人民政府和国务院有关部门要结合实际抓好落实。')).toEqual(['各省、自治区、直辖市人民政府:responsible 等 +有关部门']);
  });

  it('由X印发实施: X issues it; what bodies did (联合印发了…) is a report, not a duty', () => {
    expect(read('经国务院同意，由国家发展改革委印发实施。')).toEqual(['国家发展改革委:responsible']);
    expect(read('国家发展改革委、财政部联合印发了实施方案。')).toEqual([]);
  });

  it('由X在…上给予…: where the agent acts may stand between it and its verb', () => {
    expect(read('由科技部在国家科技计划项目安排上给予倾斜支持。')).toEqual(['科技部:responsible']);
    expect(read('对上述地方由财政部给予奖励。')).toEqual(['财政部:responsible']);
  });

  it('履行…职责, 主要/具体负责, and 责成X: the body acts', () => {
    expect(read('自然资源部依法履行监管职责。')).toEqual(['自然资源部:responsible']);
    expect(read('水利部切实履行流域管理职责。')).toEqual(['水利部:responsible']);
    expect(read('农业农村部主要负责协调，国家林草局具体负责组织实施。')).toEqual(['农业农村部:responsible 国家林草局:responsible']);
    expect(read('国务院责成国家发展改革委研究提出方案。')).toEqual(['国家发展改革委:responsible']);
  });

  it('X商Y / 由X商Y: X leads in consultation with Y, who shares the lead; 商务部 is no 商', () => {
    expect(read('跨省调动时，由应急部商国家林草局组织实施。')).toEqual(['应急部:lead 国家林草局:joint']);
    expect(read('应急部商国家林草局确定调动方案。')).toEqual(['应急部:lead 国家林草局:joint']);
    expect(read('具体办法由财政部商有关部门制定。')).toEqual(['财政部:lead 等 +有关部门']);
    expect(read('由商务部负责。')).toEqual(['商务部:responsible']);
  });

  it('a body the sentence names without making it act is not charged', () => {
    for (const s of [
      '具体办法报交通运输部备案。',
      '重大问题及时向国务院报告。',
      '治理工作联合办公室设在教育部、住房城乡建设部。',
      '数据中心设在国家统计局，负责数据汇总。',
      '国务院有关部门要及时调整规章。',
      '国务院将适时调整本决定的内容。',
      '国务院要求各地加强领导。',
      '科技部负责人出席会议。',
      '经科技部审核，国务院批准。',
      '由城市绿化主管部门责令限期改正。',
    ]) expect(read(s)).toEqual([]);
  });

  it('the body that houses an office doing work (办公室设在X，承担/负责…) is responsible; one that only houses it is not', () => {
    expect(read('领导小组办公室设在国家统计局，负责日常工作。')).toEqual(['国家统计局:responsible']);
    expect(read('联席会议办公室设在发展改革委，承担联席会议日常工作。')).toEqual(['发展改革委:responsible']);
    expect(read('治理工作联合办公室设在教育部、住房城乡建设部。')).toEqual([]);
  });

  it('places listed before a place\'s government share it: each is that place\'s government', () => {
    const named = (text: string): string[] => findDuties(text, 0, text.length, '¶1').flatMap((a) => a.bodies.map((b) => `${b.name ?? b.asWritten}:${b.role}`));
    expect(named('湖南省、江西省人民政府要切实加强组织领导。')).toEqual(['湖南省人民政府:responsible', '江西省人民政府:responsible']);
    expect(named('北京市、天津市和河北省人民政府要建立协调机制。'))
      .toEqual(['北京市人民政府:responsible', '天津市人民政府:responsible', '河北省人民政府:responsible']);
    // a place whose name begins with a joiner's character (和田) is read whole
    expect(named('和田市、喀什市人民政府要加强领导。')).toEqual(['和田市人民政府:responsible', '喀什市人民政府:responsible']);
    expect(named('长沙市、株洲市、湘潭市人民政府负责组织实施。'))
      .toEqual(['长沙市人民政府:responsible', '株洲市人民政府:responsible', '湘潭市人民政府:responsible']);
    // the places are quoted as written
    expect(read('湖南省、江西省人民政府要切实加强组织领导。')).toEqual(['湖南省:responsible 江西省人民政府:responsible']);
    // a body before the government is a body of its own, not a place sharing it
    expect(read('国家发展改革委、江西省人民政府要加强指导。')).toEqual(['国家发展改革委:responsible 江西省人民政府:responsible']);
  });

  it('divisions that open a clause as its subject stand for their governments; areas and places inside a name do not', () => {
    const named = (text: string): string[] => findDuties(text, 0, text.length, '¶1').flatMap((a) => a.bodies.map((b) => `${b.name ?? b.asWritten}:${b.role}`));
    expect(named('北京、上海、广州等特大城市要制定轨道交通发展规划。'))
      .toEqual(['北京市人民政府:responsible', '上海市人民政府:responsible', '广州市人民政府:responsible']);
    expect(findDuties('北京、上海、广州等特大城市要制定规划。', 0, 20, '¶1')[0].andOthers).toBe(true);
    expect(named('四川省负责组织实施。其中，深圳市要先行先试。')).toEqual(['四川省人民政府:responsible', '深圳市人民政府:responsible']);
    for (const s of ['东部地区要率先发展。', '北京市发展改革委要加强指导。', '支持北京要素市场发展。', '在北京、上海要开展试点。']) expect(named(s)).toEqual([]);
  });

  it('国务院 before the name of a body under it is that body (国务院乡村振兴局), and no actor before 有关部门', () => {
    expect(read('人力资源社会保障部会同国务院乡村振兴局建立信息平台。')).toEqual(['人力资源社会保障部:lead 国务院乡村振兴局:joint']);
    expect(read('国务院乡村振兴局会同中央组织部对工作进行考核。')).toEqual(['国务院乡村振兴局:lead 中央组织部:joint']);
  });

  it('one annotation per sentence, each body once per role, only within the range read', () => {
    const text = '具体办法由财政部制定，由财政部负责解释。民政部要加强指导。';
    expect(read(text)).toEqual(['财政部:responsible', '民政部:responsible']);
    const [a] = findDuties(text, text.indexOf('民政部'), text.length, '二、');
    expect(a).toMatchObject({ itemPath: '二、', quote: '民政部要加强指导。', inText: true });
    expect(findDuties(text, 0, 0, '')).toEqual([]);
  });
});

describe('duties beside a list of members', () => {
  it('reads who leads a body whose members the same item lists', async () => {
    const { parseDocument } = await import('../../core/parse/document');
    const text = [
      '国务院办公厅关于建立某某工作部际联席会议制度的通知',
      '国办函〔2026〕12号',
      '',
      '一、主要职责',
      '统筹协调某某工作。',
      '二、成员单位',
      '联席会议由国家发展改革委牵头，成员单位包括教育部、科技部、财政部等部门。具体工作由国家发展改革委会同有关部门组织实施。',
      '三、工作要求',
      '各成员单位要按照职责分工，主动研究有关问题。',
    ].join('\n');
    const doc = parseDocument(text, 'member-list.txt');
    const rows = doc.annotations.filter((a) => a.itemPath === '二、').flatMap((a) => a.bodies.map((b) => `${b.asWritten}:${b.role}`));
    expect(rows).toEqual(expect.arrayContaining(['国家发展改革委:lead', '教育部:member', '科技部:member', '财政部:member']));
    // an item a real annotation closes is still not read for duties
    const annotated = parseDocument(`${text.replace('组织实施。', '组织实施。（国家发展改革委负责）')}`, 'annotated.txt');
    expect(annotated.annotations.filter((a) => a.itemPath === '二、' && a.inText && !a.bodies.every((b) => b.role === 'member'))).toEqual([]);
  });
});

describe('a level’s competent department for a field (the wording of regulations)', () => {
  it('is the actor where a registered body would be', () => {
    expect(read('国务院住房城乡建设主管部门负责监督管理。')).toEqual(['国务院住房城乡建设主管部门:responsible']);
    expect(read('由县级以上地方人民政府交通运输主管部门责令改正，处5万元以上20万元以下的罚款。')).toEqual(['县级以上地方人民政府交通运输主管部门:responsible']);
    expect(read('港口岸线使用申请由省、自治区、直辖市人民政府交通运输主管部门审核。')).toEqual(['省、自治区、直辖市人民政府交通运输主管部门:responsible']);
    expect(read('国务院水行政主管部门会同国务院有关部门制定。')).toEqual(['国务院水行政主管部门:lead 等 +有关部门']);
  });

  it('X行政部门 and X部门 after a field are the same class as X主管部门; classes of unnamed departments are not', () => {
    expect(read('国务院卫生行政部门负责全国医疗机构的监督管理工作。')).toEqual(['国务院卫生行政部门:responsible']);
    expect(read('省、自治区、直辖市人民政府教育行政部门应当制定规划。')).toEqual(['省、自治区、直辖市人民政府教育行政部门:responsible']);
    expect(read('国务院财政部门会同国务院有关部门制定具体办法。')).toEqual(['国务院财政部门:lead 等 +有关部门']);
    // 有关部门 is no department of a field: the local governments act with the relevant departments
    expect(read('当地政府及有关部门要做好机构编制工作。')).toEqual(['当地政府:responsible 等 +有关部门']);
  });

  it('fields listed between one level and one head are a department each, 等 saying the list goes on', () => {
    expect(read('国务院自然资源主管部门会同国务院水行政、生态环境等主管部门开展全国地下水调查评价。'))
      .toEqual(['国务院自然资源主管部门:lead 国务院水行政:joint 生态环境:joint 等']);
    expect(read('县级以上人民政府发展改革、财政等部门应当加强协调。')).toEqual(['县级以上人民政府发展改革:responsible 财政:responsible 等']);
    expect(read('国务院自然资源等主管部门按照职责分工做好地下水调查工作。')).toEqual(['国务院自然资源:responsible 等']);
    const text = '县级以上人民政府发展改革、财政等部门应当加强协调。';
    expect(findDuties(text, 0, text.length, 'x')[0].bodies.map((b) => b.name)).toEqual(['县级以上人民政府发展改革部门', '县级以上人民政府财政部门']);
    // 等有关部门 ends such a list too, and 在各自职责范围内 stands between the subject and its verb
    const post = '国务院公安、国家安全、海关等有关部门在各自职责范围内负责相关的快递监督管理工作。';
    expect(read(post)).toEqual(['国务院公安:responsible 国家安全:responsible 海关:responsible 等 +有关部门']);
    expect(findDuties(post, 0, post.length, 'x')[0].bodies.map((b) => b.name)).toEqual(['国务院公安部门', '国务院国家安全部门', '国务院海关部门']);
    expect(read('公安部、海关总署在各自的职责范围内负责相关工作。')).toEqual(['公安部:responsible 海关总署:responsible']);
  });

  it('names no body without a level, nor where the sentence does not make it act', () => {
    expect(read('由城市绿化主管部门责令限期改正。')).toEqual([]);
    expect(read('报国务院交通运输主管部门备案。')).toEqual([]);
  });
});

describe('a body that answers for something, or is charged with leading', () => {
  it('X对…负(总/主要)责, X对…进行: responsible; X负责牵头: lead', () => {
    expect(read('各省级人民政府对本地区工作负总责。')).toEqual(['各省级人民政府:responsible']);
    expect(read('国家发展改革委对规划实施负主要责任。')).toEqual(['国家发展改革委:responsible']);
    expect(read('工业和信息化部、国家发展改革委负责牵头组织实施。')).toEqual(['工业和信息化部:lead 国家发展改革委:lead']);
    // X对Y进行/实施/开展Z: what X does to Y; told of the past (进行了), no duty
    expect(read('审计署对资金使用情况进行审计监督。')).toEqual(['审计署:responsible']);
    expect(read('科技部对此进行了评估。')).toEqual([]);
    // a notice of how cases were handled: X(已)对Y予以/给予/进行…, and the body directed (责成Y对…进行…)
    expect(read('广西壮族自治区人民政府已对灵山县自然资源局主要负责人予以免职。')).toEqual(['广西壮族自治区人民政府:responsible']);
    expect(read('自然资源部已对上述3个县（市）人民政府主要负责同志进行约谈。')).toEqual(['自然资源部:responsible']);
    expect(read('湖南省人民政府责成衡阳市人民政府对违规占地问题进行全面整改。')).toEqual(['衡阳市人民政府:responsible']);
    expect(read('科技部对此高度重视。')).toEqual([]);
  });

  it('由X牵头、Y参加的…: Y takes part, in the clause of the lead', () => {
    expect(read('建立由商务部牵头、海关总署等部门参加的部际联席会议制度。')).toEqual(['商务部:lead 海关总署:participate 等']);
    expect(read('国家发展改革委牵头、财政部配合。')).toEqual(['国家发展改革委:lead 财政部:participate']);
    // taking part through the staff a body sends; a body whose name begins with the State Council's is no field of it
    expect(read('督查组由国务院办公厅牵头，国家发展改革委、审计署、国务院国资委等部门派员参加。'))
      .toEqual(['国务院办公厅:lead 国家发展改革委:participate 审计署:participate 国务院国资委:participate 等']);
    // after the lead, only taking part: 海关总署负责 there is no duty of its own
    expect(read('建立由商务部牵头、海关总署负责的机制。')).toEqual(['商务部:lead']);
  });

  it('X为牵头单位 / 为牵头部门: X leads', () => {
    expect(read('联席会议由工业和信息化部、财政部组成，工业和信息化部为牵头单位。')).toEqual(['工业和信息化部:lead']);
    expect(read('发展改革委为牵头部门，财政部、商务部为成员单位。')).toEqual(['发展改革委:lead']);
  });

  it('X牵头，会同Y: Y shares the lead as after X会同Y', () => {
    expect(read('工业和信息化部牵头，会同国家发展改革委、科技部等部门建立协调机制。')).toEqual(['工业和信息化部:lead 国家发展改革委:joint 科技部:joint 等']);
    expect(read('国家发展改革委牵头，会同有关部门制定方案。')).toEqual(['国家发展改革委:lead 等 +有关部门']);
  });
});

describe('a body set as the heading of its own duties', () => {
  it('X：负责…: responsible, at the start of its clause only', () => {
    expect(read('国家发展改革委：负责总体协调和督促检查。')).toEqual(['国家发展改革委:responsible']);
    expect(read('财政部、税务总局：负责落实税费减免政策。')).toEqual(['财政部:responsible 税务总局:responsible']);
    expect(read('报送国家发展改革委：负责人签字。')).toEqual([]);
  });
});

describe('a body told what to do with a verb of the genre', () => {
  it('X加强指导, X做好, X抓紧, X督促, X指导: responsible', () => {
    expect(read('下放至省级人民政府，民航局加强指导。')).toEqual(['民航局:responsible']);
    expect(read('商务部做好统筹协调。')).toEqual(['商务部:responsible']);
    expect(read('国家发展改革委抓紧制定实施细则。')).toEqual(['国家发展改革委:responsible']);
    expect(read('科技部指导地方开展试点。')).toEqual(['科技部:responsible']);
  });

  it('not where the words begin other nouns or the body only decides', () => {
    expect(read('国务院决定取消12项行政许可事项。')).toEqual([]);
    expect(read('科技部指导意见明确了方向。')).toEqual([]);
    expect(read('教育部加强了宣传。')).toEqual([]);
  });
});

describe('a duty\'s deadline', () => {
  it('a date before 前 after 在 or 于, or opening a clause, is when the work is due; a date that names a plan is not', () => {
    const due = (text: string) => findDuties(text, 0, text.length, 'x').map((a) => a.deadline && text.slice(a.deadline.start, a.deadline.end));
    expect(due('国家发展改革委要在2020年底前出台实施细则。')).toEqual(['2020年底前']);
    expect(due('财政部要于2021年6月底前完成清理。')).toEqual(['2021年6月底前']);
    expect(due('交通运输部负责，2019年底前完成。')).toEqual(['2019年底前']);
    expect(due('商务部要落实2030年前碳达峰行动方案。')).toEqual([undefined]);
  });
});

describe('carrying the work out in running text', () => {
  it('X负责落实 closing its clause: implement, as in an annotation; 负责落实资金 is responsible', () => {
    expect(read('各省级人民政府负责落实。')).toEqual(['各省级人民政府:implement']);
    expect(read('各省级人民政府负责组织落实，2020年底前完成。')).toEqual(['各省级人民政府:implement']);
    expect(read('财政部负责落实资金。')).toEqual(['财政部:responsible']);
  });
});

describe('the agent after 由, as approvals and letters write it', () => {
  it('by what rule, within what, on its own: 依据…规定, 在…内, 自行', () => {
    expect(read('由河北省人民政府依据有关规定对有关责任人员给予处分。')).toEqual(['河北省人民政府:responsible']);
    expect(read('机构编制由浙江省人民政府在现有编制总额内调剂解决。')).toEqual(['浙江省人民政府:responsible']);
    expect(read('所需经费由浙江省人民政府自行负担。')).toEqual(['浙江省人民政府:responsible']);
    // what was done is reported, not given
    expect(read('由财政部解决了资金问题。')).toEqual([]);
  });

  it('hosts and organisers: 主办 responsible, 承办 implement, 协办 participate; not the nouns the words begin', () => {
    expect(read('由商务部、广西壮族自治区人民政府共同主办，中国国际贸易促进委员会承办。'))
      .toEqual(['商务部:responsible 广西壮族自治区人民政府:responsible 中国国际贸易促进委员会:implement']);
    expect(read('由海南省人民政府主办，商务部、外交部协办。')).toEqual(['海南省人民政府:responsible 商务部:participate 外交部:participate']);
    expect(read('商务部主办的博览会要办好。')).toEqual([]);
    expect(read('商务部承办单位要做好。')).toEqual([]);
  });

  it('a list of agents that ends in bodies the registry cannot name, before 共同: the named ones, and others', () => {
    expect(read('由商务部、广西壮族自治区人民政府和东盟各国政府经贸主管部门共同主办。'))
      .toEqual(['商务部:responsible 广西壮族自治区人民政府:responsible 等']);
    // without 共同 the list is not known to end there
    expect(read('由商务部和东盟秘书处的代表确定。')).toEqual([]);
  });
});

describe('a body acting through one of its offices or departments', () => {
  it('X + its office or department + the verb: X acts', () => {
    expect(read('国务院办公厅政府信息与政务公开办公室要加强督促指导。')).toEqual(['国务院办公厅:responsible']);
    expect(read('财政部预算司负责编制。')).toEqual(['财政部:responsible']);
    expect(read('教育部办公厅要做好统计工作。')).toEqual(['教育部:responsible']);
  });

  it('not a mechanism a body sets up, led by another\'s office, nor words that only begin with 司', () => {
    expect(read('各省（区、市）政府要建立省级政府办公厅牵头、省级有关部门参与的工作机制。')).toEqual(['各省（区、市）政府:responsible']);
    expect(read('科技部司法鉴定要做好。')).toEqual([]);
  });
});

describe('the governments of pilot places', () => {
  it('试点 before a government class or a government: the government acts; not before another body, nor as an object', () => {
    expect(read('试点县（市、区）人民政府是试点工作的责任主体。')).toEqual(['县（市、区）人民政府:responsible']);
    expect(read('试点城市人民政府要加强组织领导。')).toEqual(['试点城市人民政府:responsible']);
    expect(read('开展试点商务部要做好。')).toEqual([]);
    expect(read('支持试点省级人民政府开展工作。')).toEqual([]);
  });
});

describe('a body named again in brackets before its verb', () => {
  it('its other name or its short form stands between it and its verb; another body in brackets is no such aside', () => {
    expect(read('由国家林业和草原局（国家公园管理局）会同四川省、陕西省、甘肃省人民政府组织实施。'))
      .toEqual(['国家林业和草原局:lead 四川省:joint 陕西省:joint 甘肃省人民政府:joint']);
    expect(read('国务院国有资产监督管理委员会（以下简称国资委）要加强监管。')).toEqual(['国务院国有资产监督管理委员会:responsible']);
    expect(read('教育部（科技部）负责。')).toEqual([]);
  });
});
