/**
 * The roles an annotation gives a body, as a list rather than a fixed union: the extractor learns new roles
 * (指导 guide, 参与 participate, 落实 implement, 成员单位 member…) over time, and every query, filter and export
 * orders, counts and filters them through this one list. A role not in the list still counts; it sorts last.
 */
import type { Role } from '../model';

/** Strongest first: the order in which roles are listed, ranked and summarised everywhere. */
export const ROLE_ORDER = ['lead', 'joint', 'responsible', 'guide', 'participate', 'implement', 'member'] as readonly string[] as readonly Role[];

/** The roles every count reports, even at zero (others appear once counted). */
const ALWAYS_COUNTED = ['lead', 'joint', 'responsible'] as readonly string[] as readonly Role[];

export function roleRank(role: string): number {
  const i = (ROLE_ORDER as readonly string[]).indexOf(role);
  return i === -1 ? ROLE_ORDER.length : i;
}

export const compareRoles = (a: string, b: string): number => roleRank(a) - roleRank(b);

/** The stronger of two roles. */
export const strongerRole = (a: Role, b: Role): Role => (roleRank(b) < roleRank(a) ? b : a);

export function emptyRoleCounts(): Record<Role, number> {
  const out = {} as Record<Role, number>;
  for (const r of ALWAYS_COUNTED) out[r] = 0;
  return out;
}

export function countRole(counts: Record<Role, number>, role: Role): void {
  counts[role] = (counts[role] ?? 0) + 1;
}

/** Roles present in counts, in ROLE_ORDER (unknown roles last). */
export function rolesIn(counts: Record<Role, number>): Role[] {
  return (Object.keys(counts) as Role[]).filter((r) => counts[r] > 0).sort(compareRoles);
}

/** A role filter: undefined or empty means every role. */
export type RoleFilter = ReadonlySet<string> | readonly string[] | undefined;

export function roleTest(filter: RoleFilter): (role: string) => boolean {
  if (!filter) return () => true;
  const set = filter instanceof Set ? (filter as ReadonlySet<string>) : new Set(filter as readonly string[]);
  if (set.size === 0) return () => true;
  return (role) => set.has(role);
}
