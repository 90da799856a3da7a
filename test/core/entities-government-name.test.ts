import { describe, expect, it } from 'vitest';
import { localGovernmentEn } from '../../core/entities/government-name';
import { buildGraph } from '../../core/graph';
import { parseDocument } from '../../core/parse/document';

describe('English names of the governments of cities and counties', () => {
  it('by the kind of division, as the governments write them', () => {
    expect(localGovernmentEn('洛阳市人民政府')).toBe("Luoyang Municipal People's Government");
    expect(localGovernmentEn('龙泉市人民政府')).toBe("Longquan Municipal People's Government"); // a county-level city
    expect(localGovernmentEn('安吉县人民政府')).toBe("Anji County People's Government");
    expect(localGovernmentEn('吴兴区人民政府')).toBe("Wuxing District People's Government");
    expect(localGovernmentEn('延边朝鲜族自治州人民政府')).toBe("People's Government of Yanbian Korean Autonomous Prefecture");
    expect(localGovernmentEn('喀什市人民政府')).toBe("Kashgar Municipal People's Government");
  });

  it('a name several divisions share only where the places before it settle it; no English for what is no division', () => {
    expect(localGovernmentEn('朝阳区人民政府')).toBeUndefined();
    expect(localGovernmentEn('北京市朝阳区人民政府')).toBe("Chaoyang District People's Government");
    expect(localGovernmentEn('吉林省长春市朝阳区人民政府')).toBe("Chaoyang District People's Government");
    expect(localGovernmentEn('有关市人民政府')).toBeUndefined();
    expect(localGovernmentEn('洛阳市发展改革委')).toBeUndefined();
    // a province's government is the registry's
    expect(localGovernmentEn('浙江省人民政府')).toBeUndefined();
  });

  it('is the English label of the government\'s node', () => {
    const doc = parseDocument('国务院关于某市规划的批复\n河南省人民政府：\n一、实施\n洛阳市人民政府是《规划》实施的责任主体。\n\n国务院\n2025年5月9日', 'a.txt');
    const graph = buildGraph([doc]);
    const node = graph.findNode((_n, a) => a.label === '洛阳市人民政府');
    expect(node && graph.getNodeAttribute(node, 'labelEn')).toBe("Luoyang Municipal People's Government");
  });
});
