// «Varsler»: the scenario's warnings (the engine's coded ones and the form's notes), each with
// its year, a link to the action or the homes it concerns, and «Merk som sett» with a short
// reason. Seen warnings stay in the list, grey, with the reason and the date.
import { useEffect, useState } from 'react';
import {
  actionTitle,
  isWarningCode,
  WARNING_LABEL,
  warningKey,
  type Issue,
  type Scenario,
} from '../../../../../main/domain/scenario';
import { WARNING_REASON_MAX } from '../../../../../main/contract/warnings';
import { formatDate } from '../../../../../main/domain/format';
import { ApiError } from '../../../api';
import { TextField } from '../../../components/Field';
import { Panel } from '../../../components/Panel';
import { href } from '../../../state/router';
import type { SnapshotIndex } from '../useSnapshot';
import type { WarningMarks } from './useWarningMarks';

/** Homes listed by number beside a warning; the rest are counted. */
const MAX_HOMES = 12;

interface Props {
  warnings: Issue[];
  scenario: Scenario;
  index: SnapshotIndex;
  marks: WarningMarks;
  onGoAction: (actionId: string) => void;
}

export function warningCountText(n: number): string {
  return n === 1 ? '1 varsel' : `${n} varsler`;
}

export function Warnings({ warnings, scenario, index, marks, onGoAction }: Props) {
  if (warnings.length === 0) return null;
  const seen = warnings.filter((w) => marks.markOf(w)).length;
  // Unseen first, the engine's coded warnings before the form's notes; otherwise in order.
  const rank = (w: Issue) => (marks.markOf(w) ? 2 : 0) + (w.code ? 0 : 1);
  const ordered = warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => rank(a.w) - rank(b.w) || a.i - b.i)
    .map((x) => x.w);
  return (
    <Panel title={`Varsler (${warnings.length})`} className="warnings-panel">
      <p className="muted warnings-summary">
        {warningCountText(warnings.length)}
        {seen > 0 ? `, ${seen} merket som sett` : ''}. Et varsel som er merket som sett, blir
        stående i listen i grått med begrunnelsen.
      </p>
      <ul className="warning-list">
        {ordered.map((w) => (
          <WarningItem
            key={warningKey(w)}
            w={w}
            scenario={scenario}
            index={index}
            marks={marks}
            onGoAction={onGoAction}
          />
        ))}
      </ul>
    </Panel>
  );
}

function WarningItem({
  w,
  scenario,
  index,
  marks,
  onGoAction,
}: Omit<Props, 'warnings'> & { w: Issue }) {
  const mark = marks.markOf(w);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const key = warningKey(w);
  const position =
    w.actionId === null ? -1 : scenario.actions.findIndex((a) => a.id === w.actionId);
  const action = position >= 0 ? scenario.actions[position] : undefined;
  const homes = (w.unitIds ?? []).flatMap((id) => {
    const u = index.units.get(id);
    return u ? [{ id, no: u.unitNo }] : [];
  });
  const label = isWarningCode(w.code) ? WARNING_LABEL[w.code] : 'Merknad';
  useEffect(() => {
    if (!open) return;
    document
      .querySelector<HTMLInputElement>(`[data-warning-key="${CSS.escape(key)}"] input`)
      ?.focus();
  }, [open, key]);

  const submit = async (value: string | null) => {
    if (value !== null && !value.trim()) {
      setError('Begrunnelse: må fylles ut');
      return;
    }
    setBusy(true);
    try {
      await marks.mark(w, value === null ? null : value.trim());
      setOpen(false);
      setReason('');
      setError(undefined);
    } catch (e) {
      setError(
        e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : `Uventet feil: ${String(e)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className={`warning-item${mark ? ' is-seen' : ''}`}
      data-warning-code={w.code ?? 'merknad'}
      data-warning-key={key}
      data-seen={mark ? 'true' : 'false'}
    >
      <p className="warning-head">
        <span className="warning-label">{label}</span>
        {w.year !== undefined && <span className="warning-year">{w.year}</span>}
        {mark && <span className="badge warning-seen-badge">Sett</span>}
      </p>
      <p className="warning-message">{w.message}</p>
      {(action || homes.length > 0) && (
        <p className="warning-links">
          {action && (
            <button type="button" className="link" onClick={() => onGoAction(action.id)}>
              Gå til {actionTitle(action, position)}
            </button>
          )}
          {homes.length > 0 && (
            <span className="warning-homes">
              {homes.length === 1 ? 'Bolig: ' : 'Boliger: '}
              {homes.slice(0, MAX_HOMES).map((h, i) => (
                <span key={h.id}>
                  {i > 0 ? ', ' : ''}
                  <a href={href(`/boliger/${h.id}`)}>{h.no}</a>
                </span>
              ))}
              {homes.length > MAX_HOMES ? ` og ${homes.length - MAX_HOMES} til` : ''}
            </span>
          )}
        </p>
      )}
      {mark ? (
        <div className="warning-seen">
          <p className="warning-reason">
            Merket som sett {formatDate(mark.seenOn)}: {mark.reason}
          </p>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => void submit(null)}
          >
            Angre «sett»
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : open ? (
        <form
          className="warning-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(reason);
          }}
        >
          <TextField
            name="reason"
            label="Begrunnelse"
            hint={`Kort om hvorfor varselet er vurdert (høyst ${WARNING_REASON_MAX} tegn). Ikke skriv personopplysninger.`}
            value={reason}
            onChange={setReason}
            maxLength={WARNING_REASON_MAX}
            error={error}
            required
          />
          <div className="form-actions-inline">
            <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
              Lagre som sett
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setOpen(false);
                setError(undefined);
              }}
            >
              Avbryt
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
          Merk som sett
        </button>
      )}
    </li>
  );
}
