import { decode } from '../core/decode';
import { parseDocument } from '../core/parse/document';
import { buildGraph } from '../core/graph';
import { distinctCorpus, loadSources } from './corpus';
const corpus = distinctCorpus(loadSources(), 1000);
const docs = corpus.map((d) => { const x = decode(d.bytes); return parseDocument(x.text, d.name, x.encoding); });
const t0 = performance.now();
for (let i = 0; i < 8; i++) buildGraph(docs);
console.log('build ms/run', (performance.now() - t0) / 8);
