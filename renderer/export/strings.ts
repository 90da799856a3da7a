// The export dialog's words in both UI languages.
export interface ExportStrings {
  button: string; title: string; close: string;
  images: string; data: string; briefing: string;
  png: string; svg: string; pdf: string; scale: string; background: string; white: string; transparent: string;
  area: string; view: string; whole: string;
  dataScope: string; allData: string; filterData: string;
  graphml: string; gexf: string; json: string; nodesCsv: string; edgesCsv: string; relationsCsv: string; responsibilities: string; cypher: string;
  briefHtml: string; briefDocx: string; scope: string; selection: string; filter: string; corpus: string;
  working: string; saved: string; cancelled: string; failed: string; noGraph: string; pdfNote: string;
}

export const EXPORT_STRINGS: Record<'en' | 'zh', ExportStrings> = {
  en: {
    button: 'Export', title: 'Export', close: 'Close',
    images: 'Image', data: 'Data', briefing: 'Briefing pack',
    png: 'PNG', svg: 'SVG', pdf: 'PDF', scale: 'Scale', background: 'Background', white: 'White', transparent: 'Transparent',
    area: 'Area', view: 'Current view', whole: 'Whole graph',
    dataScope: 'Nodes', allData: 'Everything', filterData: 'Current filter',
    graphml: 'GraphML', gexf: 'GEXF', json: 'JSON', nodesCsv: 'Nodes CSV', edgesCsv: 'Edges CSV', relationsCsv: 'Relations CSV', responsibilities: 'Responsibilities CSV', cypher: 'Cypher (Neo4j)',
    briefHtml: 'Briefing (HTML)', briefDocx: 'Briefing (Word)', scope: 'Scope', selection: 'Current selection', filter: 'Current filter', corpus: 'Whole corpus',
    working: 'Exporting…', saved: 'Saved', cancelled: 'Cancelled', failed: 'Export failed', noGraph: 'Open documents first.',
    pdfNote: 'PDF pages hold a high-resolution image of the graph (Chinese text drawn as pixels).',
  },
  zh: {
    button: '导出', title: '导出', close: '关闭',
    images: '图片', data: '数据', briefing: '简报',
    png: 'PNG', svg: 'SVG', pdf: 'PDF', scale: '倍率', background: '背景', white: '白色', transparent: '透明',
    area: '范围', view: '当前视图', whole: '整个图',
    dataScope: '节点', allData: '全部', filterData: '当前筛选',
    graphml: 'GraphML', gexf: 'GEXF', json: 'JSON', nodesCsv: '节点 CSV', edgesCsv: '边 CSV', relationsCsv: '关系 CSV', responsibilities: '责任分工 CSV', cypher: 'Cypher (Neo4j)',
    briefHtml: '简报 (HTML)', briefDocx: '简报 (Word)', scope: '范围', selection: '当前选择', filter: '当前筛选', corpus: '全部文件',
    working: '正在导出…', saved: '已保存', cancelled: '已取消', failed: '导出失败', noGraph: '请先打开文件。',
    pdfNote: 'PDF 中的图为高分辨率图片（中文以像素绘制）。',
  },
};
