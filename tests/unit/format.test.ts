import { describe, expect, it } from 'vitest';
import { parseNorwegianNumber } from '../../main/domain/format';

describe('parseNorwegianNumber', () => {
  it.each([
    ['850 000', 850000],
    ['850\u00a0000', 850000],
    ['850\u202f000', 850000],
    ['850.000', 850000],
    ['1.234.567', 1234567],
    ['1 234 567', 1234567],
    ['850 000,50', 850000.5],
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0.500', 0.5],
    ['8.500', 8500],
    ['-1 200', -1200],
    ['\u22121 200', -1200],
    ['4000000', 4000000],
    [' 42 ', 42],
    [',5', 0.5],
    ['0', 0],
    ['-0', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseNorwegianNumber(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '12abc',
    '1,2,3',
    '1.2.3',
    '12 5',
    '1.23.456',
    '12.',
    '-',
    '1,',
    '8.500.5',
  ])('%j is not a number', (text) => {
    expect(parseNorwegianNumber(text)).toBeNull();
  });
});
