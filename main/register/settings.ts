// Register-wide settings (key/value), e.g. the municipality's name and the sample flag.
import type { Settings } from '../contract/api';
import { SSB_CROWDING_RULE, type CrowdingRule } from '../domain/rules';
import type { Db } from './db';

const CROWDING_KEY = 'crowding_rule';

/** The register's crowding rule: SSB's unless an alternative was chosen in Innstillinger. */
export function crowdingRuleOf(db: Db): CrowdingRule {
  const raw = getSetting(db, CROWDING_KEY);
  if (raw === null) return SSB_CROWDING_RULE;
  try {
    const r = JSON.parse(raw) as Partial<CrowdingRule>;
    if (
      typeof r.roomsPerPerson === 'number' &&
      typeof r.minM2PerPerson === 'number' &&
      typeof r.requireBoth === 'boolean'
    ) {
      return {
        roomsPerPerson: r.roomsPerPerson,
        minM2PerPerson: r.minM2PerPerson,
        requireBoth: r.requireBoth,
      };
    }
  } catch {
    // A damaged setting falls back to SSB's rule.
  }
  return SSB_CROWDING_RULE;
}

export function setCrowdingRule(db: Db, rule: CrowdingRule): void {
  setSetting(db, CROWDING_KEY, JSON.stringify(rule));
}

export function getSetting(db: Db, key: string): string | null {
  const r = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return r?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function getSettings(db: Db): Settings {
  return {
    municipality: getSetting(db, 'municipality') ?? 'Ny kommune',
    isSample: getSetting(db, 'sample') === '1',
    crowdingRule: crowdingRuleOf(db),
  };
}
