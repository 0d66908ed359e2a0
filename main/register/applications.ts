// The application (søknad) lifecycle (issue 13.2): vedtak (innvilget / avslått), tildelt (a
// home, which starts the tenancy) and trukket, each with its date. One transaction per step.
import type { z } from 'zod';
import type { NeedCase, needLinkInput, needStatusInput } from '../contract/followUp';
import { canMoveNeed, NEED_STATUS_LABEL, SSB_GROUP_LABEL } from '../domain/casework';
import { addYears } from '../domain/format';
import { logChange } from './changelog';
import type { Db } from './db';
import { AppError, fieldError } from './errors';
import { getHousehold } from './households';
import { describeNeed, getNeed } from './needs';
import { createTenancy, updateTenancy, getTenancy } from './tenancies';

export type NeedStatusInput = z.output<typeof needStatusInput>;
export type NeedLinkInput = z.output<typeof needLinkInput>;

const CONTRACT_YEARS = 3;

export function setNeedStatus(db: Db, s: NeedStatusInput, now: string): NeedCase {
  const today = now.slice(0, 10);
  return db.transaction(() => {
    const need = getNeed(db, s.id);
    if (need.kind !== 'soker') {
      throw new AppError(
        'validation',
        'En prognose har ingen søknadsbehandling; bare søkere har det.',
      );
    }
    if (!canMoveNeed(need.status, s.status)) {
      throw fieldError(
        'status',
        'Status',
        `kan ikke gå fra «${NEED_STATUS_LABEL[need.status]}» til «${NEED_STATUS_LABEL[s.status]}»`,
      );
    }
    if (s.date < need.registered) {
      throw fieldError('date', 'Dato', 'kan ikke være før søknaden ble registrert');
    }
    if (need.decidedOn !== null && s.date < need.decidedOn) {
      throw fieldError('date', 'Dato', 'kan ikke være før vedtaket');
    }
    if (s.date > today) {
      throw fieldError(
        'date',
        'Dato',
        'kan ikke være frem i tid – registrer det når det har skjedd',
      );
    }
    const ssbGroup = s.ssbGroup === undefined ? need.ssbGroup : s.ssbGroup;
    let detail = '';
    if (s.status === 'innvilget' || s.status === 'avslatt') {
      db.prepare('UPDATE need SET status = ?, decided_on = ?, ssb_group = ? WHERE id = ?').run(
        s.status,
        s.date,
        ssbGroup,
        s.id,
      );
    } else if (s.status === 'trukket') {
      db.prepare('UPDATE need SET status = ?, withdrawn_on = ?, ssb_group = ? WHERE id = ?').run(
        s.status,
        s.date,
        ssbGroup,
        s.id,
      );
    } else if (s.status === 'tildelt') {
      if (need.householdId === null) {
        throw fieldError(
          'householdId',
          'Husstand',
          'koble søknaden til en husstand før den tildeles en bolig',
        );
      }
      const unitId = s.unitId!;
      const household = getHousehold(db, need.householdId);
      // A tenant moving to another home (e.g. crowded) moves out of the old one that day.
      const current = db
        .prepare('SELECT id FROM tenancy WHERE household_id = ? AND moved_out IS NULL')
        .get(need.householdId) as { id: number } | undefined;
      if (current) {
        const t = getTenancy(db, current.id);
        if (t.unitId === unitId) {
          throw fieldError('unitId', 'Bolig', `${household.ref} bor allerede i denne boligen`);
        }
        if (s.date < t.start) {
          throw fieldError(
            'date',
            'Dato',
            'kan ikke være før husstandens nåværende kontrakt startet',
          );
        }
        updateTenancy(db, t.id, { ...t, movedOut: s.date }, now);
      }
      createTenancy(
        db,
        {
          householdId: need.householdId,
          unitId,
          start: s.date,
          end: s.contractEnd === undefined ? addYears(s.date, CONTRACT_YEARS) : s.contractEnd,
          movedOut: null,
        },
        now,
      );
      db.prepare(
        'UPDATE need SET status = ?, allocated_on = ?, allocated_unit_id = ?, ssb_group = ? WHERE id = ?',
      ).run(s.status, s.date, unitId, ssbGroup, s.id);
      detail = ` (bolig ${getNeed(db, s.id).allocatedUnitNo ?? unitId})`;
    }
    logChange(
      db,
      now,
      'need',
      s.id,
      'update',
      `${describeNeed(need)}: ${NEED_STATUS_LABEL[s.status]} ${s.date}${detail}`,
    );
    return getNeed(db, s.id);
  })();
}

export function linkNeed(db: Db, l: NeedLinkInput, now: string): NeedCase {
  return db.transaction(() => {
    const need = getNeed(db, l.id);
    const ref = l.householdId === null ? null : getHousehold(db, l.householdId).ref;
    db.prepare('UPDATE need SET household_id = ?, ssb_group = ? WHERE id = ?').run(
      l.householdId,
      l.ssbGroup,
      l.id,
    );
    const parts = [`husstand ${ref ?? '–'}`];
    if (l.ssbGroup !== need.ssbGroup) {
      parts.push(`SSB-gruppe ${l.ssbGroup ? SSB_GROUP_LABEL[l.ssbGroup] : 'standard'}`);
    }
    logChange(db, now, 'need', l.id, 'update', `${describeNeed(need)}: ${parts.join(', ')}`);
    return getNeed(db, l.id);
  })();
}
