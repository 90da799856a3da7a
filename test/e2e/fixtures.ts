/** Small generated inputs for the end-to-end tests: a policy notice in the genre's grammar, and unreadable files. */

/** A State Council style notice with numbered items closed by responsibility annotations. */
export function generatedNotice(): string {
  return [
    '国务院办公厅关于加强海洋科技创新平台建设的通知',
    '国办发〔2024〕77号',
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '为加快建设海洋强国，经国务院同意，现就加强海洋科技创新平台建设有关事项通知如下：',
    '一、优化平台布局',
    '（一）建设国家海洋实验室。支持在山东省青岛市建设国家海洋实验室，推动深海探测装置建设。（科技部、自然资源部牵头负责）',
    '（二）培育海洋技术创新中心。支持广东省建设海洋技术创新中心。（广东省、工业和信息化部负责）',
    '二、强化支撑保障',
    '（三）加大财政支持。到2027年，海洋研发经费投入年均增长10%以上。（财政部、发展改革委按职责分工负责）',
    '（四）加强人才培养。支持高校设立海洋科学学科。（教育部负责）',
    '国务院办公厅',
    '2024年6月1日',
    '',
  ].join('\n');
}

/** Bytes that are clearly not a text document (a PNG header followed by binary noise). */
export function binaryBytes(): Buffer {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
  return bytes;
}
