import { describe, expect, it } from 'vitest';
import { AppError, MAX_ECHO_LENGTH, notFound, parseDecimal, parseId, parseName, parseOptionalText, parseText, quoteInput, TEXT_RULES } from '../src/index.ts';

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('input checks', () => {
  it('quoteInput quotes short values and cuts long ones to 80 characters with an ellipsis', () => {
    expect(quoteInput('SPY')).toBe('"SPY"');
    expect(quoteInput(42)).toBe('42');
    const long = quoteInput('x'.repeat(1_000_000));
    expect(long).toBe(`"${'x'.repeat(MAX_ECHO_LENGTH)}"…`);
    expect(quoteInput('😀'.repeat(100))).not.toMatch(/\\ud83d"/i);
  });

  it('notFound and parseId never echo more than 80 characters of the value', () => {
    expect(notFound('portfolio', 'y'.repeat(10_000)).message.length).toBeLessThan(150);
    const error = failure(() => parseId('z'.repeat(1_000_000), 'input.portfolioId'));
    expect(error.message.length).toBeLessThan(150);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.portfolioId' });
  });

  it('parseText refuses NUL and other control characters, naming the field', () => {
    for (const bad of ['a\u0000b', 'tab\there', 'line\nbreak', 'del\u007f', 'c1\u0085']) {
      const error = failure(() => parseText(bad, 'input.name'));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      expect(error.message).toMatch(/control characters/);
    }
    expect(parseText('Ünïcödé – ok ✓', 'input.name')).toBe('Ünïcödé – ok ✓');
  });

  it('notes may hold tab and line breaks but not NUL', () => {
    expect(parseText('line 1\r\n\tline 2', 'note', 'note')).toBe('line 1\r\n\tline 2');
    expect(failure(() => parseText('a\u0000', 'note', 'note')).extensions).toMatchObject({ field: 'note' });
    expect(parseOptionalText(null, 'note', 'note')).toBeNull();
  });

  it('caps the length per kind of field without echoing the value', () => {
    expect(parseText('n'.repeat(TEXT_RULES.name.max), 'input.name')).toHaveLength(200);
    const name = failure(() => parseText('n'.repeat(1_000_000), 'input.name'));
    expect(name.message).toBe('input.name: must be at most 200 characters, got 1000000');
    expect(failure(() => parseText('s'.repeat(33), 'input.symbol', 'symbol')).extensions).toMatchObject({ field: 'input.symbol' });
    expect(parseText('n'.repeat(2_000), 'note', 'note')).toHaveLength(2_000);
    expect(failure(() => parseText('n'.repeat(2_001), 'note', 'note')).message).toMatch(/at most 2000 characters/);
  });

  it('parseName trims and refuses blank names', () => {
    expect(parseName('  Ada  ', 'input.name')).toBe('Ada');
    expect(failure(() => parseName('   ', 'input.name')).message).toBe('input.name: must not be blank');
    expect(failure(() => parseName('A\u0000', 'input.name')).extensions).toMatchObject({ field: 'input.name' });
  });

  it('parseDecimal refuses values that would overflow or round to zero in the column', () => {
    expect(parseDecimal(0.1, { field: 'q', sign: 'positive' })).toBe('0.1');
    expect(parseDecimal(1e-7, { field: 'q', sign: 'positive' })).toBe('0.0000001');
    expect(parseDecimal(12.5, { field: 'q', sign: 'positive', places: 8, below: 1e15 })).toBe('12.5');
    expect(failure(() => parseDecimal(1e300, { field: 'q', sign: 'positive', places: 8, below: 1e15 })).message).toMatch(/must be below 1e15, got 1e\+300/);
    expect(failure(() => parseDecimal(1e-30, { field: 'q', sign: 'positive', places: 8 })).message).toMatch(/at most 8 decimal places/);
    expect(failure(() => parseDecimal(0.123456789, { field: 'q', sign: 'positive', places: 8 })).extensions).toMatchObject({ field: 'q' });
    expect(failure(() => parseDecimal(-1, { field: 'q', sign: 'nonNegative' })).message).toMatch(/zero or more/);
  });
});
