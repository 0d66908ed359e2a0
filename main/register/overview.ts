// Overview figures for the dashboard and the CLI summary, computed with SQL aggregates so
// they stay fast on an Oslo-sized register.
import type { Overview, Summary } from '../contract/api';
import { addYears } from '../domain/format';
import { TENURES, UNIT_STATUSES, URGENCIES } from '../domain/types';
import type { Tenure, UnitStatus, Urgency } from '../domain/types';
import type { Db } from './db';
import { crowdingRuleOf, getSettings } from './settings';
import { allGrants, allLoans } from './finance';
import { financeTotals } from '../domain/finance/existingDebt';
import { DEFAULT_ASSUMPTIONS } from '../domain/scenario/assumptions';
import { SSB_CROWDING_RULE } from '../domain/rules';
import { crowdedSql, PERSONS_SQL } from './units';

function countBy<K extends string>(
  db: Db,
  sql: string,
  keys: readonly K[],
  params: unknown[] = [],
): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of db.prepare(sql).all(...params) as { k: K; n: number }[]) out[r.k] = r.n;
  return out;
}

const bedroomBucket = (col: string) =>
  `CASE WHEN ${col} >= 4 THEN '4+' ELSE CAST(${col} AS TEXT) END`;

export function summary(db: Db, today: string): Summary {
  const s = getSettings(db);
  const units = unitCounts(db);
  const housed = householdCounts(db);
  const finance = financeTotals(
    allLoans(db),
    allGrants(db),
    today,
    DEFAULT_ASSUMPTIONS.interestRate,
  );
  return {
    municipality: s.municipality,
    isSample: s.isSample,
    units: { total: units.total, byTenure: units.byTenure, byStatus: units.byStatus },
    households: housed.households,
    children: housed.children,
    // Open needs: closed applications (tildelt, avslått, trukket) are history, not demand.
    needs: (
      db
        .prepare("SELECT count(*) AS n FROM need WHERE status IN ('registrert', 'innvilget')")
        .get() as { n: number }
    ).n,
    // SSB's rule whatever the register's setting: the figure is comparable across municipalities.
    crowdedHouseholds: (
      db
        .prepare(
          `SELECT count(*) AS n FROM household h
           JOIN tenancy t ON t.household_id = h.id AND t.moved_out IS NULL
           JOIN unit u ON u.id = t.unit_id WHERE ${crowdedSql(SSB_CROWDING_RULE)}`,
        )
        .get() as { n: number }
    ).n,
    loans: finance.loans,
    grants: finance.grants,
  };
}

function unitCounts(db: Db) {
  const byTenure = countBy<Tenure>(
    db,
    'SELECT tenure AS k, count(*) AS n FROM unit GROUP BY tenure',
    TENURES,
  );
  const byStatus = countBy<UnitStatus>(
    db,
    'SELECT status AS k, count(*) AS n FROM unit GROUP BY status',
    UNIT_STATUSES,
  );
  const total = Object.values(byTenure).reduce((a, b) => a + b, 0);
  return { total, byTenure, byStatus };
}

/** Households counted are those living in a municipal home now. */
function householdCounts(db: Db) {
  const r = db
    .prepare(
      `SELECT count(*) AS households, coalesce(sum(h.children), 0) AS children,
              coalesce(sum(h.children > 0), 0) AS with_children
       FROM household h JOIN tenancy t ON t.household_id = h.id AND t.moved_out IS NULL`,
    )
    .get() as { households: number; children: number; with_children: number };
  return { households: r.households, children: r.children, withChildren: r.with_children };
}

export function overview(db: Db, today: string): Overview {
  const s = getSettings(db);
  const units = unitCounts(db);
  const housed = householdCounts(db);
  const in12 = addYears(today, 1);

  const byBedrooms = db
    .prepare(
      `SELECT ${bedroomBucket('bedrooms')} AS bedrooms, count(*) AS count FROM unit
       GROUP BY 1 ORDER BY min(bedrooms)`,
    )
    .all() as { bedrooms: string; count: number }[];
  const wheelchairAccessible = (
    db.prepare('SELECT count(*) AS n FROM unit WHERE wheelchair_accessible = 1').get() as {
      n: number;
    }
  ).n;

  const vacant = db
    .prepare(
      `SELECT id, unit_no AS unitNo, address, bedrooms, status_since AS since FROM unit
       WHERE status = 'ledig' ORDER BY status_since, unit_no LIMIT 100`,
    )
    .all() as Overview['vacant'];

  const contracts = db
    .prepare(
      `SELECT 'kontrakt' AS kind, u.id AS unitId, u.unit_no AS unitNo, h.ref AS householdRef, t.end AS end
       FROM tenancy t JOIN unit u ON u.id = t.unit_id JOIN household h ON h.id = t.household_id
       WHERE t.moved_out IS NULL AND t.end >= @today AND t.end <= @in12
       UNION ALL
       SELECT 'framleie', u.id, u.unit_no, NULL, u.lease_end FROM unit u
       WHERE u.tenure = 'framleie' AND u.lease_end >= @today AND u.lease_end <= @in12
       ORDER BY end, unitNo LIMIT 500`,
    )
    .all({ today, in12 }) as Overview['leasesEnding'];
  const endingCounts = db
    .prepare(
      `SELECT
         (SELECT count(*) FROM tenancy t
          WHERE t.moved_out IS NULL AND t.end >= @today AND t.end <= @in12) AS kontrakt,
         (SELECT count(*) FROM unit u
          WHERE u.tenure = 'framleie' AND u.lease_end >= @today AND u.lease_end <= @in12) AS framleie`,
    )
    .get({ today, in12 }) as { kontrakt: number; framleie: number };

  const expiredContracts = (
    db
      .prepare('SELECT count(*) AS n FROM tenancy WHERE moved_out IS NULL AND end < ?')
      .get(today) as { n: number }
  ).n;

  const crowded = db
    .prepare(
      `SELECT h.id AS householdId, h.ref, u.unit_no AS unitNo, ${PERSONS_SQL} AS persons, u.rooms
       FROM household h JOIN tenancy t ON t.household_id = h.id AND t.moved_out IS NULL
       JOIN unit u ON u.id = t.unit_id WHERE ${crowdedSql(crowdingRuleOf(db))} ORDER BY persons DESC, h.ref`,
    )
    .all() as Overview['crowded'];

  const applicants = (
    db
      .prepare(
        "SELECT count(*) AS n FROM need WHERE kind = 'soker' AND status IN ('registrert', 'innvilget')",
      )
      .get() as { n: number }
  ).n;
  const byUrgency = countBy<Urgency>(
    db,
    "SELECT urgency AS k, count(*) AS n FROM need WHERE kind = 'soker' AND status IN ('registrert', 'innvilget') GROUP BY urgency",
    URGENCIES,
  );
  const needBedrooms = db
    .prepare(
      `SELECT ${bedroomBucket('bedrooms')} AS bedrooms, count(*) AS count FROM need
       WHERE kind = 'soker' AND status IN ('registrert', 'innvilget') GROUP BY 1 ORDER BY min(bedrooms)`,
    )
    .all() as { bedrooms: string; count: number }[];
  const forecasts = db
    .prepare(
      `SELECT expected_year AS year, sum(households) AS households FROM need
       WHERE kind = 'prognose' GROUP BY expected_year ORDER BY expected_year`,
    )
    .all() as Overview['forecasts'];

  return {
    municipality: s.municipality,
    isSample: s.isSample,
    today,
    units: {
      ...units,
      byBedrooms,
      wheelchairAccessible,
      wheelchairShare: units.total > 0 ? wheelchairAccessible / units.total : 0,
    },
    vacant,
    leasesEnding: contracts,
    leasesEndingCount: { ...endingCounts, total: endingCounts.kontrakt + endingCounts.framleie },
    expiredContracts,
    households: housed.households,
    children: housed.children,
    householdsWithChildren: housed.withChildren,
    crowded,
    waitingList: { applicants, byUrgency, byBedrooms: needBedrooms },
    forecasts,
  };
}
