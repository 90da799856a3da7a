/**
 * Ordering, counting and filtering of the roles an annotation gives a body (core/model.ts ROLES: 牵头 lead,
 * 共同 joint, 负责 responsible, 落实 implement, 指导 guide, 参与 participate, 成员单位 member). Every query, filter and
 * export goes through this one file, so a role added to the model is ranked, counted and filtered everywhere.
 * A role not in the list (from an older workspace) still counts; it sorts last.
 */
import { ROLES, zeroRoleCounts, type Role } from '../model';

/** Strongest first: the order in which roles are listed, ranked and summarised everywhere. */
export const ROLE_ORDER: readonly Role[] = ROLES;

export function roleRank(role: string): number {
  const i = (ROLE_ORDER as readonly string[]).indexOf(role);
  return i === -1 ? ROLE_ORDER.length : i;
}

export const compareRoles = (a: string, b: string): number => roleRank(a) - roleRank(b);

/** The stronger of two roles. */
export const strongerRole = (a: Role, b: Role): Role => (roleRank(b) < roleRank(a) ? b : a);

/** Every role of the model at zero. */
export const emptyRoleCounts = (): Record<Role, number> => zeroRoleCounts();

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
