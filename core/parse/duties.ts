/**
 * Duties written in running text, where no annotation closes the clause: decisions, replies (批复), short notices and
 * regulations say who does what in the sentence itself.
 *
 *   由海南省人民政府实施审批 / 具体管理办法由财政部制定     the body after 由, before what it does: responsible
 *   国家中医药局负责组织实施… / 自然资源部、生态环境部按照各自职责，负责…   a body as subject of 负责: responsible
 *   浙江省人民政府要… / 县级以上地方人民政府应当…       a body as subject of 要 / 应当 (an instruction): responsible
 *   请浙江省人民政府及时…                               a body asked to act (请): responsible
 *   国务院授权国家发展改革委… / 委托国家林业局…        a body empowered to act: as the verb after it says
 *   交通运输部会同商务部、海关总署…                     the first leads, the bodies it works with are joint
 *   国家统计局牵头，国家发展改革委、财政部配合…         lead, participate
 *
 * A body counts only where the sentence makes it the actor: at the start of its clause (after nothing but a connective
 * such as 并 or 同时), after 由, 请, 授权 or 委托, or after 会同. A body named anywhere else — 报交通运输部备案, 向国务院请示报告,
 * 设在国家统计局 — is mentioned, not charged, unless the office set up in it does work (办公室设在国家统计局，承担日常工作). Only bodies the registry's mention finder knows, and the people's
 * governments of places the region finder knows (宁波市人民政府), and a level's competent department for a field
 * (国务院交通运输主管部门, core/registry/competent-departments.ts) are read: 国务院有关部门 is no body (the name goes
 * on), nor is 城市绿化主管部门, which names no level.
 *
 * One annotation per sentence that charges a body: its quote is the sentence, its bodies the actors in it.
 */
import { extractRegions } from '../entities/regions';
import type { Annotation, Role } from '../model';
import { COMPETENT_MAX, competentDepartment, competentDepartmentList, DEPARTMENT_WORD } from '../registry/competent-departments';
import { findAgencyMentions } from '../registry/mentions';
import { resolveBody } from '../registry/body-classes';
import { marksOfSlice } from '../entities/lanes';
import { newMarks, REGION_WORD_LANE, type Marks } from '../text/marks';
import { definedMentions, withDefinedMentions, type DefinedBody } from './defined-bodies';
import { shortFormAt } from './short-form';
import { isCjkCode, isCloseParenCode, isOpenParenCode } from '../entities/chars';

/**
 * A body the sentence names, with offsets into the document's text; `name` when the text shares part of it with the
 * bodies listed beside it (生态环境 of 国务院水行政、生态环境等主管部门 is 国务院生态环境主管部门).
 */
export interface Named { asWritten: string; start: number; end: number; name?: string }

/**
 * Who is who by the document's own word: the bodies it answers (its addressee line: 你省, 你们) and the coordination
 * bodies it names that the registry does not hold (core/parse/defined-bodies.ts).
 */
export interface DocumentBodies { readonly addressees: readonly Named[]; readonly defined: readonly DefinedBody[] }
const NO_BODIES: DocumentBodies = Object.freeze({ addressees: [], defined: [] });
/** Bodies listed together (财政部、海关总署 / 商务部和海关总署): they share the role the clause gives them. */
interface Group { members: Named[]; start: number; end: number }

/** Characters that end a sentence (。！？；\n): a duty is read within one. Compared directly: sentences are read by code unit. */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0x0a || c === 0xff01 || c === 0xff1f;
/** Characters that end a clause (，：, : and the sentence ends): a subject stands at the start of one. */
const CLAUSE_END = new Set([0xff0c, 0xff1a, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x0a, 0x2c, 0x3a]);
const isClauseEnd = (c: number): boolean => c === 0xff0c || isSentenceEnd(c) || c === 0xff1a || c === 0x2c || c === 0x3a;
/** What may join the members of a list. */
const LIST_JOINERS = new Set(['、', '和', '及', '与', '以及']);

/**
 * When the sentence says the work is due (国家发展改革委要在2020年底前出台实施细则, 于2021年6月底前完成, X负责，2019年底前
 * 完成): a date before 前 after 在/于 or opening a clause, not one the sentence looks back from (2018年以来) or that
 * dates a plan (落实2030年前碳达峰行动方案).
 */
const DEADLINE_IN_SENTENCE = /(?:^|[，,；：]|在|于|到|力争|争取)((?:[0-9０-９]{4}年)(?:[0-9０-９]{1,2}月)?(?:底|末|上半年|年内)?(?:前|以前|之前))/;

/** What may stand before a subject in its clause: a connective, and 由 or 请 (handled apart). */
const SUBJECT_LEAD = /^(?:并|另|还|也|均|同时|此外|其中|另外)?$/;

/**
 * What a body does when it is the agent after 由: a verb of carrying out, deciding or approving, or an adverbial phrase
 * that stands before one (由海南省人民政府依法实施).
 */
const AGENT_VERB = /^(?:负责(?!人|同志)|主管(?!部门|机关|单位)|牵头|会同|统筹|组织(?!部|机构)|实施|制定|督促|督查|检查|考核|评估|审批|批准|审核|核准|审定|审查|发布|公布|确定|管理|监督|指导|协调|承担|办理|编制|提出|决定|认定|责令|没收|吊销|处以|商(?![务业品会])|会商|研究|依法|依照|依据|按照|根据|结合|另行|统一|具体|给予|予以|安排|提供|印发(?!了)|调剂|解决(?!了)|自行|共同|主办|承办|协办|举办)/;
/** Where or in what the agent acts, between 由X and its verb: 由科技部在项目安排上给予支持, 由你省在现有编制总额内调剂解决. */
const AGENT_CIRCUMSTANCE = /^在[^，。；！？\n]{1,20}?(?:上|中|内|方面|时)[，,]?/;
/** Not across a clause or sentence end: the characters a phrase between a subject and its verb may hold. */
const IN_CLAUSE = '[^，。；！？\\n]';
/**
 * What may stand between a subject and its verb, each part optional and in this order (SUBJECT_VERB): an office or
 * department of the body (X政务公开办公室), the others the list ends in (X等有关部门, X和有关部门), when (在审批建设项目时，), what calls for it (根据工作需要), by what law or means
 * (依法, 按照规定, 通过…系统), by what division of work (按照职责分工, 分别), a modal before 负责/牵头/会同 (要, 将), an adverb
 * (及时, 切实, 具体).
 */
const BEFORE_VERB = [
  // one of the body's own offices or departments, acting for it (国务院办公厅政府信息与政务公开办公室要…, 财政部预算司负责…)
  `(?:[^，。；！？\\n、和及等要应将的]{0,14}?(?:司|办公室|办公厅)(?=要|负责|牵头|会同|应当))?`,
  `(?:等(?:有关|相关)?(?:(?:行政)?主管部门|行政部门|部门|单位)?(?:[^，。；、\\s]{0,4}?(?:城市|地区|省份|地方|省市))?|及其(?:有关|相关|所属)?(?:部门|单位)|(?:和|及|以及|、)(?:国务院)?(?:各|其他)?(?:有关|相关)(?:部门|单位|方面)(?:和单位)?)?`,
  `(?:在${IN_CLAUSE}{0,20}?(?:时|过程中|工作中)[，,]?)?`,
  `(?:(?:根据|按照|结合)${IN_CLAUSE}{1,12}?(?:需要|要求|部署|安排)[，,]?)?`,
  `(?:依法|(?:依照|依据|按照)${IN_CLAUSE}{0,12}?规定(?=负责|应当|要|组织|承担|做好|落实|履行)|(?:依照|依据)${IN_CLAUSE}{1,12}?(?=负责|应当|要|组织|承担)|(?:通过|依托|利用|运用)${IN_CLAUSE}{1,24}?(?=加强(?:指导|监督|监管|协调|统筹|督促|管理)|负责|组织|督促|指导))?`,
  `(?:(?:按照?|根据)?(?:各自)?职责(?:分工)?[，,]?|在各自(?:的)?职责范围内[，,]?|分别|共同)?`,
  `(?:(?:要|应当|应|须|必须|将)(?=负责|牵头|会同))?`,
  // 派员参加: a body takes part through the staff it sends
  `(?:适时|及时|定期|切实|积极|认真|尽快|进一步|统一|主要|具体|全面|直接|已经|已|派员|派人)?`,
].join('');
/**
 * The verb (group 1): take charge (负责; 负责牵头 leads; 履行…职责), lead (牵头, 为牵头单位), work with others (会同), take
 * part (配合, 参与), be told to act (要, 应当…), or answer for something (对本地区工作负总责, 是…的责任主体); not the words
 * these begin (负责人, 要求, 应急, 组织部), where the body is no actor.
 */
const ACTING_VERB = [
  '负责牵头', '负责(?!人|同志)', '履行', `(?:是|为)(?=${IN_CLAUSE}{0,30}?(?:责任主体|第一责任人|主管部门|主管机关))`, '牵头', '为牵头(?:单位|部门)', '会同',
  '配合', '参与', '协助', '参加', '共同(?=[\\u4e00-\\u9fff])', '联合(?=(?:开展|组织|制定|印发|发布|实施|推进|建立|出台)(?!了))',
  '要(?![求点素害])', '应当', '应(?![急用对])', '须(?!知)', '必须', '统筹', '承担', '组织(?!部|机构)',
  `加强(?=指导|监督|监管|协调|统筹|督促|管理|对${IN_CLAUSE}{1,20}的(?:指导|监督|监管|协调|统筹|督促|管理))`, '做好', '抓紧', '督促',
  '指导(?!意见|思想|原则|下)',
  // 由X主办，Y承办: who hosts an event and who organises it, closing their clause (not 主办的博览会, 承办单位)
  '(?:主办|承办|协办)(?=$|[，。；,;])', `对(?=${IN_CLAUSE}{1,24}(?:负(?:总|主要|全面|直接|首要)?责|(?:进行|实施|开展|予以|给予)(?!了)))`,
].join('|');
/**
 * What a subject does, read right after it: its verb (ACTING_VERB) after what may stand before one (BEFORE_VERB). 将
 * only before 会同, 负责, 牵头: 国务院将适时调整 is the issuer on its own text.
 */
const SUBJECT_VERB = new RegExp(`^${BEFORE_VERB}(${ACTING_VERB})`);
/** The unnamed bodies a lead works with: 会同有关部门 (the list ends in others the document does not name). */
const UNNAMED_AFTER = /^(?:国务院)?(?:(?:各|其他)?(?:有关|相关)(?:部门|单位|方面|机构)|各部门|各地区)/;
/** The last of a list of agents that names no registered body, before 共同 (由A、B和C共同主办). */
const CO_AGENTS = /^(?:和|及|以及|与|、)[^，。；！？\n]{2,16}?(?=共同)/;
/** A list that ends in others: X、Y等 / X等有关部门. */
const OTHERS_AFTER = /^等/;
const RELEVANT_AFTER = /^(?:等|(?:和|及|以及|、)(?:国务院)?(?:各|其他)?)?(?:有关|相关)(?:部门|单位|方面|机构)/;

/**
 * The annotations of the duties in text[from, to), each given `itemPath`. Sentences are read within [from, to) only,
 * so that a caller can read an item's own text and leave its children to speak for themselves.
 */
export function findDuties(
  text: string, from: number, to: number, itemPath: string, scratch: Marks = newMarks(to - from), bodies: DocumentBodies = NO_BODIES,
): Annotation[] {
  if (to <= from) return [];
  let named = bodiesIn(text, from, to, scratch);
  if (bodies.defined.length > 0) named = withDefinedMentions(named, definedMentions(text, from, to, bodies.defined));
  if (bodies.addressees.length > 0) addAddressed(text, from, to, bodies.addressees, named);
  named = withoutAsides(text, named);
  if (named.length === 0) return [];
  const groups = groupsOf(text, named);
  const out: Annotation[] = [];
  // groups already given a role as the partners of a 会同
  const partners = new Set<Group>();
  let sentence: [number, number] | undefined;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    // most bodies a text names are not actors, and the character before them says so at once
    if (partners.has(group) || !mayAct(text, from, group.start)) continue;
    const duty = dutyOf(text, from, to, groups, g);
    if (duty === undefined) continue;
    if (duty.partner) partners.add(duty.partner);
    // the sentence of the last duty, when this group stands in it too: a long sentence is not walked again for each
    if (sentence === undefined || group.start >= sentence[1]) sentence = sentenceAround(text, from, to, group.start);
    const [start, end] = sentence;
    let annotation = out[out.length - 1];
    if (annotation === undefined || annotation.start !== start) {
      annotation = { itemPath, quote: text.slice(start, end), start, end, bodies: [], andOthers: false, relevantDepartments: false, inText: true };
      const due = DEADLINE_IN_SENTENCE.exec(annotation.quote);
      if (due) annotation.deadline = { text: due[1], start: start + due.index + due[0].length - due[1].length, end: start + due.index + due[0].length };
      out.push(annotation);
    }
    for (const [members, role] of duty.roles) {
      for (const m of members) {
        if (annotation.bodies.some((b) => (b.name ?? b.asWritten) === (m.name ?? m.asWritten) && b.role === role)) continue;
        annotation.bodies.push(m.name === undefined ? { asWritten: m.asWritten, role, start: m.start, end: m.end } : { asWritten: m.asWritten, role, start: m.start, end: m.end, name: m.name });
      }
    }
    annotation.andOthers ||= duty.andOthers;
    annotation.relevantDepartments ||= duty.relevant;
  }
  return out;
}

/** Last characters of what may stand before an actor in its clause: a clause end, 由, 请 or a connective (SUBJECT_LEAD). */
const BEFORE_ACTOR = new Set([...CLAUSE_END, ...[...' 　由请并另还也均时外中'].map((ch) => ch.charCodeAt(0))]);
const mayAct = (text: string, from: number, at: number): boolean =>
  at === from || BEFORE_ACTOR.has(text.charCodeAt(at - 1)) || (at - from >= 3 && text.startsWith('牵头、', at - 3)) || locatedBefore(text, from, at) ||
  ACTOR_AFTER.some((w) => at - from >= w.length && text.startsWith(w, at - w.length));
/** 国务院授权国家发展改革委…, 委托国家林业局…, 责成…: what empowers or directs the body after it to act. */
const AUTHORISING = ['授权', '委托', '责成'];
/** A body being set up (成立X, 组建X), which the work that follows is given to as an office's is (OFFICE_WORK). */
const SET_UP_WORDS = ['成立', '设立', '组建', '建立'];
/**
 * Words after which a body may be the actor: 试点 (试点县人民政府是…), where an office is housed (设在X，承担…), a body set
 * up (成立X，负责…), and what empowers or directs it (授权X…).
 */
const ACTOR_AFTER = ['试点', '设在', ...SET_UP_WORDS, ...AUTHORISING];
const AUTHORISED = new RegExp(`(?:${AUTHORISING.join('|')})$`);
/** 灾区所在省级人民政府, 项目所在地人民政府: a government named by where something is (the 所在 written right before). */
const locatedBefore = (text: string, from: number, at: number): boolean =>
  (at - from >= 3 && text.startsWith('所在', at - 2)) || (at - from >= 4 && text.startsWith('所在地', at - 3));
/**
 * What may qualify a government as its subject's first words: where it is (灾区所在, 项目所在地), or that its place is a
 * pilot (试点县（市、区）人民政府). Only a people's
 * government: 项目所在地发展改革委 is a local department, not the national one its name would resolve to.
 */
const LOCATED_LEAD = /^(?:[\u4e00-\u9fff]{1,6}所在地?|试点)$/;
const isGovernment = (group: Group): boolean => group.members.length === 1 && group.members[0].asWritten.endsWith('政府');

/** Longest place name read before 人民政府 (宁波市, 延边朝鲜族自治州, 克孜勒苏柯尔克孜自治州). */
const PLACE_MAX = 12;
const GOVERNMENT = '人民政府';

/**
 * Registered bodies and the people's governments of places the region finder knows, in order, with document offsets.
 * The region finder reads only the few characters before a 人民政府 that no registered name covers.
 */
function bodiesIn(text: string, offset: number, to: number, scratch: Marks): Named[] {
  const slice = text.slice(offset, to);
  // the marks read from the document's text into the caller's arrays: a text's own would be allocated for each item
  const marks = marksOfSlice(slice, text, offset, scratch);
  const found: Named[] = findAgencyMentions(slice, marks);
  // 国务院有关部门: the name goes on into unnamed departments, which are no actor of their own (会同国务院有关部门 is read
  // as others the list does not name)
  for (let k = found.length - 1; k >= 0; k--) if (UNNAMED_AFTER.test(slice.slice(found[k].end, found[k].end + 6))) found.splice(k, 1);
  for (const m of found) { m.start += offset; m.end += offset; }
  let added = false;
  for (let at = slice.indexOf(GOVERNMENT); at >= 0; at = slice.indexOf(GOVERNMENT, at + GOVERNMENT.length)) {
    const end = at + GOVERNMENT.length + offset;
    if (found.some((f) => f.start < end && at + offset < f.end)) continue;
    const place = placeEndingAt(slice, at);
    if (place < 0) continue;
    found.push({ asWritten: slice.slice(place, at + GOVERNMENT.length), start: place + offset, end });
    added = true;
  }
  if (slice.includes(GOVERNMENT)) added = addSharedGovernments(slice, offset, found) || added;
  if (slice.includes(DEPARTMENT_WORD)) added = addCompetentDepartments(slice, offset, found) || added;
  added = addPlaceActors(slice, offset, found, marks) || added;
  if (added) found.sort((a, b) => a.start - b.start);
  return found;
}

/**
 * 北京、上海、广州等特大城市要…, 四川省负责…: divisions that open a clause as the subject of a duty stand for their people's
 * governments, each one. The places must be the whole subject, a list of divisions from the clause's start (an area, 东部地区
 * 要…, or a place inside another subject, 北京市发展改革委要…, is none). Whether any was added.
 */
function addPlaceActors(slice: string, offset: number, found: Named[], marks: Marks): boolean {
  let added = false;
  for (const verb of PLACE_ACTOR_VERBS) {
    // from the second character on: a verb that opens the text has no subject before it
    for (let v = slice.indexOf(verb, 1); v > 0; v = slice.indexOf(verb, v + verb.length)) {
      if (!isCjkCode(slice.charCodeAt(v - 1))) continue;
      // the clause's start first: most clauses open with no place's name, and are read no further
      const from = clauseStartWithin(slice, v, PLACE_LIST_MAX);
      if ((from > 0 && v - from >= PLACE_LIST_MAX) || !marked(marks, REGION_WORD_LANE, from)) continue;
      const kind = PLACES_OF_A_KIND.exec(slice.slice(Math.max(from, v - 9), v));
      const end = v - (kind ? kind[0].length : 0);
      if (end <= from || found.some((f) => f.end === end + offset)) continue;
      const places = extractRegions(slice.slice(from, end));
      if (!isWholeList(slice, from, end, places)) continue;
      for (const p of places) found.push({ asWritten: slice.slice(from + p.start, from + p.end), start: offset + from + p.start, end: offset + from + p.end, name: `${p.name}${GOVERNMENT}` });
      added = true;
    }
  }
  return added;
}
const PLACE_ACTOR_VERBS = ['要', '负责'];

/** Whether the marks' lane holds `at` (a place's name may begin there): most clauses begin with none, and are not read. */
function marked(marks: Marks, lane: number, at: number): boolean {
  const list = marks.at[lane];
  let lo = 0;
  let hi = marks.count[lane];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.count[lane] && list[lo] === at;
}
/** 等特大城市, 等城市, 等地区: the kind of place a list closes with, before its verb. */
const PLACES_OF_A_KIND = /等[^，。；、\s]{0,4}?(?:城市|地区|省份|地方|省市)$/;
const PLACE_LIST_MAX = 40;
const DIVISION_KINDS: ReadonlySet<string> = new Set(['province', 'city', 'prefecture', 'county']);

/** Whether the places are divisions that fill text[from, end) alone, one after another, joined by 、和及与. */
function isWholeList(slice: string, from: number, end: number, places: readonly { start: number; end: number; regionKind: string }[]): boolean {
  if (places.length === 0 || places[0].start !== 0 || places[places.length - 1].end !== end - from) return false;
  for (let k = 0; k < places.length; k++) {
    if (!DIVISION_KINDS.has(places[k].regionKind)) return false;
    if (k > 0 && (places[k].start !== places[k - 1].end + 1 || !LIST_JOINERS.has(slice.charAt(from + places[k - 1].end)))) return false;
  }
  return true;
}

/**
 * The bodies a document is addressed to, from its addressee line (core/parse/addressees.ts): registered bodies and
 * the governments of places (湖南省、江西省人民政府 gives both), without the classes a circular goes to (各省、自治区、直辖市
 * 人民政府, 国务院各部委).
 */
export function addresseesIn(text: string, line: { start: number; end: number }): Named[] {
  return bodiesIn(text, line.start, line.end, newMarks(line.end - line.start)).filter((b) => resolveBody(b.name ?? b.asWritten)?.type !== 'collective');
}


/** 你们, 你省, 你委…: how a reply speaks to those it answers. */
const ADDRESSING = /你(?:们|省|区|市|州|县|委|部|局|署|行|办|院|会)/g;

/**
 * Adds the bodies the document is addressed to where text[from, to) speaks to them: 你们 is each of them, 你省 (你区, 你市…)
 * each government among them, 你委 (你部, 你局…) the body whose name ends so, else the only one that is no government.
 */
function addAddressed(text: string, from: number, to: number, addressees: readonly Named[], found: Named[]): void {
  const first = text.indexOf('你', from);
  if (first < 0 || first >= to) return;
  const slice = text.slice(from, to);
  let added = false;
  for (const m of slice.matchAll(ADDRESSING)) {
    const start = from + (m.index ?? 0);
    for (const a of addressed(m[0], addressees)) found.push({ asWritten: m[0], start, end: start + m[0].length, name: a.name ?? a.asWritten });
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

function addressed(word: string, addressees: readonly Named[]): readonly Named[] {
  const kind = word.charAt(1);
  if (kind === '们') return addressees;
  const isGovernment = (a: Named): boolean => (a.name ?? a.asWritten).endsWith('政府');
  if ('省区市州县'.includes(kind)) return addressees.filter(isGovernment);
  const organs = addressees.filter((a) => !isGovernment(a));
  const named = organs.filter((a) => {
    const name = a.name ?? a.asWritten;
    return name.endsWith(kind) || (kind === '委' && name.endsWith('委员会')) || (kind === '办' && name.endsWith('办公室'));
  });
  return named.length > 0 ? named : organs.length === 1 ? organs : [];
}

/**
 * Adds the governments of the places listed before a place's government, which they share (湖南省、江西省人民政府:
 * the people's governments of both; 北京市、天津市和河北省人民政府: of all three): each place, written bare, is named
 * with the government's word. Only places before a place's government, and only while each is joined to the next.
 */
function addSharedGovernments(slice: string, offset: number, found: Named[]): boolean {
  let added = false;
  for (const g of [...found]) {
    let at = g.start - offset;
    // most governments have no list before them: that is asked first, as reading the place's name costs more
    let joiner = joinerEndingAt(slice, at);
    if (!g.asWritten.endsWith(GOVERNMENT) || joiner === undefined) continue;
    const own = extractRegions(g.asWritten.slice(0, -GOVERNMENT.length));
    if (own.length !== 1 || own[0].start !== 0 || own[0].end !== g.asWritten.length - GOVERNMENT.length || own[0].regionKind === 'area') continue;
    for (; joiner !== undefined; joiner = joinerEndingAt(slice, at)) {
      const end = at - joiner.length;
      const start = placeEndingAt(slice, end);
      if (start < 0) break;
      const written = slice.slice(start, end);
      found.push({ asWritten: written, start: start + offset, end: end + offset, name: `${written}${GOVERNMENT}` });
      added = true;
      at = start;
    }
  }
  return added;
}
/** What joins the places of a list that shares one government. */
const SHARED_JOINERS = ['、', '和', '及'];
const joinerEndingAt = (slice: string, at: number): string | undefined => SHARED_JOINERS.find((j) => slice.startsWith(j, at - j.length));

/** Where the clause holding slice[end - 1] starts, looking back at most `max` characters (then where the look stopped). */
function clauseStartWithin(slice: string, end: number, max: number): number {
  let from = end;
  while (from > 0 && end - from < max && !isClauseEnd(slice.charCodeAt(from - 1))) from--;
  return from;
}

/**
 * Where the place that ends right at slice[end] begins (-1: none), read by the region finder from the few characters
 * of its clause before it (宁波市, 延边朝鲜族自治州): a division or a country, not an area.
 */
function placeEndingAt(slice: string, end: number): number {
  const from = clauseStartWithin(slice, end, PLACE_MAX);
  const place = extractRegions(slice.slice(from, end)).find((r) => r.regionKind !== 'area' && r.end === end - from);
  return place ? from + place.start : -1;
}

/**
 * Adds each level's competent department (国务院交通运输主管部门, 国务院财政部门) the slice names, the longest phrase ending
 * at its 部门, in place of the bodies found inside it (国务院 of 国务院交通运输主管部门 is no actor there); a list of fields
 * sharing the level and head (国务院水行政、生态环境等主管部门) adds one department for each. Whether any was added.
 */
function addCompetentDepartments(slice: string, offset: number, found: Named[]): boolean {
  let added = false;
  for (let at = slice.indexOf(DEPARTMENT_WORD); at >= 0; at = slice.indexOf(DEPARTMENT_WORD, at + DEPARTMENT_WORD.length)) {
    const end = at + DEPARTMENT_WORD.length;
    const from = clauseStartWithin(slice, at, COMPETENT_MAX - DEPARTMENT_WORD.length);
    // every level is 国务院 or a government: most 部门 of a text (有关部门, 各部门) have neither before them
    const window = slice.slice(from, at);
    if (!window.includes('国务院') && !window.includes('政府')) continue;
    // the longest phrase first: 县级以上地方人民政府交通运输主管部门, not 地方人民政府交通运输主管部门
    for (let s = from; s < at; s++) {
      const phrase = slice.slice(s, end);
      const one = competentDepartment(phrase);
      const list = one ? undefined : competentDepartmentList(phrase);
      if (!one && !list) continue;
      const start = s + offset;
      for (let k = found.length - 1; k >= 0; k--) if (found[k].start < end + offset && start < found[k].end) found.splice(k, 1);
      if (one) found.push({ asWritten: phrase, start, end: end + offset });
      else for (const d of list!.departments) found.push({ asWritten: d.written, start: start + d.start, end: start + d.end, name: d.name });
      added = true;
      break;
    }
  }
  return added;
}

/** The sentence of text[from, to) that holds position `at`, without the spaces around it. */
export function sentenceAround(text: string, from: number, to: number, at: number): [number, number] {
  let s = at;
  while (s > from && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < to && !isSentenceEnd(text.charCodeAt(e))) e++;
  if (e < to && text.charCodeAt(e) !== 0x0a) e++; // the sentence keeps its 。
  while (s < e && text.charCodeAt(s) <= 0x20) s++;
  return [s, e];
}

/** The bodies of a sentence grouped into lists. */
function groupsOf(text: string, named: Named[]): Group[] {
  const groups: Group[] = [];
  for (const n of named) {
    const last = groups[groups.length - 1];
    // joiners are one or two characters: the text between two names far apart is not cut out to be compared
    // bodies read at one place (你们: each body the document is addressed to) are one list too
    if (last && ((n.start - last.end <= 2 && LIST_JOINERS.has(text.slice(last.end, n.start))) || n.start === last.members[last.members.length - 1].start)) {
      last.members.push(n);
      last.end = n.end;
    } else {
      groups.push({ members: [n], start: n.start, end: n.end });
    }
  }
  for (const g of groups) withUnregisteredOrgans(text, g);
  return groups;
}

/**
 * A national organ the registry does not know, listed beside registered ones (国家工商局、国家标准计量局依法加强监督检查):
 * a member of the list by its form — a national prefix and an organ's ending — where the registry's names alone left
 * the list cut at it. Annotations keep such bodies the same way (unregistered, named as written).
 */
function withUnregisteredOrgans(text: string, g: Group): void {
  // most groups have no joiner on either side: nothing is sliced or matched for them
  while (JOINER_STARTS.has(text.charCodeAt(g.end))) {
    const m = ORGAN_AFTER.exec(text.slice(g.end, g.end + ORGAN_REACH));
    if (!m) break;
    const start = g.end + m[1].length;
    g.members.push({ asWritten: m[2], start, end: start + m[2].length });
    g.end = start + m[2].length;
  }
  while (g.start > 0 && JOINER_ENDS.has(text.charCodeAt(g.start - 1))) {
    const from = Math.max(0, g.start - ORGAN_REACH);
    const m = ORGAN_BEFORE.exec(text.slice(from, g.start));
    if (!m) break;
    // the match may hold the character before the name (a clause break): the name is its first group
    const start = from + m.index + m[0].indexOf(m[1]);
    g.members.unshift({ asWritten: m[1], start, end: start + m[1].length });
    g.start = start;
  }
}
/** A national organ's name by its form: 国家/国务院/中国/全国, a few characters, an organ's ending (局, 总局, 委员会 …). */
const ORGAN_NAME = '(?:国家|国务院|中国|全国)(?:(?![的和及与等在])[\u4e00-\u9fff]){1,10}?(?:总局|委员会|办公室|总会|总署|部|委|局|署|办)';
/** The joiners of a list (LIST_JOINERS), longest first, as a pattern's alternatives. */
const JOINERS = [...LIST_JOINERS].sort((a, b) => b.length - a.length).join('|');
const ORGAN_AFTER = new RegExp(`^(${JOINERS})(${ORGAN_NAME})(?=${JOINERS}|等|[^\u4e00-\u9fff]|负责|牵头|会同|要|应|依法|按照|根据|分别|共同|在|对)`);
const ORGAN_BEFORE = new RegExp(`(?:^|[，。；：、\s由请])(${ORGAN_NAME})(?:${JOINERS})$`);
const ORGAN_AT = new RegExp(`^${ORGAN_NAME}`);
const ORGAN_REACH = 16;
/** The first and last characters of the joiners (LIST_JOINERS). */
const JOINER_STARTS = new Set([...LIST_JOINERS].map((j) => j.charCodeAt(0)));
const JOINER_ENDS = new Set([...LIST_JOINERS].map((j) => j.charCodeAt(j.length - 1)));

const isColon = (c: number): boolean => c === 0xff1a || c === 0x3a; // ：:

/** How far back before a group its clause is read, and what stands for the rest of a longer clause. */
const BEFORE_REACH = 8;
const LONGER = '…';

/** Start of the clause that holds position `at` (not before `from`). */
function clauseStart(text: string, from: number, at: number): number {
  let s = at;
  while (s > from && !isClauseEnd(text.charCodeAt(s - 1))) s--;
  return s;
}

/** What a clause makes of a group of bodies: the roles it gives (the group's, and its partners' after 会同). */
interface Duty { roles: Array<[Named[], Role]>; partner: Group | undefined; andOthers: boolean; relevant: boolean }

/** The duty the clause of groups[g] gives it, or undefined when the group is not its actor. */
function dutyOf(text: string, from: number, to: number, groups: Group[], g: number): Duty | undefined {
  const group = groups[g];
  // what stands before the group in its clause: only its last few characters can make the group an actor (由, 请, 并,
  // 牵头、), so a long clause is read no further back than that, and marked as longer than any lead
  const floor = Math.max(from, group.start - BEFORE_REACH);
  const cs = clauseStart(text, floor, group.start);
  const whole = cs > floor || floor === from || isClauseEnd(text.charCodeAt(floor - 1));
  const before = (whole ? '' : LONGER) + text.slice(cs, group.start).trim();
  const agent = before.endsWith('由');
  // 请X…, and 国务院授权X… / 委托X…: a body asked or empowered to act by another
  const asked = (before.endsWith('请') && SUBJECT_LEAD.test(before.slice(0, -1))) || AUTHORISED.test(before);
  // 国家林业和草原局（国家公园管理局）会同…, 国务院国有资产监督管理委员会（以下简称国资委）要…: the body's other name or
  // short form, in brackets between it and its verb
  const end = group.end + asideAfter(text, group, to);
  // 国家发展改革委：负责统筹协调 — a body set as the heading of its own duties, at the start of its clause
  const headed = !agent && !asked && before === '' && isColon(text.charCodeAt(end)) ? 1 : 0;
  const after = text.slice(end + headed, Math.min(to, end + headed + 24));
  const verb = SUBJECT_VERB.exec(after);
  // 由商务部牵头、海关总署等部门参加的联席会议: the bodies that take part, after the lead in the same clause
  const afterLead = !agent && !asked && LEAD_BEFORE.test(before) && verb !== null && TAKING_PART.has(verb[1]);
  const located = LOCATED_LEAD.test(before) && isGovernment(group);
  // 领导小组办公室设在国家卫生健康委，承担领导小组日常工作: the body that houses the office does its work
  // 国务院将成立…领导小组，负责…; 组建中国铁路总公司，承担铁道部的企业职责: the body set up does the work given it next
  // (组建国家铁路局，由交通运输部管理，承担…: the body that manages it named between)
  const housed = HOSTS_OFFICE.test(before);
  const setUp = SET_UP.test(before);
  if ((housed || setUp) && (OFFICE_WORK.test(text.slice(end, Math.min(to, end + 6))) || (setUp && MANAGED_THEN_WORK.test(text.slice(end, Math.min(to, end + 30)))))) {
    return { roles: [[group.members, 'responsible']], partner: undefined, andOthers: false, relevant: false };
  }
  if (!agent && !asked && !afterLead && !located && !SUBJECT_LEAD.test(before)) return undefined;
  // 由商务部、广西壮族自治区人民政府和东盟各国政府经贸主管部门共同主办: agents the registry cannot name end the list
  const coAgents = agent ? CO_AGENTS.exec(after) : null;
  const agentAfter = coAgents ? after.slice(coAgents[0].length) : after;
  if (agent && !AGENT_VERB.test(agentAfter.replace(AGENT_CIRCUMSTANCE, '')) && !RELEVANT_AFTER.test(after)) return undefined;
  // 国家卫生健康委同国家中医药局制定…, 教育部联合人力资源社会保障部开展…, (由)应急部商国家林草局组织实施: the partners
  // right after 同 / 联合 / 商, as after 会同
  const partnered = !asked && !verb && (!agent || after.startsWith('商')) ? WITH_PARTNER.exec(after) : null;
  const partnerAt = partnered ? end + headed + partnered[0].length : -1;
  if (partnered && (groups[g + 1]?.start === partnerAt || UNNAMED_AFTER.test(text.slice(partnerAt, Math.min(to, partnerAt + 10))))) {
    const duty: Duty = { roles: [[group.members, 'lead']], partner: undefined, andOthers: false, relevant: false };
    withPartners(text, to, groups[g + 1], partnerAt, duty);
    return duty;
  }
  if (!agent && !asked && !verb) return undefined;
  const duty: Duty = { roles: [], partner: undefined, andOthers: false, relevant: false };
  if (RELEVANT_AFTER.test(after)) { duty.andOthers = true; duty.relevant = true; } else if (OTHERS_AFTER.test(after) || coAgents) duty.andOthers = true;
  const word = verb?.[1];
  // where what the verb governs begins (the verb read after the group and its colon)
  const verbEnd = end + headed + (verb?.[0].length ?? 0);
  if (word === '会同') {
    duty.roles.push([group.members, 'lead']);
    withPartners(text, to, groups[g + 1], verbEnd, duty);
  } else if (word === '牵头' || word === '负责牵头' || word?.startsWith('为牵头')) {
    duty.roles.push([group.members, 'lead']);
    // X牵头，会同Y…: Y shares the lead as after X会同
    const joined = LEAD_THEN_WITH.exec(text.slice(verbEnd, Math.min(to, verbEnd + 4)));
    if (joined) withPartners(text, to, groups[g + 1], verbEnd + joined[0].length, duty);
  } else if (word === '承办') {
    // the organiser carries out what the host decides
    duty.roles.push([group.members, 'implement']);
  } else if (word === '配合' || word === '参与' || word === '协助' || word === '参加' || word === '协办') {
    // taking part, as （参与单位：…）/（A牵头，B配合） say in an annotation: not sharing the lead as 会同's partners do
    duty.roles.push([group.members, 'participate']);
  } else if (word === '负责' && IMPLEMENTS.test(text.slice(verbEnd, Math.min(to, end + headed + 24)))) {
    // 各省级人民政府负责落实。: carrying it out, as （各省级人民政府负责落实） says in an annotation
    duty.roles.push([group.members, 'implement']);
  } else {
    duty.roles.push([group.members, 'responsible']);
  }
  return duty;
}

/**
 * The length of a bracketed aside right after a body that names it again: its other name (国家林业和草原局（国家公园
 * 管理局）) or the short form the document gives it (（以下简称国资委）); 0 when there is none.
 */
function asideAfter(text: string, body: Group, to: number): number {
  const at = body.end;
  if (!isOpenParenCode(text.charCodeAt(at))) return 0;
  const m = ASIDE.exec(text.slice(at, Math.min(to, at + 20)));
  if (!m) return 0;
  if (shortFormAt(text, at) !== undefined) return m[0].length;
  const last = body.members[body.members.length - 1];
  return sameBody(last.name ?? last.asWritten, m[1]) ? m[0].length : 0;
}

/** Whether two names are the same registered body (国家林业和草原局 and 国家公园管理局, one body with two names). */
function sameBody(a: string, b: string): boolean {
  const ra = resolveBody(a);
  return ra !== undefined && ra.id === resolveBody(b)?.id;
}
const ASIDE = /^[（(]([^（）()，。；、]{2,16})[）)]/;

/** The bodies without those that only name the body before them again, in brackets right after it (asideAfter). */
function withoutAsides(text: string, named: Named[]): Named[] {
  const isAside = (b: Named, k: number): boolean => k > 0 && named[k - 1].end === b.start - 1 && isOpenParenCode(text.charCodeAt(b.start - 1)) &&
    isCloseParenCode(text.charCodeAt(b.end)) && sameBody(named[k - 1].name ?? named[k - 1].asWritten, b.name ?? b.asWritten);
  // read for every item: the list is copied only where it holds an aside
  return named.some(isAside) ? named.filter((b, k) => !isAside(b, k)) : named;
}

/**
 * 同, 联合 and 商 (in consultation with) right before the bodies a subject works with: the partners must follow at once
 * (同时, 同意, 商务部 name none).
 */
const WITH_PARTNER = /^(?:要|将)?(?:同|联合|商)/;

/** An office set up in the body that follows (办公室设在, 秘书处设在): see OFFICE_WORK. */
const HOSTS_OFFICE = /(?:办公室|秘书处|办事机构)设在$/;
/** …，承担联席会议日常工作 / ，负责…: the office's work, which the body housing it does; an office merely placed is not. */
const OFFICE_WORK = /^[，,](?:具体)?(?:承担|负责)/;
/** A body being set up, right before it (SET_UP_WORDS). */
const SET_UP = new RegExp(`(?:${SET_UP_WORDS.join('|')})$`);
/** …，由交通运输部管理，承担…: the work given a body set up, after the body that will manage it. */
const MANAGED_THEN_WORK = /^[，,]由[^，。；]{2,20}?管理[，,](?:具体)?(?:承担|负责)/;

/** 负责落实, 负责组织落实, 负责贯彻落实 that close their clause: the body carries the work out (落实资金 is another verb). */
const IMPLEMENTS = /^(?:组织|贯彻|抓好|具体)?落实(?:到位|工作)?(?=$|[，。；,;！？\n])/;

/** A lead's 牵头 and a 、 right before a group (由A牵头、B参加): B is no subject of its own, but takes part. */
const LEAD_BEFORE = /牵头、$/;
const TAKING_PART: ReadonlySet<string> = new Set(['参加', '参与', '配合', '协助']);

/** X牵头，会同: the partners' 会同 after a lead's 牵头 and a comma. */
const LEAD_THEN_WITH = /^[，,]\s*会同/;

/**
 * The partners of a 会同 at `at` whose subject the text does not name (a body's list of duties, core/parse/duty-lists.ts:
 * …，会同国家网信办、工业和信息化部推进…), read as a named subject's are: their bodies, and whether the list ends in others.
 */
export function partnersAfter(text: string, at: number, to: number): { bodies: Named[]; andOthers: boolean; relevant: boolean } {
  const duty: Duty = { roles: [], partner: undefined, andOthers: false, relevant: false };
  withPartners(text, to, groupsOf(text, bodiesIn(text, at, to, newMarks(to - at)))[0], at, duty);
  return { bodies: duty.roles.flatMap(([members]) => members), andOthers: duty.andOthers, relevant: duty.relevant };
}

/** The partners of a lead's 会同 standing at `partnerAt`: the group there (joint), unnamed departments, or an organ by its form. */
function withPartners(text: string, to: number, next: Group | undefined, partnerAt: number, duty: Duty): void {
  if (next && next.start === partnerAt) {
    duty.roles.push([next.members, 'joint']);
    duty.partner = next;
    const rest = text.slice(next.end, Math.min(to, next.end + 12));
    if (RELEVANT_AFTER.test(rest)) { duty.andOthers = true; duty.relevant = true; } else if (OTHERS_AFTER.test(rest)) duty.andOthers = true;
  } else if (UNNAMED_AFTER.test(text.slice(partnerAt, Math.min(to, partnerAt + 10)))) {
    duty.andOthers = true;
    duty.relevant = true;
  } else {
    // a national organ the registry does not know (会同国家标准计量局组织实施)
    const organ = ORGAN_AT.exec(text.slice(partnerAt, Math.min(to, partnerAt + ORGAN_REACH)));
    if (organ) {
      duty.roles.push([[{ asWritten: organ[0], start: partnerAt, end: partnerAt + organ[0].length }], 'joint']);
      duty.andOthers = OTHERS_AFTER.test(text.slice(partnerAt + organ[0].length, partnerAt + organ[0].length + 1));
    }
  }
}
