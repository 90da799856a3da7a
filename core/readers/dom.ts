/**
 * The few shapes of htmlparser2's tree (domhandler nodes) the readers walk, typed structurally so that core/ needs
 * no import of the parser until a web page or Word file is actually opened.
 */

export interface DomNode {
  type: string;
  parent: DomNode | null;
}
export interface DomText extends DomNode { type: 'text'; data: string }
export interface DomElement extends DomNode {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}
export interface DomDocument extends DomNode { type: 'root'; children: DomNode[] }

export const isElement = (n: DomNode): n is DomElement => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const isText = (n: DomNode): n is DomText => n.type === 'text';

/** Parses markup (HTML, or XML with `xml`), loading the parser on first use. */
export async function parseMarkup(source: string, xml = false): Promise<DomDocument> {
  const { parseDocument } = await import('htmlparser2');
  return parseDocument(source, xml ? { xmlMode: true, decodeEntities: true } : { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as DomDocument;
}

/** Depth-first walk over elements, without recursion (deep markup must not overflow the stack). */
export function* elements(root: DomNode & { children: DomNode[] }): Generator<DomElement> {
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

export function childElements(node: { children: DomNode[] }, name?: string): DomElement[] {
  const out: DomElement[] = [];
  for (const c of node.children) if (isElement(c) && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(node: { children: DomNode[] }, name: string): DomElement | undefined {
  for (const c of node.children) if (isElement(c) && c.name === name) return c;
  return undefined;
}

/** All text under a node, as it stands in the source. */
export function textOf(node: DomNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) && node.type !== 'root') return '';
  let s = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as DomNode;
    if (isText(n)) s += n.data;
    else if (isElement(n) || n.type === 'root') {
      const kids = (n as DomElement).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return s;
}
