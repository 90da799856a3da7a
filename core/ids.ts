/** Graph node ids. Kept in one place so that merging documents maps the same entity to one node. */

export const documentId = (key: string): string => `doc:${key}`;
export const itemId = (docKey: string, path: string): string => `item:${docKey}:${path}`;
export const agencyNodeId = (agencyId: string): string => `agency:${agencyId}`;
export const platformId = (name: string): string => `platform:${name}`;
export const regionId = (regionKey: string): string => `region:${regionKey}`;
export const targetId = (docKey: string, path: string, index: number): string => `target:${docKey}:${path}#${index}`;
