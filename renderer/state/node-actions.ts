/** What a node's actions (focus, expand, collapse, pin) do to the view state. */
import type { NodeAction } from '../components/NodeActions';
import type { ViewState } from './view';

export function applyNodeAction(v: ViewState, action: NodeAction, id: string): ViewState {
  switch (action) {
    case 'focus1': case 'focus2': case 'focus3':
      return { ...v, focus: { node: id, depth: Number(action.slice(-1)) as 1 | 2 | 3 }, expanded: [], collapsed: [] };
    case 'expand':
      return { ...v, expanded: [...v.expanded.filter((x) => x !== id), id], collapsed: v.collapsed.filter((x) => x !== id) };
    case 'collapse':
      return { ...v, collapsed: [...v.collapsed.filter((x) => x !== id), id], expanded: v.expanded.filter((x) => x !== id) };
    case 'pin':
      return { ...v, pinned: [...v.pinned, id] };
    case 'unpin':
      return { ...v, pinned: v.pinned.filter((x) => x !== id) };
    case 'clearFocus':
      return { ...v, focus: null, expanded: [], collapsed: [] };
  }
}

/** Clears focus, expansions and collapses; the same state when there are none (no empty undo step). */
export const clearFocus = (v: ViewState): ViewState => (v.focus || v.expanded.length || v.collapsed.length ? { ...v, focus: null, expanded: [], collapsed: [] } : v);

/** A node moved by hand keeps its place in the current layout and is pinned there. */
export const moveNode = (v: ViewState, id: string, position: { x: number; y: number }): ViewState => ({
  ...v,
  positions: { ...v.positions, [v.layout]: { ...v.positions[v.layout], [id]: position } },
  pinned: v.pinned.includes(id) ? v.pinned : [...v.pinned, id],
});
