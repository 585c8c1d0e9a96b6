/**
 * The ownership forest of the family office: entities nobody owns are roots, and each stake hangs
 * the owned entity under its owner with the percentage. An entity with several owners appears under
 * each of them (a company held 60/20/20 by a trust and two people shows three times), and its
 * effective share from the root is the product of the percentages along the path. A repeated
 * entity on one path (a cycle, which the server refuses anyway) is cut, never recursed into.
 */

export interface EntityLike {
  id: string;
  name: string;
  kind: string;
  owns: readonly { percentage: number; owned: { id: string } }[];
  ownedBy: readonly { owner: { id: string } }[];
}

export interface OwnershipNode<E extends EntityLike> {
  entity: E;
  /** Stake of the parent in this entity, in percent (null for a root). */
  percentage: number | null;
  /** Product of the stakes from the root, as a fraction (1 for a root). */
  effectiveShare: number;
  /** Depth below the root (0 for a root). */
  depth: number;
  children: OwnershipNode<E>[];
}

export function buildOwnershipForest<E extends EntityLike>(entities: readonly E[]): OwnershipNode<E>[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const grow = (entity: E, percentage: number | null, share: number, depth: number, path: ReadonlySet<string>): OwnershipNode<E> => {
    const next = new Set(path).add(entity.id);
    const children = [...entity.owns]
      .filter((stake) => byId.has(stake.owned.id) && !next.has(stake.owned.id))
      .sort((a, b) => b.percentage - a.percentage)
      .map((stake) => grow(byId.get(stake.owned.id)!, stake.percentage, (share * stake.percentage) / 100, depth + 1, next));
    return { entity, percentage, effectiveShare: share, depth, children };
  };
  return entities
    .filter((e) => e.ownedBy.length === 0)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((root) => grow(root, null, 1, 0, new Set()));
}

/** The forest in display order, one row per node (a tree list with indentation by depth). */
export function flattenForest<E extends EntityLike>(forest: readonly OwnershipNode<E>[]): OwnershipNode<E>[] {
  const rows: OwnershipNode<E>[] = [];
  const visit = (node: OwnershipNode<E>) => {
    rows.push(node);
    node.children.forEach(visit);
  };
  forest.forEach(visit);
  return rows;
}

const KIND_ORDER = ['TRUST', 'FOUNDATION', 'COMPANY', 'PERSON'];
const size = <E extends EntityLike>(node: OwnershipNode<E>): number => 1 + node.children.reduce((s, c) => s + size(c), 0);

/**
 * The entity the page opens on without a deep link: the top-level entity with the largest tree,
 * a trust or foundation before a company or a person on a tie (the family office's head).
 */
export function defaultEntity<E extends EntityLike>(forest: readonly OwnershipNode<E>[]): E | undefined {
  const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);
  return [...forest].sort((a, b) => size(b) - size(a) || rank(a.entity.kind) - rank(b.entity.kind))[0]?.entity;
}
