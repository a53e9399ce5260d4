import { describe, expect, it } from 'vitest';
import { ReformRulesError } from '../../src/index';
import { raise } from '../../src/errors/ReformRulesError';

describe('ReformRulesError', () => {
  it('carries the code, the received value and an English message naming both', () => {
    let caught: unknown;
    try {
      raise('not_integer', { field: 'n', received: 1.5 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ReformRulesError);
    expect(caught).toBeInstanceOf(Error);
    const e = caught as ReformRulesError;
    expect(e.name).toBe('ReformRulesError');
    expect(e.code).toBe('not_integer');
    expect(e.received).toBe(1.5);
    expect(e.message).toBe('n: expected a whole number, received 1.5');
  });

  it('describes awkward values without throwing', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(() => raise('invalid_type', { field: 'x', received: circular, expected: 'string' })).toThrow(/x: expected string, received \[object Object\]/);
    expect(() => raise('invalid_type', { field: 'x', received: 10n, expected: 'number' })).toThrow(/received 10n/);
    expect(() => raise('invalid_date', { field: 'date', received: new Date(Date.UTC(2025, 0, 1)) })).toThrow(/a Date object \(2025-01-01T00:00:00.000Z\)/);
  });
});

describe('ReformRulesError from plain JavaScript', () => {
  it('a message String cannot convert (no prototype) still constructs', () => {
    const e = new (ReformRulesError as unknown as new (...a: unknown[]) => Error)('invalid_type', Object.create(null), {});
    expect(e.message).toBe('[object Object]');
  });
});
