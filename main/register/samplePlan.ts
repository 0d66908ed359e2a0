// The sample municipality's adopted housing plan and what has happened since (issue 13.3):
// the plan «Boligplan Y-1–Y+2» adopted by the council, an alternative scenario, the homes that
// came and went in the last two years (stock events), and the annual survey of the two last
// years (survey_snapshot), so «Plan og resultat» has real content on first start. Its own
// random stream, so the rest of the sample is the same with or without it.
import type { Action, Scenario } from '../domain/scenario/actions';
import { DEFAULT_ASSUMPTIONS } from '../domain/scenario/assumptions';
import type { StockEventKind } from '../domain/planFollowUp';
import { createRandom, type Random } from '../domain/random';
import type { Db } from './db';
import { adoptPlan, insertEvent } from './planFollowUp';
import { createScenario } from './scenarios';

/** Fictional reference of the council's decision. */
export const SAMPLE_DECISION = 'Kommunestyret sak 42/';

function adoptedActions(year: number): Action[] {
  const grant = { mode: 'rate' } as const;
  return [
    {
      kind: 'kjop',
      id: 'k1',
      year: year - 1,
      segment: '2|-|-',
      count: 6,
      pricePerHome: 3_200_000,
      areaM2PerHome: 60,
      rentMonthlyPerHome: 11_500,
      grant,
      note: 'Brukte leiligheter i sentrum',
    },
    {
      kind: 'framleie',
      mode: 'lease',
      id: 'f1',
      year: year - 1,
      segment: '1|-|-',
      count: 4,
      termYears: 5,
      ownerRentMonthly: 9_000,
      rentMonthly: 9_500,
    },
    {
      kind: 'salg',
      id: 's1',
      year: year - 1,
      target: { mode: 'segment', segment: '1|-|-', count: 2 },
      pricePerHome: 2_100_000,
    },
    {
      kind: 'kjop',
      id: 'k2',
      year,
      segment: '3|-|-',
      count: 5,
      pricePerHome: 4_100_000,
      areaM2PerHome: 82,
      rentMonthlyPerHome: 14_500,
      grant,
    },
    {
      kind: 'bygging',
      id: 'b1',
      project: 'Fjordvik omsorgsboliger',
      units: [{ segment: '1|R|B', count: 8, areaM2PerHome: 48, rentMonthlyPerHome: 10_500 }],
      totalCost: 28_000_000,
      startYear: year - 1,
      completionYear: year,
      grant,
    },
    {
      kind: 'framleie',
      mode: 'lease',
      id: 'f2',
      year,
      segment: '2|-|-',
      count: 3,
      termYears: 5,
      ownerRentMonthly: 11_000,
      rentMonthly: 11_500,
    },
    {
      kind: 'kjop',
      id: 'k3',
      year: year + 1,
      segment: '2|-|-',
      count: 4,
      pricePerHome: 3_200_000,
      areaM2PerHome: 60,
      rentMonthlyPerHome: 11_500,
      grant,
    },
    {
      kind: 'salg',
      id: 's2',
      year: year + 1,
      target: { mode: 'segment', segment: '1|-|-', count: 2 },
      pricePerHome: 2_100_000,
    },
    {
      kind: 'kjop',
      id: 'k4',
      year: year + 2,
      segment: '4+|-|-',
      count: 4,
      pricePerHome: 4_800_000,
      areaM2PerHome: 95,
      rentMonthlyPerHome: 16_500,
      grant,
    },
  ];
}

function alternativeActions(year: number): Action[] {
  return [
    {
      kind: 'kjop',
      id: 'a1',
      year: year + 1,
      segment: '2|-|-',
      count: 10,
      pricePerHome: 3_200_000,
      areaM2PerHome: 60,
      rentMonthlyPerHome: 11_500,
      grant: { mode: 'rate' },
    },
    {
      kind: 'kjop',
      id: 'a2',
      year: year + 2,
      segment: '3|-|-',
      count: 8,
      pricePerHome: 4_100_000,
      areaM2PerHome: 82,
      rentMonthlyPerHome: 14_500,
      grant: { mode: 'rate' },
    },
  ];
}

/** A date in `year` before `until` (ISO), on a weekday-agnostic day 1–28. */
function dateIn(r: Random, year: number, until: string): string {
  for (;;) {
    const d = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    if (d <= until) return d;
  }
}

interface UnitPick {
  id: number;
  unit_no: string;
  tenure: string;
}

export function addSamplePlan(db: Db, today: string): void {
  const r = createRandom(1333);
  const year = Number(today.slice(0, 4));
  const now = `${today}T00:00:00.000Z`;

  // The plan adopted in June the year before last, for four years from last year.
  const base: Omit<Scenario, 'name' | 'startYear' | 'actions'> = {
    years: 4,
    assumptions: DEFAULT_ASSUMPTIONS,
  };
  const adopted = createScenario(
    db,
    {
      ...base,
      name: `Boligplan ${year - 1}–${year + 2}`,
      startYear: year - 1,
      actions: adoptedActions(year),
    },
    'Boligsosial handlingsplan vedtatt av kommunestyret (fiktiv).',
    now,
  );
  createScenario(
    db,
    {
      ...base,
      name: `Alternativ: flere kjøp ${year + 1}–${year + 4}`,
      startYear: year + 1,
      actions: alternativeActions(year),
    },
    'Forslag til rullering med flere kjøp (fiktivt).',
    now,
  );
  adoptPlan(
    db,
    {
      scenarioId: adopted.id,
      fromYear: year - 1,
      toYear: year + 2,
      adoptedOn: `${year - 2}-06-18`,
      reference: `${SAMPLE_DECISION}${String(year - 2).slice(2)}`,
    },
    now,
  );

  // What happened: homes in the register that came in by kjøp, bygging or framleie, and homes
  // that have gone out (no longer in the register: only their numbers remain).
  const units = db
    .prepare("SELECT id, unit_no, tenure FROM unit WHERE status <> 'til_salgs' ORDER BY id DESC")
    .all() as UnitPick[];
  const owned = units.filter((u) => u.tenure === 'eid');
  const leased = units.filter((u) => u.tenure === 'framleie');
  const event = (u: UnitPick | null, kind: StockEventKind, date: string, note = '') =>
    insertEvent(
      db,
      {
        unitId: u?.id ?? null,
        unitNo: u?.unit_no ?? `X-${String(r.int(100, 999))}`,
        eventKind: kind,
        date,
        note,
      },
      now,
    );
  const take = (list: UnitPick[], n: number) => list.splice(0, n);
  const plan: [number, StockEventKind, number, UnitPick[] | null][] = [
    [year - 1, 'kjop', 5, owned],
    [year - 1, 'framleie_inn', 3, leased],
    [year - 1, 'salg', 1, null],
    [year - 1, 'framleie_ut', 1, null],
    [year, 'kjop', 3, owned],
    [year, 'bygging', 6, owned],
    [year, 'framleie_inn', 2, leased],
    [year, 'avvikling', 1, null],
  ];
  for (const [y, kind, n, from] of plan) {
    const picked = from ? take(from, n) : Array.from({ length: n }, () => null);
    for (const u of picked) {
      event(u, kind, dateIn(r, y, today), kind === 'bygging' ? 'Fjordvik omsorgsboliger' : '');
    }
  }

  // The annual survey of the two last years: each home as it stood, condition and backlog
  // drifting a little from year to year (fictional).
  const homes = db
    .prepare(
      `SELECT id, unit_no, condition, maintenance_backlog AS backlog, rent_monthly AS rent, status
       FROM unit ORDER BY id`,
    )
    .all() as {
    id: number;
    unit_no: string;
    condition: number | null;
    backlog: number;
    rent: number;
    status: string;
  }[];
  const arrived = new Map(
    (
      db.prepare('SELECT unit_id, on_date FROM stock_event WHERE unit_id IS NOT NULL').all() as {
        unit_id: number;
        on_date: string;
      }[]
    ).map((e) => [e.unit_id, e.on_date]),
  );
  for (const y of [year - 2, year - 1]) {
    const importId = Number(
      db
        .prepare(
          `INSERT INTO import_run (at, file_name, checksum, who, survey_year, counts)
           VALUES (?, ?, 'eksempel', 'Eksempeldata', ?, ?)`,
        )
        .run(
          `${y}-11-15T10:00:00.000Z`,
          `Tilstandsregistrering ${y} (fiktiv).xlsx`,
          y,
          JSON.stringify({
            rows: 0,
            created: 0,
            updated: 0,
            unchanged: 0,
            missing: 0,
            excluded: 0,
            tenanciesStarted: 0,
            tenanciesEnded: 0,
            householdsCreated: 0,
            errors: 0,
            warnings: 0,
          }),
        ).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO survey_snapshot (import_id, year, unit_id, unit_no, condition, backlog,
         rent_monthly, status, occupied, surveyed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let rows = 0;
    for (const h of homes) {
      const came = arrived.get(h.id);
      if (came && came > `${y}-11-01`) continue;
      const ago = year - y;
      const condition =
        h.condition === null
          ? null
          : Math.max(0, Math.min(3, h.condition - (r.chance(0.2 * ago) ? 1 : 0)));
      const backlog = Math.round((h.backlog * (1 - 0.12 * ago * r.next())) / 1000) * 1000;
      const status =
        h.status === 'ledig' && r.chance(0.5)
          ? 'utleid'
          : h.status === 'utleid' && r.chance(0.04)
            ? 'ledig'
            : h.status;
      const rent = Math.round(h.rent / (1 + 0.03 * ago));
      insert.run(
        importId,
        y,
        h.id,
        h.unit_no,
        condition,
        backlog,
        rent,
        status,
        status === 'utleid' ? 1 : 0,
        `${y}-10-${String(r.int(1, 28)).padStart(2, '0')}`,
      );
      rows++;
    }
    db.prepare(
      "UPDATE import_run SET counts = json_set(counts, '$.rows', ?, '$.unchanged', ?) WHERE id = ?",
    ).run(rows, rows, importId);
  }
}
