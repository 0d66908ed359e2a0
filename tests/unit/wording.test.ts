// The one convention for money in words: + = cost for the municipality.
import { describe, expect, it } from 'vitest';
import {
  COST_SIGN_CONVENTION,
  costChangeWords,
  homesChangeWords,
  costChangeCell,
  differenceTitle,
  gainWords,
  lineAmountWords,
  moneyCell,
  moneyWords,
  moneyWordsThousands,
  NET_COST,
  NET_INCOME,
  NET_INVESTMENT,
  NET_OPERATING,
  pairLabel,
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

  it('puts a signed amount in a compact cell without a sign', () => {
    expect(pairLabel()).toBe('Netto utgift / overskudd');
    expect(pairLabel(NET_INVESTMENT)).toBe('Netto investering / innbetaling');
    expect(pairLabel(NET_OPERATING)).toBe('Netto driftsutgift / driftsoverskudd');
    expect(moneyCell(1_234_567)).toEqual({ kr: '1 234 567 kr', word: null, text: '1 234 567 kr' });
    expect(moneyCell(-2_000_000, NET_COST).text).toBe('2 000 000 kr overskudd');
    expect(moneyCell(-350_000, NET_INVESTMENT).text).toBe('350 000 kr innbetaling');
    // −0,4 kr rounds to 0: a cost of 0 kr, never «-0».
    expect(moneyCell(-0.4).text).toBe('0 kr');
    expect(lineAmountWords(120_000)).toBe('120 000 kr');
    expect(lineAmountWords(-120_000)).toBe('120 000 kr mindre');
  });

  it('says value or loss where + is a gain', () => {
    expect(gainWords(1_500_000).text).toBe('Netto verdi 1 500 000 kr');
    expect(gainWords(-250_000).text).toBe('Netto tap 250 000 kr');
    expect(gainWords(0).text).toBe('Netto verdi 0 kr');
    expect(gainWords(-84_000, NET_INCOME)).toEqual({
      label: 'Netto utgift',
      amount: 84_000,
      text: 'Netto utgift 84 000 kr',
    });
    expect(gainWords(96_000, NET_INCOME).text).toBe('Netto inntekt 96 000 kr');
  });

  it('puts a change of money in a compact cell', () => {
    expect(costChangeCell(911_600)).toBe('911 600 kr høyere');
    expect(costChangeCell(-88_400)).toBe('88 400 kr lavere');
    expect(costChangeCell(0.3)).toBe('Uendret');
    expect(differenceTitle('Ingen tiltak')).toBe('Endring mot Ingen tiltak');
  });
});
