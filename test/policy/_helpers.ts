import { expect } from 'vitest';
import { ReformRulesError } from '../../src/errors/ReformRulesError';

/** Runs `f`, expects a ReformRulesError with `code`, and returns it. */
export function expectCode(f: () => unknown, code: string): ReformRulesError {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ReformRulesError);
  expect((caught as ReformRulesError).code).toBe(code);
  return caught as ReformRulesError;
}
