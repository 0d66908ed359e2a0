// Picks register homes for an action: search by bolignr or address, tick homes in the list
// (or choose one, for leie-til-eie), sort by any column. Homes named by other actions are
// marked. Given per-home values (a sale), it shows condition, backlog, value, loan and grant
// to pay back and whether the home is let, and can take «de N med lavest verdi».
import { useId, useMemo, useState } from 'react';
import type { UnitValue } from '../../../../../main/domain/scenario';
import type { Unit } from '../../../../../main/domain/types';
import type { SnapshotIndex } from '../useSnapshot';
import { counted } from '../../../../../main/domain/count';
import { NumericField } from '../../../components/NumericField';
import { VirtualTable } from '../../../components/VirtualTable';
import { pickerColumns, sortRows, type PickerRow, type SortDir } from './pickerColumns';
import './picker.css';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

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
  /** Per-home values by unit id (a sale): adds the value columns and «de N med lavest verdi». */
  values?: Map<number, UnitValue>;
}

export function UnitPicker(props: Props) {
  const { index, selected, values } = props;
  const id = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: string; dir: SortDir } | null>(
    values ? { key: 'value', dir: 'asc' } : null,
  );
  const [lowestN, setLowestN] = useState<number | undefined>(2);
  const columns = useMemo(
    () => pickerColumns({ values: values !== undefined, leaseEnd: props.showLeaseEnd === true }),
    [values, props.showLeaseEnd],
  );
  const rows = useMemo<PickerRow[]>(
    () =>
      index.snapshot.units.filter(props.eligible).map((u) => {
        const t = index.tenantOf.get(u.id);
        return {
          unit: u,
          value: values?.get(u.id),
          tenant: t ? (index.households.get(t.householdId)?.ref ?? '') : '',
          usedBy: props.usedBy?.get(u.id) ? `Brukt i ${props.usedBy.get(u.id)}` : '',
        };
      }),
    // The eligibility rule is fixed per form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, values, props.usedBy],
  );
  const term = search.trim().toLowerCase();
  // Filtered and sorted once per change, not on every render (12 000 homes at Oslo's size).
  const shown = useMemo(() => {
    const matches = term
      ? rows.filter(
          (r) =>
            r.unit.unitNo.toLowerCase().includes(term) ||
            r.unit.address.toLowerCase().includes(term),
        )
      : rows;
    const sortCol =
      sort?.key === 'unitNo'
        ? {
            key: 'unitNo',
            header: 'Bolig',
            render: () => null,
            sort: (r: PickerRow) => r.unit.unitNo,
          }
        : columns.find((c) => c.key === sort?.key);
    return sortRows(matches, sortCol, sort?.dir ?? 'asc');
  }, [rows, term, sort, columns]);
  const chosen = new Set(selected);
  const toggle = (uid: number, on: boolean) => {
    if (props.single) props.onChange(on ? [uid] : []);
    else props.onChange(on ? [...selected, uid] : selected.filter((x) => x !== uid));
  };
  const sortBy = (key: string) =>
    setSort((s) =>
      s?.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' },
    );
  // The N homes with the lowest value that no other action names.
  const takeLowest = () => {
    if (!values || lowestN === undefined) return;
    const free = rows.filter((r) => r.value !== undefined && !r.usedBy);
    const lowest = sortRows(
      free,
      columns.find((c) => c.key === 'value'),
      'asc',
    );
    props.onChange(lowest.slice(0, lowestN).map((r) => r.unit.id));
  };
  const lowestValid = lowestN !== undefined && Number.isInteger(lowestN) && lowestN >= 1;
  const errors = props.errors ?? [];
  const header = (key: string, text: string, title?: string, right?: boolean) => {
    const on = sort?.key === key;
    return (
      <th
        key={key}
        scope="col"
        className={right ? 'align-right' : undefined}
        aria-sort={on ? ARIA_SORT[sort!.dir] : undefined}
        title={title}
      >
        <button type="button" className="sort-button" onClick={() => sortBy(key)}>
          {text}
          <span className={on ? 'sort-icon sorted' : 'sort-icon'} aria-hidden="true">
            {on ? (sort!.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
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
      {values && !props.single && (
        <div className="picker-lowest">
          <NumericField
            name="lowestCount"
            label="Antall boliger med lavest verdi"
            kind="int"
            value={lowestN}
            onChange={setLowestN}
            error={
              lowestN !== undefined && !lowestValid
                ? 'Antall: må være et helt tall fra 1'
                : undefined
            }
          />
          <button
            type="button"
            className="btn btn-small"
            disabled={!lowestValid}
            onClick={takeLowest}
          >
            {lowestValid ? `Velg de ${lowestN} med lavest verdi` : 'Velg de N med lavest verdi'}
          </button>
          <span className="muted">
            Erstatter valget. Boliger brukt i andre tiltak tas ikke med.
          </span>
        </div>
      )}
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
        <span className="muted">{counted(shown.length, 'bolig', 'boliger')}</span>
      </div>
      <VirtualTable
        className={values ? 'picker-list picker-wide' : 'picker-list'}
        label={`${props.label}: ${counted(shown.length, 'bolig', 'boliger')}`}
        tableClassName="data-table compact"
        tableProps={{ 'aria-labelledby': `${id}-label` }}
        count={shown.length}
        rowHeight={values ? 56 : 40}
        columns={columns.length + 1}
        head={
          <>
            {header('unitNo', 'Velg bolig')}
            {columns.map((c) => header(c.key, c.header, c.title, c.align === 'right'))}
          </>
        }
        renderRow={(i, rowProps) => {
          const r = shown[i]!;
          return (
            <tr
              key={r.unit.id}
              className={chosen.has(r.unit.id) ? 'picked' : undefined}
              data-unit-no={r.unit.unitNo}
              {...rowProps}
            >
              <td>
                <label className="inline-check">
                  <input
                    type={props.single ? 'radio' : 'checkbox'}
                    name={props.single ? `${id}-unit` : undefined}
                    checked={chosen.has(r.unit.id)}
                    onChange={(e) => toggle(r.unit.id, e.target.checked)}
                  />
                  {r.unit.unitNo}
                </label>
                {values && <span className="picker-address">{r.unit.address}</span>}
              </td>
              {columns.map((c) => (
                <td key={c.key} className={c.align === 'right' ? 'align-right num' : undefined}>
                  {c.render(r)}
                </td>
              ))}
            </tr>
          );
        }}
      />
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
