// The planner's «sett» marks on a stored scenario's warnings (migration 007). The reason is
// free text: checked for national id numbers (the contract does too) and kept short.
import type { WarningSeen, WarningSetSeenInput } from '../contract/warnings';
import { WARNING_REASON_MAX } from '../contract/warnings';
import { containsNationalId, NATIONAL_ID_MESSAGE } from '../domain/privacy';
import { logChange } from './changelog';
import type { Db } from './db';
import { fieldError, notFound } from './errors';

interface Row {
  scenario_id: number;
  warning_key: string;
  code: string;
  reason: string;
  seen_on: string;
}

const toSeen = (r: Row): WarningSeen => ({
  scenarioId: r.scenario_id,
  key: r.warning_key,
  code: r.code,
  reason: r.reason,
  seenOn: r.seen_on,
});

export function listWarningsSeen(db: Db, scenarioId: number): WarningSeen[] {
  return (
    db
      .prepare('SELECT * FROM warning_seen WHERE scenario_id = ? ORDER BY seen_on, warning_key')
      .all(scenarioId) as Row[]
  ).map(toSeen);
}

/** Marks a warning as seen (or, with reason null, removes the mark). Returns the scenario's marks. */
export function setWarningSeen(db: Db, f: WarningSetSeenInput, now: string): WarningSeen[] {
  return db.transaction(() => {
    const s = db.prepare('SELECT name FROM scenario WHERE id = ?').get(f.scenarioId) as
      { name: string } | undefined;
    if (!s) throw notFound('scenario', f.scenarioId);
    if (f.reason === null) {
      db.prepare('DELETE FROM warning_seen WHERE scenario_id = ? AND warning_key = ?').run(
        f.scenarioId,
        f.key,
      );
      logChange(
        db,
        now,
        'scenario',
        f.scenarioId,
        'update',
        `Varsel ikke lenger merket som sett (${f.code || 'merknad'})`,
      );
      return listWarningsSeen(db, f.scenarioId);
    }
    const reason = f.reason.trim();
    if (!reason) throw fieldError('reason', 'Begrunnelse', 'må fylles ut');
    if (reason.length > WARNING_REASON_MAX) {
      throw fieldError('reason', 'Begrunnelse', `kan ha høyst ${WARNING_REASON_MAX} tegn`);
    }
    if (containsNationalId(reason)) throw fieldError('reason', 'Begrunnelse', NATIONAL_ID_MESSAGE);
    db.prepare(
      `INSERT INTO warning_seen (scenario_id, warning_key, code, reason, seen_on)
       VALUES (@scenarioId, @key, @code, @reason, @today)
       ON CONFLICT (scenario_id, warning_key) DO UPDATE SET code = excluded.code,
         reason = excluded.reason, seen_on = excluded.seen_on`,
    ).run({ scenarioId: f.scenarioId, key: f.key, code: f.code, reason, today: now.slice(0, 10) });
    logChange(
      db,
      now,
      'scenario',
      f.scenarioId,
      'update',
      `Varsel merket som sett (${f.code || 'merknad'})`,
    );
    return listWarningsSeen(db, f.scenarioId);
  })();
}
