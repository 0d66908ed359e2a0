// The sample municipality's last two years (issue 13): applications with their lifecycle —
// the tenants who moved in during the last two years came through an application that was
// innvilget and tildelt; some applications were avslått or trukket; part of today's waiting
// list has a vedtak — and the KOSTRA skjema 13 report for the year before last, saved, so the
// page for last year has something to compare with. Its own random stream, so the rest of the
// sample is the same with or without it.
import { SSB_GROUPS } from '../domain/casework';
import { addMonths } from '../domain/format';
import { isBlocking, kostraChecks } from '../domain/kostra';
import { createRandom } from '../domain/random';
import type { TargetGroup } from '../domain/types';
import type { Db } from './db';
import { saveKostra } from './kostra';

/** Fictional population of the sample municipality, per 31.12 of the year before last. */
export const SAMPLE_POPULATION = 15_480;

interface TenancyRecord {
  household_id: number;
  unit_id: number;
  start: string;
  target_group: TargetGroup | null;
  persons: number;
  bedrooms: number;
  wheelchair_accessible: number;
  staffed: number;
}

const NEED_COLUMNS = `kind, ref, target_group, households, household_size, bedrooms, wheelchair,
  staffed, urgency, registered, expected_year, note, household_id, status, decided_on,
  allocated_on, allocated_unit_id, withdrawn_on, ssb_group`;

export function addSampleHistory(db: Db, today: string): void {
  const r = createRandom(1313);
  const year = Number(today.slice(0, 4));
  const from = `${year - 2}-01-01`;
  const insert = db.prepare(
    `INSERT INTO need (${NEED_COLUMNS}) VALUES (@kind, @ref, @target_group, 1, @household_size,
       @bedrooms, @wheelchair, @staffed, @urgency, @registered, @expected_year, '', @household_id,
       @status, @decided_on, @allocated_on, @allocated_unit_id, @withdrawn_on, @ssb_group)`,
  );
  let no = 0;
  const ref = () => `S-${String(2001 + no++).padStart(4, '0')}`;
  const base = {
    kind: 'soker',
    urgency: 'normal',
    household_id: null,
    decided_on: null,
    allocated_on: null,
    allocated_unit_id: null,
    withdrawn_on: null,
    ssb_group: null,
  };

  // Households who moved in since the start of the year before last: allocated through an
  // application, registered 1–6 months before and decided 0–1 month before moving in.
  const movedIn = db
    .prepare(
      `SELECT t.household_id, t.unit_id, t.start, h.target_group,
              h.adults + h.children AS persons, u.bedrooms, u.wheelchair_accessible, u.staffed
       FROM tenancy t JOIN household h ON h.id = t.household_id JOIN unit u ON u.id = t.unit_id
       WHERE t.moved_out IS NULL AND t.start >= ? ORDER BY t.start, t.id`,
    )
    .all(from) as TenancyRecord[];
  for (const t of movedIn) {
    const registered = addMonths(t.start, -r.int(2, 6));
    insert.run({
      ...base,
      ref: ref(),
      target_group: t.target_group ?? 'andre',
      household_size: t.persons,
      bedrooms: t.bedrooms,
      wheelchair: t.wheelchair_accessible,
      staffed: t.staffed,
      registered,
      expected_year: Number(t.start.slice(0, 4)),
      household_id: t.household_id,
      status: 'tildelt',
      decided_on: addMonths(t.start, -r.int(0, 1)),
      allocated_on: t.start,
      allocated_unit_id: t.unit_id,
      // Now and then the planner chose a narrower SSB group than the target group gives.
      ssb_group: t.target_group === 'rus_psykisk_helse' ? r.pick(SSB_GROUPS.slice(2, 5)) : null,
    });
  }

  // Refused and withdrawn applications in each of the two years.
  for (const y of [year - 2, year - 1]) {
    const refusals = r.int(4, 9);
    for (let k = 0; k < refusals + 2; k++) {
      const registered = `${y}-${String(r.int(1, 10)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
      const refused = k < refusals;
      insert.run({
        ...base,
        ref: ref(),
        target_group: r.pick([
          'rus_psykisk_helse',
          'andre',
          'unge_i_overgang',
          'bostedslose',
        ] as const),
        household_size: 1,
        bedrooms: 1,
        wheelchair: 0,
        staffed: 0,
        registered,
        expected_year: y,
        status: refused ? 'avslatt' : 'trukket',
        decided_on: refused ? addMonths(registered, 1) : null,
        withdrawn_on: refused ? null : addMonths(registered, 2),
      });
    }
  }

  // Part of today's waiting list has a vedtak and waits for a home.
  const waiting = db
    .prepare(
      `SELECT id, registered FROM need WHERE kind = 'soker' AND status = 'registrert'
       AND registered <= ? ORDER BY id`,
    )
    .all(addMonths(today, -2)) as { id: number; registered: string }[];
  const decide = db.prepare("UPDATE need SET status = 'innvilget', decided_on = ? WHERE id = ?");
  for (const w of waiting) if (r.chance(0.6)) decide.run(addMonths(w.registered, 1), w.id);

  // Skjema 13 for the year before last, reported: finished when nothing blocks.
  const reportYear = year - 2;
  const now = `${year - 1}-02-10T09:00:00.000Z`;
  const draft = saveKostra(
    db,
    { year: reportYear, population: SAMPLE_POPULATION, comments: {}, finish: false },
    now,
  );
  const comments = Object.fromEntries(
    draft.checks
      .filter((c) => !isBlocking(c))
      .map((c) => [c.code, 'Kontrollert mot saksbehandlingssystemet (fiktiv kommentar).']),
  );
  const blocked = kostraChecks(draft.figures, SAMPLE_POPULATION, null).some(isBlocking);
  saveKostra(
    db,
    { year: reportYear, population: SAMPLE_POPULATION, comments, finish: !blocked },
    now,
  );
}
