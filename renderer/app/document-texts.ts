/**
 * Documents' texts on the page. The worker keeps them; the page's graph has document nodes with an empty `text`, and
 * a text is fetched when something needs it (evidence shown, an item's text, an export, a workspace save), then kept
 * in the node's `text` attribute, where every reader of the graph finds it. A document read again (its node's
 * attributes replaced) simply has an empty text again.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { RemitGraph } from '../../core/graph/types';
import type { WorkerClient } from '../worker/client';

export class DocumentTexts {
  private inFlight = new Map<string, Promise<void>>();

  constructor(private readonly graph: RemitGraph, private readonly worker: Pick<WorkerClient, 'texts'>) {}

  has(docId: string): boolean {
    if (!this.graph.hasNode(docId)) return true;
    const attrs = this.graph.getNodeAttributes(docId);
    return attrs.kind !== 'document' || attrs.text !== '';
  }

  /** The text if the page has it, else empty. */
  textOf(docId: string): string {
    if (!this.graph.hasNode(docId)) return '';
    const attrs = this.graph.getNodeAttributes(docId);
    return attrs.kind === 'document' ? attrs.text : '';
  }

  /** Fetches the texts of these documents (all when omitted) that the page has not got yet. */
  ensure(docIds?: readonly string[]): Promise<void> {
    const ids = (docIds ?? this.graph.filterNodes((_id, a) => a.kind === 'document')).filter((id) => !this.has(id));
    const waiting = ids.map((id) => this.inFlight.get(id)).filter((p): p is Promise<void> => p !== undefined);
    const missing = ids.filter((id) => !this.inFlight.has(id));
    if (missing.length > 0) {
      // Written only into the node asked about: if the document was read again meanwhile, its new node wants its new text.
      const asked = new Map(missing.map((id) => [id, this.graph.getNodeAttributes(id)]));
      const request = this.worker.texts(docIds ? missing : null).then((texts) => {
        for (const [id, attrs] of asked) {
          const text = texts[id];
          if (text !== undefined && this.graph.hasNode(id) && this.graph.getNodeAttributes(id) === attrs && attrs.kind === 'document') attrs.text = text;
        }
      }).finally(() => { for (const id of missing) this.inFlight.delete(id); });
      for (const id of missing) this.inFlight.set(id, request);
      waiting.push(request);
    }
    return Promise.all(waiting).then(() => undefined);
  }
}

export const DocumentTextsContext = createContext<DocumentTexts | null>(null);

/**
 * The text of a document, fetched from the worker on first use: empty until it arrives, then the component renders
 * again. Without a provider (tests, exports built in Node) the graph's own text is used as it is.
 */
export function useDocumentText(graph: RemitGraph, docId: string | undefined): string {
  const texts = useContext(DocumentTextsContext);
  const [, arrived] = useState(0);
  const missing = Boolean(docId && texts && !texts.has(docId));
  useEffect(() => {
    if (!missing || !docId || !texts) return;
    let live = true;
    void texts.ensure([docId]).then(() => { if (live) arrived((n) => n + 1); });
    return () => { live = false; };
  }, [missing, docId, texts]);
  if (!docId || !graph.hasNode(docId)) return '';
  const attrs = graph.getNodeAttributes(docId);
  return attrs.kind === 'document' ? attrs.text : '';
}
