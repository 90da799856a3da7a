// A small, strict XML reader: enough for the GraphML we write and for GraphML from other tools
// (comments, CDATA, processing instructions, a DOCTYPE without internal entities, namespace
// prefixes). It exists so that core can import GraphML anywhere without a DOM.

export interface XmlElement {
  /** local name, namespace prefix removed */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** concatenated character data directly inside this element */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class XmlError extends Error {}

function decodeEntities(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`Unterminated entity reference near offset ${at}`);
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new XmlError(`Unknown entity &${name}; near offset ${at}`);
    return value;
  });
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** Attribute values: entities decoded, literal whitespace normalised to spaces as XML requires. */
function parseAttributes(source: string, at: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let consumed = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (source.slice(consumed, m.index).trim() !== '') throw new XmlError(`Malformed attributes near offset ${at}`);
    const raw = (m[2] ?? m[3]).replace(/[\t\n\r]/g, ' ');
    if (raw.includes('<')) throw new XmlError(`'<' in attribute value near offset ${at}`);
    attrs[m[1]] = decodeEntities(raw, at);
    consumed = re.lastIndex;
  }
  if (source.slice(consumed).trim() !== '') throw new XmlError(`Malformed attributes near offset ${at}`);
  return attrs;
}

export function parseXml(input: string): XmlElement {
  const text = input.replace(/\r\n?/g, '\n');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const addText = (chunk: string) => {
    if (stack.length) stack[stack.length - 1].text += chunk;
    else if (chunk.trim() !== '') throw new XmlError('Text outside the root element');
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      addText(decodeEntities(text.slice(i), i));
      break;
    }
    if (lt > i) addText(decodeEntities(text.slice(i, lt), i));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) throw new XmlError('Unterminated comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1) throw new XmlError('Unterminated CDATA section');
      addText(text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) throw new XmlError('Unterminated processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      const end = text.indexOf('>', lt);
      if (end === -1 || text.slice(lt, end).includes('[')) throw new XmlError('DOCTYPE with an internal subset is not supported');
      i = end + 1;
    } else if (text.startsWith('</', lt)) {
      const end = text.indexOf('>', lt);
      if (end === -1) throw new XmlError('Unterminated end tag');
      const name = localName(text.slice(lt + 2, end).trim());
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`Mismatched end tag </${name}> near offset ${lt}`);
      i = end + 1;
    } else {
      const end = findTagEnd(text, lt);
      const selfClosing = text[end - 1] === '/';
      const body = text.slice(lt + 1, selfClosing ? end - 1 : end);
      const m = /^([^\s/>]+)/.exec(body);
      if (!m) throw new XmlError(`Malformed start tag near offset ${lt}`);
      const el: XmlElement = { name: localName(m[1]), attrs: parseAttributes(body.slice(m[1].length), lt), children: [], text: '' };
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new XmlError('More than one root element');
      else root = el;
      if (!selfClosing) stack.push(el);
      i = end + 1;
    }
  }
  if (stack.length) throw new XmlError(`Unclosed element <${stack[stack.length - 1].name}>`);
  if (!root) throw new XmlError('No root element');
  return root;
}

/** The closing '>' of a start tag, skipping '>' inside quoted attribute values. */
function findTagEnd(text: string, from: number): number {
  let quote = '';
  for (let j = from + 1; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  throw new XmlError('Unterminated start tag');
}
