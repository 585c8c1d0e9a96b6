import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSupergraphApiSchema } from './support/apiSchema.ts';
import { MAX_OPERATION_COST, operationCost } from '../src/operationCost.ts';
import { RateLimiter } from '../src/rateLimit.ts';

const schema = buildSupergraphApiSchema(readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), undefined, variables);

describe('operationCost', () => {
  it('lets a chart of 10,000 bars and a page of portfolios with risk reports through', () => {
    expect(cost('{ bars(symbol: "SPY", interval: M1, limit: 10000) { ts open high low close volume } }')).toBeLessThan(MAX_OPERATION_COST);
    expect(cost('{ portfolios(first: 10) { edges { node { name positions { quantity instrument { symbol lastPrice } } riskReport(method: HISTORICAL) { var es } } } } }')).toBeLessThan(MAX_OPERATION_COST);
  });

  it('weighs expensive arguments: 30 Monte Carlo reports of a million paths and 50 instruments × 10,000 minute bars are refused', () => {
    const reports = Array.from({ length: 30 }, (_, i) => `r${i}: riskReport(method: MONTE_CARLO, paths: 1000000, lookbackDays: 2520, horizonDays: 250) { var }`).join(' ');
    expect(cost(`{ portfolio(id: "1") { ${reports} } }`)).toBeGreaterThan(MAX_OPERATION_COST);
    const bars = Array.from({ length: 7 }, (_, i) => `i${i}: instruments(first: 50) { edges { node { bars(interval: M1, limit: 10000) { ts open high low close volume } } } }`).join(' ');
    expect(cost(`{ ${bars} }`)).toBeGreaterThan(MAX_OPERATION_COST);
  });

  it('reads sizes from variables and from the schema\'s argument defaults, through fragments', () => {
    const withVariable = cost('query($n: Int) { bars(symbol: "SPY", interval: D1, limit: $n) { close } }', { n: 5000 });
    const byDefault = cost('{ bars(symbol: "SPY", interval: D1) { close } }'); // limit defaults to 500
    expect(withVariable).toBe(1 + 5000 * 1);
    expect(byDefault).toBe(1 + 500 * 1);
    const viaFragment = cost('query { bars(symbol: "SPY", interval: D1, limit: 100) { ...B } } fragment B on Bar { open close }');
    expect(viaFragment).toBe(1 + 100 * 2);
  });
});

describe('RateLimiter', () => {
  it('allows a burst, then the sustained rate, per client', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 20, () => now);
    const taken = Array.from({ length: 25 }, () => limiter.take('a')).filter(Boolean).length;
    expect(taken).toBe(20);
    expect(limiter.take('b')).toBe(true);
    expect(limiter.retryAfter('a')).toBe(1);
    now += 500; // half a second: five more
    expect(Array.from({ length: 10 }, () => limiter.take('a')).filter(Boolean).length).toBe(5);
  });
});
