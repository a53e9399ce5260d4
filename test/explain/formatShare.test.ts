import { describe, expect, it } from 'vitest';
import { formatBasis, formatCount, formatPercent, formatShare } from '../../src/explain/index';
import { expectCode } from '../policy/_helpers';

describe('formatCount', () => {
  it('groups digits by locale', () => {
    expect(formatCount(0, 'vi')).toBe('0');
    expect(formatCount(999, 'en')).toBe('999');
    expect(formatCount(1000, 'vi')).toBe('1.000');
    expect(formatCount(1_000_000_000_000, 'en')).toBe('1,000,000,000,000');
  });
});

describe('formatPercent', () => {
  it('is exact when the percentage terminates within two decimals', () => {
    expect(formatPercent({ numerator: 11, denominator: 100 }, 'vi')).toBe('11%');
    expect(formatPercent({ numerator: 1, denominator: 8 }, 'vi')).toBe('12,5%');
    expect(formatPercent({ numerator: 1, denominator: 8 }, 'en')).toBe('12.5%');
    expect(formatPercent({ numerator: 1, denominator: 1 }, 'en')).toBe('100%');
    expect(formatPercent({ numerator: 0, denominator: 0 }, 'en')).toBe('—');
  });

  it('marks a rounded percentage with ≈', () => {
    expect(formatPercent({ numerator: 1, denominator: 3 }, 'en')).toBe('≈33.33%');
    expect(formatPercent({ numerator: 2, denominator: 3 }, 'vi')).toBe('≈66,67%');
  });

  it('prints more decimals rather than show an unequal share as its threshold', () => {
    const ten = { numerator: 1, denominator: 10 };
    expect(formatPercent({ numerator: 99_999_999_999, denominator: 1_000_000_000_000 }, 'en', { distinctFrom: ten })).toBe('9.9999999999%');
    expect(formatPercent({ numerator: 100_000_000_000, denominator: 1_000_000_000_000 }, 'en', { distinctFrom: ten })).toBe('10%');
  });

  it('rejects malformed ratios and locales', () => {
    expectCode(() => formatPercent({ numerator: -1, denominator: 3 }, 'en'), 'invalid_ratio');
    expectCode(() => formatPercent({ numerator: 1, denominator: 3 }, 'de' as never), 'invalid_enum');
  });
});

describe('formatShare', () => {
  it('prints the counts and the percentage', () => {
    expect(formatShare({ numerator: 11, denominator: 100 }, 'vi')).toBe('11/100 (11%)');
    expect(formatShare({ numerator: 49, denominator: 1000 }, 'vi')).toBe('49/1.000 (4,9%)');
    expect(formatShare({ numerator: 0, denominator: 0 }, 'en')).toBe('0/0');
  });
});

describe('formatBasis', () => {
  it('cites the document and the article', () => {
    expect(formatBasis({ document: 'Luật Thi đua, khen thưởng 06/2022/QH15', article: 'Điều 28.1' })).toBe('Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28.1');
    expect(formatBasis({ document: 'Nghị định 118/2025/NĐ-CP', note: 'x' })).toBe('Nghị định 118/2025/NĐ-CP');
  });
});
