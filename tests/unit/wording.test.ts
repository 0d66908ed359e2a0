// The one convention for money in words: + = cost for the municipality.
import { describe, expect, it } from 'vitest';
import {
  COST_SIGN_CONVENTION,
  costChangeWords,
  homesChangeWords,
  moneyWords,
  moneyWordsThousands,
  NET_INVESTMENT,
  NET_OPERATING,
  pointsChangeWords,
} from '../../main/domain/wording';

describe('money in words', () => {
  it('says cost or surplus instead of a sign', () => {
    expect(moneyWords(1_234_567).text).toBe('Netto utgift 1 234 567 kr');
    expect(moneyWords(-41_000_000).text).toBe('Netto overskudd 41 000 000 kr');
    expect(moneyWords(0).text).toBe('Netto utgift 0 kr');
    expect(moneyWords(-0.4).text).toBe('Netto utgift 0 kr');
    expect(moneyWords(-2_500, NET_OPERATING).text).toBe('Netto driftsoverskudd 2 500 kr');
    expect(moneyWords(-2_500, NET_INVESTMENT)).toEqual({
      label: 'Netto innbetaling',
      amount: 2_500,
      text: 'Netto innbetaling 2 500 kr',
    });
    // 1 234 567 kr = 1 234,567 thousand → 1 235
    expect(moneyWordsThousands(-1_234_567).text).toBe('Netto overskudd 1 235');
    expect(COST_SIGN_CONVENTION).toBe('+ = utgift for kommunen');
  });

  it('puts changes into words', () => {
    expect(costChangeWords(1_200_000)).toBe('1 200 000 kr høyere utgift');
    expect(costChangeWords(-300_000, 'investering')).toBe('300 000 kr lavere investering');
    expect(costChangeWords(0.2)).toBe('Uendret');
    expect(homesChangeWords(12)).toBe('12 boliger flere');
    expect(homesChangeWords(-1)).toBe('1 bolig færre');
    expect(pointsChangeWords(5)).toBe('5 prosentpoeng høyere');
    expect(pointsChangeWords(-12.34)).toBe('12,3 prosentpoeng lavere');
    expect(pointsChangeWords(null)).toBe('–');
    expect(pointsChangeWords(0.01)).toBe('Uendret');
  });
});
