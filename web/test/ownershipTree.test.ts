import { describe, expect, it } from 'vitest';
import { buildOwnershipForest, defaultEntity, flattenForest, type EntityLike } from '../src/pages/family/ownershipTree.ts';

const entity = (id: string, name: string, owns: [string, number][], ownedBy: string[]): EntityLike => ({
  id,
  name,
  kind: 'PERSON',
  owns: owns.map(([owned, percentage]) => ({ owned: { id: owned }, percentage })),
  ownedBy: ownedBy.map((owner) => ({ owner: { id: owner } })),
});

// The demo's shape: a trust owns 60% of a company, two people 20% each; the company owns 50% of a fund.
const world = [
  entity('1', 'Morgan Family Trust', [['2', 60]], []),
  entity('2', 'Morgan Holdings LLC', [['5', 50]], ['1', '3', '4']),
  entity('3', 'Alex Morgan', [['2', 20]], []),
  entity('4', 'Sam Morgan', [['2', 20]], []),
  entity('5', 'Fund', [], ['2']),
];

describe('buildOwnershipForest', () => {
  it('roots the entities nobody owns (by name) and hangs each stake under its owner', () => {
    const forest = buildOwnershipForest(world);
    expect(forest.map((n) => n.entity.name)).toEqual(['Alex Morgan', 'Morgan Family Trust', 'Sam Morgan']);
    const trust = forest[1]!;
    expect(trust.children.map((c) => [c.entity.name, c.percentage, c.depth])).toEqual([['Morgan Holdings LLC', 60, 1]]);
    const fund = trust.children[0]!.children[0]!;
    expect(fund.entity.name).toBe('Fund');
    expect(fund.effectiveShare).toBeCloseTo(0.3, 12);
    expect(forest[0]!.children[0]!.children[0]!.effectiveShare).toBeCloseTo(0.1, 12);
  });

  it('flattens depth-first for the tree list; an entity with three owners appears under each', () => {
    const rows = flattenForest(buildOwnershipForest(world));
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.entity.name}`)).toEqual([
      'Alex Morgan',
      '  Morgan Holdings LLC',
      '    Fund',
      'Morgan Family Trust',
      '  Morgan Holdings LLC',
      '    Fund',
      'Sam Morgan',
      '  Morgan Holdings LLC',
      '    Fund',
    ]);
  });

  it('opens on the largest top-level tree, a trust before a person on a tie', () => {
    const withKinds = world.map((e) => ({ ...e, kind: e.id === '1' ? 'TRUST' : e.id === '2' ? 'COMPANY' : 'PERSON' }));
    expect(defaultEntity(buildOwnershipForest(withKinds))?.name).toBe('Morgan Family Trust');
    const bigger = [...withKinds.filter((e) => e.id !== '3'), entity('3', 'Alex Morgan', [['2', 20], ['9', 100]], []), entity('9', 'Alex Co', [], ['3'])];
    expect(defaultEntity(buildOwnershipForest(bigger))?.name).toBe('Alex Morgan');
    expect(defaultEntity([])).toBeUndefined();
  });

  it('cuts a cycle instead of recursing forever and ignores stakes in unknown entities', () => {
    const cyclic = [entity('a', 'A', [['b', 50], ['zz', 10]], []), entity('b', 'B', [['a', 50]], ['a'])];
    const rows = flattenForest(buildOwnershipForest(cyclic));
    expect(rows.map((r) => r.entity.id)).toEqual(['a', 'b']);
  });
});
