// Which automatic backups to keep: a rolling policy in the style of restic/borg ("keep the
// newest backup of each of the last N days, weeks and months that have one"). Pure: dates in,
// the kept set out; the file handling is in backup.ts.

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

/** 7 daily, 4 weekly, 12 monthly: about a year back, 20-odd files. */
export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

/** The ISO week (Monday first) of a date, as "YYYY-Www", with the ISO week-numbering year. */
export function isoWeek(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of this week decides the year the week belongs to.
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const PERIODS: { key: keyof RetentionPolicy; period: (stamp: string) => string }[] = [
  { key: 'daily', period: (s) => s.slice(0, 10) },
  { key: 'weekly', period: isoWeek },
  { key: 'monthly', period: (s) => s.slice(0, 7) },
];

/**
 * The backups to keep, given their timestamps (ISO, sortable). For each rule, walks from the
 * newest backup back and keeps the newest one of each period until it has kept N periods.
 * The newest backup is always kept. Timestamps not returned may be deleted.
 */
export function backupsToKeep(
  stamps: readonly string[],
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...new Set(stamps)].sort().reverse();
  const keep = new Set<string>(newestFirst.slice(0, 1));
  for (const { key, period } of PERIODS) {
    const seen = new Set<string>();
    for (const stamp of newestFirst) {
      if (seen.size >= policy[key]) break;
      const p = period(stamp);
      if (seen.has(p)) continue;
      seen.add(p);
      keep.add(stamp);
    }
  }
  return keep;
}
