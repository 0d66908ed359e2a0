// The register as the planning engine reads it (a RegisterSnapshot): plain rows, no SQL.
import type { RegisterSnapshot } from '../domain/scenario/needs';
import type { Db } from './db';
import { allHouseholds } from './households';
import { openNeeds } from './needs';
import { allGrants, allLoans } from './finance';
import { crowdingRuleOf } from './settings';
import { allTenancies } from './tenancies';
import { allUnits } from './units';

/**
 * The last snapshot read per open register, with the state it was read at. Reading one takes
 * about 0.2 s at Oslo's size (12 000 homes), and the plan engine keeps its own work per
 * snapshot object (prepared register, debts, turnover), so exports, saves and suggestions reuse
 * both until the register changes.
 */
const kept = new WeakMap<Db, { state: string; snapshot: RegisterSnapshot }>();

/**
 * The register as the planning engine reads it. The same object (lists frozen) until anything
 * is written: on this connection (total_changes, which a rollback never lowers) or by another
 * (data_version), or the date changes. Inside a transaction the kept one is used while nothing
 * has been written (it is exactly what the transaction reads); otherwise it is read afresh and
 * not kept, since what it sees may still be rolled back.
 */
export function registerSnapshot(db: Db, asOf: string): RegisterSnapshot {
  const state = [
    asOf,
    db.pragma('data_version', { simple: true }),
    db.prepare('SELECT total_changes()').pluck().get(),
  ].join(':');
  const last = kept.get(db);
  if (last?.state === state) return last.snapshot;
  if (db.inTransaction) return readSnapshot(db, asOf);
  const snapshot = freezeLists(readSnapshot(db, asOf));
  kept.set(db, { state, snapshot });
  return snapshot;
}

/**
 * A shared snapshot must never change in place: its lists are frozen, so adding or removing a
 * row throws. (Freezing each of its ~60 000 rows would double the time to read it.)
 */
function freezeLists(s: RegisterSnapshot): RegisterSnapshot {
  for (const list of [s.units, s.tenancies, s.households, s.needs, s.loans, s.grants]) {
    if (list) Object.freeze(list);
  }
  return Object.freeze(s);
}

function readSnapshot(db: Db, asOf: string): RegisterSnapshot {
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
