// The unit picker's columns and their sort orders. With per-home values (a sale), the picker
// also shows condition, backlog, value, the loan and grant to pay back and whether the home is
// let, so the planner can choose what to sell; every column sorts, empty values last.
import { compareNb } from '../../../../../main/domain/format';
import type { ReactNode } from 'react';
import { segmentLabel, unitSegment, type UnitValue } from '../../../../../main/domain/scenario';
import { conditionLabel, STATUS_LABEL } from '../../../../../main/domain/labels';
import type { Unit } from '../../../../../main/domain/types';
import { date } from '../../../display';
import { kr } from '../fmt';

export type SortDir = 'asc' | 'desc';

export interface PickerRow {
  unit: Unit;
  value: UnitValue | undefined;
  /** Pseudonymous reference of the household living there ('' if none). */
  tenant: string;
  /** «Brukt i tiltak 2», or ''. */
  usedBy: string;
}

export interface PickerColumn {
  key: string;
  header: string;
  /** Full name for a short header (title and the sort button's name). */
  title?: string;
  align?: 'right';
  render: (r: PickerRow) => ReactNode;
  /** Sort value; null sorts last in both directions. */
  sort: (r: PickerRow) => number | string | null;
}

const money = (v: number | undefined) => (v === undefined ? '' : kr(v));

export function pickerColumns(opts: { values: boolean; leaseEnd: boolean }): PickerColumn[] {
  // With the value columns, the address goes under the bolignr (UnitPicker) to keep it narrow.
  const cols: PickerColumn[] = opts.values
    ? []
    : [
        {
          key: 'address',
          header: 'Adresse',
          render: (r) => r.unit.address,
          sort: (r) => r.unit.address,
        },
      ];
  cols.push(
    {
      key: 'segment',
      header: 'Segment',
      render: (r) => segmentLabel(unitSegment(r.unit)),
      sort: (r) => unitSegment(r.unit),
    },
    {
      key: 'status',
      header: 'Status',
      render: (r) => STATUS_LABEL[r.unit.status],
      sort: (r) => STATUS_LABEL[r.unit.status],
    },
  );
  if (opts.values) {
    cols.push(
      {
        key: 'condition',
        header: 'TG',
        title: 'Tilstandsgrad',
        render: (r) => conditionLabel(r.unit.condition),
        sort: (r) => r.unit.condition,
      },
      {
        key: 'backlog',
        header: 'Etterslep',
        title: 'Vedlikeholdsetterslep',
        align: 'right',
        render: (r) => kr(r.unit.maintenanceBacklog),
        sort: (r) => r.unit.maintenanceBacklog,
      },
      {
        key: 'value',
        header: 'Verdi',
        title: 'Verdi per bolig: nåverdi over 30 år etter kapitalkostnad og etterslep',
        align: 'right',
        render: (r) => money(r.value?.npv),
        sort: (r) => r.value?.npv ?? null,
      },
      {
        key: 'loan',
        header: 'Lån å innfri',
        title: 'Boligens andel av lånene, innfris ved salg',
        align: 'right',
        render: (r) => money(r.value?.loanBalance),
        sort: (r) => r.value?.loanBalance ?? null,
      },
      {
        key: 'grant',
        header: 'Tilskudd tilbake',
        title: 'Tilskudd som ikke er nedskrevet, betales tilbake ved salg',
        align: 'right',
        render: (r) => money(r.value?.grantToRepay),
        sort: (r) => r.value?.grantToRepay ?? null,
      },
      {
        key: 'let',
        header: 'Utleid',
        title: 'Utleid (husstanden som bor der)',
        render: (r) => (r.tenant ? `Ja, ${r.tenant}` : 'Nei'),
        sort: (r) => (r.tenant ? `1 ${r.tenant}` : '0'),
      },
    );
  } else {
    cols.push({
      key: 'tenant',
      header: 'Leietaker',
      render: (r) => r.tenant,
      sort: (r) => r.tenant || null,
    });
  }
  if (opts.leaseEnd) {
    cols.push({
      key: 'leaseEnd',
      header: 'Leieavtale slutter',
      render: (r) => date(r.unit.leaseEnd),
      sort: (r) => r.unit.leaseEnd,
    });
  }
  cols.push({
    key: 'note',
    header: 'Merknad',
    render: (r) => <span className="muted">{r.usedBy}</span>,
    sort: (r) => r.usedBy || null,
  });
  return cols;
}

/** Rows sorted by a column; empty values last either way; ties by bolignr. */
export function sortRows(rows: PickerRow[], col: PickerColumn | undefined, dir: SortDir) {
  const byNo = (a: PickerRow, b: PickerRow) => compareNb(a.unit.unitNo, b.unit.unitNo);
  if (!col) return rows;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = col.sort(a);
    const y = col.sort(b);
    if (x === null || y === null) return x === y ? byNo(a, b) : x === null ? 1 : -1;
    const c =
      typeof x === 'number' && typeof y === 'number' ? x - y : compareNb(String(x), String(y));
    return c !== 0 ? sign * c : byNo(a, b);
  });
}
