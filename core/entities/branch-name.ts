/**
 * English for a national body's local branch, from the body's English name and the place's: 人民银行福州分行 People's
 * Bank of China Fuzhou Branch, 国家金融监督管理总局北京监管局 National Financial Regulatory Administration Beijing Office,
 * 海关总署广东分署 General Administration of Customs Guangdong Sub-Administration, 审计署驻广州特派员办事处 National Audit
 * Office Guangzhou Resident Office.
 */
import { branchParts } from '../registry/mentions';
import { canonicalRegion } from './canonical';

const KIND_EN: Readonly<Record<string, string>> = {
  分会: 'Branch', 分署: 'Sub-Administration', 分局: 'Branch', 分行: 'Branch', 分院: 'Branch', 分中心: 'Sub-centre', 总部: 'Headquarters',
  监管局: 'Office', 监管办: 'Office', 税务局: 'Tax Service', 调查总队: 'Survey Office', 特派员办事处: 'Resident Office', 特派办: 'Resident Office',
  办事处: 'Office',
};

export function branchEn(name: string): string | undefined {
  const parts = branchParts(name);
  if (!parts?.record.nameEn) return undefined;
  const place = canonicalRegion(parts.place).nameEn;
  const kind = KIND_EN[parts.kind];
  // a place by its short English name, as the branches write it (Guangxi, not Guangxi Zhuang Autonomous Region)
  return place && kind ? `${parts.record.nameEn} ${place.replace(/ City$| (?:[A-Z][a-z]+ )?Autonomous Region$/, '')} ${kind}` : undefined;
}
