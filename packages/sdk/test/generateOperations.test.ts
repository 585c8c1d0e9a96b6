import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { buildApiSchema, generateOperations, renderIndex } from '../scripts/generateOperations.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Owner { id: ID! name: String! portfolios: [Portfolio!]! }
  type Report { var: Float! }
  type Portfolio { id: ID! name: String! owner: Owner! report(confidence: Float = 0.99): Report! secret: String @inaccessible }
  type PortfolioEdge { cursor: String! node: Portfolio! }
  type PortfolioConnection { edges: [PortfolioEdge!]! pageInfo: PageInfo! totalCount: Int! }
  enum Side { BUY SELL }
  input TradeInput { symbol: String! side: Side! }
  type Query {
    portfolios(first: Int = 50, after: String): PortfolioConnection!
    portfolio(id: ID!): Portfolio
    count(limit: Int! = 10): Int!
  }
  type Mutation { recordTrades(portfolioId: ID!, trades: [TradeInput!]!): [Portfolio!]! }
  type Subscription { portfolio(id: ID!): Portfolio! }
  directive @inaccessible on FIELD_DEFINITION
`);

describe('generateOperations', () => {
  const operations = generateOperations(schema);
  const byName = new Map(operations.map((o) => [o.name, o]));

  it('writes one operation per root field, every argument a variable, defaults optional', () => {
    expect(operations.map((o) => `${o.kind} ${o.name}`)).toEqual([
      'query Portfolios',
      'query Portfolio',
      'query Count',
      'mutation RecordTrades',
      'subscription OnPortfolio',
    ]);
    expect(byName.get('Count')!.source).toContain('query Count($limit: Int) {\n  count(limit: $limit)\n}');
    expect(byName.get('RecordTrades')!.source).toContain('mutation RecordTrades($portfolioId: ID!, $trades: [TradeInput!]!)');
  });

  it('selects scalars, one nested object level, and walks connections; skips fields with arguments, cycles and @inaccessible', () => {
    const portfolios = byName.get('Portfolios')!.source.replace(/\s+/g, ' ');
    expect(portfolios).toContain('portfolios(first: $first, after: $after) { edges { cursor node { id name owner { id name } } } pageInfo { hasNextPage endCursor } totalCount }');
    const portfolio = byName.get('Portfolio')!.source;
    expect(portfolio).not.toContain('report');
    expect(portfolio).not.toContain('secret');
    expect(portfolio).not.toContain('portfolios');
  });

  it('produces documents that validate against the schema', () => {
    for (const operation of operations) expect(validate(schema, parse(operation.source))).toEqual([]);
  });

  it('maps each field to its typed document, with the field description as doc comment', () => {
    const index = renderIndex(operations);
    expect(index).toContain('export const queries = {\n  portfolios: documents.PortfoliosDocument,');
    expect(index).toContain('export const subscriptions = {\n  portfolio: documents.OnPortfolioDocument,');
  });

  it('covers every root field of the composed supergraph, and the committed operations are current', async () => {
    const supergraph = buildApiSchema(await readFile(path.join(root, 'gateway/supergraph.graphql'), 'utf8'));
    const generated = generateOperations(supergraph);
    for (const [kind, type] of [
      ['query', supergraph.getQueryType()],
      ['mutation', supergraph.getMutationType()],
      ['subscription', supergraph.getSubscriptionType()],
    ] as const) {
      expect(generated.filter((o) => o.kind === kind).map((o) => o.field)).toEqual(Object.keys(type!.getFields()));
    }
    for (const operation of generated) {
      expect(validate(supergraph, parse(operation.source)), operation.name).toEqual([]);
      const committed = await readFile(path.join(root, 'packages/sdk/src/operations/generated', operation.kind, `${operation.field}.graphql`), 'utf8');
      expect(committed, `${operation.kind} ${operation.field}: run npm run codegen`).toContain(operation.source);
    }
    expect(await readFile(path.join(root, 'packages/sdk/src/operations/generated/operations.ts'), 'utf8')).toBe(renderIndex(generated));
  });
});
