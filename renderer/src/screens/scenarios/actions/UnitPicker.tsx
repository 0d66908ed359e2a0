// Picks register homes for an action: search by bolignr or address, tick homes in the list
// (or choose one, for leie-til-eie). Homes named by other actions are marked.
import { useId, useMemo, useState } from 'react';
import { segmentLabel, unitSegment } from '../../../../../main/domain/scenario';
import { STATUS_LABEL } from '../../../../../main/domain/labels';
import type { Unit } from '../../../../../main/domain/types';
import { date } from '../../../display';
import type { SnapshotIndex } from '../useSnapshot';
import { counted } from '../../../../../main/domain/count';

const MAX_ROWS = 100;

interface Props {
  label: string;
  index: SnapshotIndex;
  eligible: (u: Unit) => boolean;
  selected: number[];
  onChange: (ids: number[]) => void;
  single?: boolean;
  errors?: string[];
  /** Other actions that name a home: unit id → «tiltak 2». */
  usedBy?: Map<number, string>;
  /** Show the framleie lease end. */
  showLeaseEnd?: boolean;
}

export function UnitPicker(props: Props) {
  const { index, selected } = props;
  const id = useId();
  const [search, setSearch] = useState('');
  const eligible = useMemo(
    () => index.snapshot.units.filter(props.eligible),
    // The eligibility rule is fixed per form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index],
  );
  const term = search.trim().toLowerCase();
  const matches = term
    ? eligible.filter(
        (u) => u.unitNo.toLowerCase().includes(term) || u.address.toLowerCase().includes(term),
      )
    : eligible;
  const chosen = new Set(selected);
  const toggle = (uid: number, on: boolean) => {
    if (props.single) props.onChange(on ? [uid] : []);
    else props.onChange(on ? [...selected, uid] : selected.filter((x) => x !== uid));
  };
  const errors = props.errors ?? [];
  const tenantRef = (u: Unit) => {
    const t = index.tenantOf.get(u.id);
    return t ? (index.households.get(t.householdId)?.ref ?? '') : '';
  };
  return (
    <div className={errors.length ? 'unit-picker has-error' : 'unit-picker'} data-field="Bolig">
      <div className="picker-head">
        <span className="picker-label" id={`${id}-label`}>
          {props.label}
        </span>
        <ul className="chips" aria-label="Valgte boliger">
          {selected.length === 0 && <li className="muted">Ingen valgt</li>}
          {selected.map((uid) => {
            const u = index.units.get(uid);
            return (
              <li key={uid} className="chip">
                {u?.unitNo ?? `#${uid}`}
                <button
                  type="button"
                  aria-label={`Fjern bolig ${u?.unitNo ?? uid}`}
                  onClick={() => toggle(uid, false)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      {errors.map((e) => (
        <p key={e} className="field-error">
          {e}
        </p>
      ))}
      <div className="picker-search">
        <label htmlFor={`${id}-search`}>Søk etter bolig</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          placeholder="Bolignr eller adresse"
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="muted">
          {matches.length > MAX_ROWS
            ? `Viser ${MAX_ROWS} av ${matches.length}. Søk for å finne flere.`
            : counted(matches.length, 'bolig', 'boliger')}
        </span>
      </div>
      <div className="picker-list">
        <table className="data-table compact" aria-labelledby={`${id}-label`}>
          <thead>
            <tr>
              <th scope="col">Velg</th>
              <th scope="col">Adresse</th>
              <th scope="col">Segment</th>
              <th scope="col">Status</th>
              <th scope="col">Leietaker</th>
              {props.showLeaseEnd && <th scope="col">Leieavtale slutter</th>}
              <th scope="col">Merknad</th>
            </tr>
          </thead>
          <tbody>
            {matches.slice(0, MAX_ROWS).map((u) => (
              <tr key={u.id} className={chosen.has(u.id) ? 'picked' : undefined}>
                <td>
                  <label className="inline-check">
                    <input
                      type={props.single ? 'radio' : 'checkbox'}
                      name={props.single ? `${id}-unit` : undefined}
                      checked={chosen.has(u.id)}
                      onChange={(e) => toggle(u.id, e.target.checked)}
                    />
                    {u.unitNo}
                  </label>
                </td>
                <td>{u.address}</td>
                <td>{segmentLabel(unitSegment(u))}</td>
                <td>{STATUS_LABEL[u.status]}</td>
                <td>{tenantRef(u)}</td>
                {props.showLeaseEnd && <td>{date(u.leaseEnd)}</td>}
                <td className="muted">
                  {props.usedBy?.get(u.id) ? `Brukt i ${props.usedBy.get(u.id)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Unit id → «tiltak N» for homes named by the scenario's other actions. */
export function usedByOthers(
  actions: { id: string; ids: number[] }[],
  selfId: string,
): Map<number, string> {
  const out = new Map<number, string>();
  actions.forEach((a, i) => {
    if (a.id === selfId) return;
    for (const uid of a.ids) if (!out.has(uid)) out.set(uid, `tiltak ${i + 1}`);
  });
  return out;
}
