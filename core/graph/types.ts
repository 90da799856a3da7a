import type Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../model';

/** The one graph type of the product: a directed multigraph-free graphology graph. */
export type RemitGraph = Graph<NodeAttributes, EdgeAttributes>;
