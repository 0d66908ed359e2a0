// The register as the planning engine reads it (a RegisterSnapshot): plain rows, no SQL.
import type { RegisterSnapshot } from '../domain/scenario/needs';
import type { Db } from './db';
import { allHouseholds } from './households';
import { openNeeds } from './needs';
import { allGrants, allLoans } from './finance';
import { crowdingRuleOf } from './settings';
import { allTenancies } from './tenancies';
import { allUnits } from './units';

export function registerSnapshot(db: Db, asOf: string): RegisterSnapshot {
  return db.transaction(() => ({
    asOf,
    units: allUnits(db),
    tenancies: allTenancies(db),
    households: allHouseholds(db),
    // Tildelt, avslått and trukket applications no longer count as demand (issue 13.2).
    needs: openNeeds(db),
    loans: allLoans(db),
    grants: allGrants(db),
    crowdingRule: crowdingRuleOf(db),
  }))();
}

/**
 * Changes whenever the snapshot would: every write to the register logs a line in change_log
 * (scenarios are not part of the snapshot, so their saves do not count), and the date. The
 * renderer keeps one snapshot until this changes, instead of fetching it on every screen.
 */
export function snapshotRevision(db: Db, asOf: string): string {
  const last = db
    .prepare("SELECT id FROM change_log WHERE entity <> 'scenario' ORDER BY id DESC LIMIT 1")
    .get() as { id: number } | undefined;
  return `${asOf}:${last?.id ?? 0}`;
}
