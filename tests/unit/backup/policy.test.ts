import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeek } from '../../../main/register/backupPolicy';

/** One backup a day at 08:00 UTC from `from` to `to` (inclusive). */
function daily(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T08:00:00Z`); d <= new Date(`${to}T08:00:00Z`);) {
    out.push(d.toISOString().slice(0, 19) + 'Z');
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}
const days = (kept: Set<string>) => [...kept].map((s) => s.slice(0, 10)).sort();

describe('isoWeek', () => {
  it('numbers weeks from Monday, with the ISO week-numbering year', () => {
    expect(isoWeek('2026-12-28')).toBe('2026-W53'); // Monday; 2026 has 53 ISO weeks
    expect(isoWeek('2027-01-03')).toBe('2026-W53'); // Sunday of the same week
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // Thursday
    expect(isoWeek('2025-12-29')).toBe('2026-W01'); // Monday before it
    expect(isoWeek('2026-11-25')).toBe('2026-W48');
  });
});

describe('backupsToKeep: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps 20 of a year of daily backups, worked out by hand', () => {
    const year = daily('2026-01-01', '2026-12-31');
    expect(year).toHaveLength(365);
    const kept = backupsToKeep(year);
    // Daily: the last 7 days, 25.–31. December.
    // Weekly: the newest of the last 4 ISO weeks that have backups: 31.12 (week 53, Mon 28.12),
    //   27.12 (week 52), 20.12 (week 51), 13.12 (week 50): adds 20.12 and 13.12.
    // Monthly: the last day of each of the 12 months: 31.12 is already kept, adds 11.
    // 7 + 2 + 11 = 20.
    expect(days(kept)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-13',
      '2026-12-20',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
    ]);
  });

  it('keeps the newest of several backups on one day, and counts only days that have one', () => {
    const stamps = [
      '2026-11-25T07:00:00Z',
      '2026-11-25T15:30:00Z',
      '2026-11-20T09:00:00Z',
      '2026-10-01T09:00:00Z',
    ];
    // Three distinct days (fewer than 7): the newest of each; 25.11 07:00 is dropped.
    expect([...backupsToKeep(stamps)].sort()).toEqual([
      '2026-10-01T09:00:00Z',
      '2026-11-20T09:00:00Z',
      '2026-11-25T15:30:00Z',
    ]);
  });

  it('always keeps the newest backup, even with a policy of zero', () => {
    const kept = backupsToKeep(['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'], {
      daily: 0,
      weekly: 0,
      monthly: 0,
    });
    expect([...kept]).toEqual(['2026-02-01T00:00:00Z']);
  });
});
