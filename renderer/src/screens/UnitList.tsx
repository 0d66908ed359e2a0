// Boliger: the stock, searchable and filterable, sorted and paged on the server.
import type { ApiInput, UnitRow } from '../../../main/contract/api';
import {
  BUILDING_TYPE_LABEL,
  conditionLabel,
  STATUS_LABEL,
  TENURE_LABEL,
} from '../../../main/domain/labels';
import { TENURES, UNIT_STATUSES } from '../../../main/domain/types';
import type { Column } from '../components/DataTable';
import { StatusBadge } from '../components/StatusBadge';
import { date, DASH, int, kr, m2, optionsOf, YES_NO } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { ListLayout } from '../lists/ListLayout';
import { useListParams, type FilterDef } from '../lists/useListParams';
import { href, type Route } from '../state/router';

const BEDROOM_OPTIONS = [
  { value: '0', label: '0 (hybel)' },
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4 eller flere' },
];

const COLUMNS: Column<UnitRow>[] = [
  { key: 'unitNo', header: 'Bolignr', sortKey: 'unitNo', render: (u) => u.unitNo },
  { key: 'address', header: 'Adresse', sortKey: 'address', render: (u) => u.address },
  { key: 'area', header: 'Område', sortKey: 'area', render: (u) => u.areaName ?? DASH },
  { key: 'type', header: 'Type', render: (u) => BUILDING_TYPE_LABEL[u.buildingType] },
  { key: 'tenure', header: 'Eierform', sortKey: 'tenure', render: (u) => TENURE_LABEL[u.tenure] },
  {
    key: 'bedrooms',
    header: 'Soverom',
    sortKey: 'bedrooms',
    align: 'right',
    render: (u) => int(u.bedrooms),
  },
  { key: 'areaM2', header: 'BRA', sortKey: 'areaM2', align: 'right', render: (u) => m2(u.areaM2) },
  {
    key: 'rent',
    header: 'Månedsleie',
    sortKey: 'rentMonthly',
    align: 'right',
    render: (u) => kr(u.rentMonthly),
  },
  {
    key: 'condition',
    header: 'TG',
    title: 'Tilstandsgrad',
    sortKey: 'condition',
    align: 'center',
    render: (u) => (u.condition === null ? DASH : conditionLabel(u.condition)),
  },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'status',
    render: (u) => <StatusBadge status={u.status} />,
  },
  {
    key: 'household',
    header: 'Husstand',
    render: (u) =>
      u.householdId !== null ? (
        <a href={href(`/husstander/${u.householdId}`)}>{u.householdRef}</a>
      ) : (
        DASH
      ),
  },
  {
    key: 'contractEnd',
    header: 'Kontrakt slutt',
    sortKey: 'contractEnd',
    align: 'right',
    render: (u) => (u.householdId !== null ? date(u.contractEnd) : DASH),
  },
];

export function UnitList({ route }: { route: Route }) {
  const areas = useApiQuery('areas.list', {});
  const filterDefs: FilterDef[] = [
    {
      key: 'status',
      label: 'Status',
      kind: 'enum',
      options: optionsOf(UNIT_STATUSES, STATUS_LABEL),
    },
    { key: 'tenure', label: 'Eierform', kind: 'enum', options: optionsOf(TENURES, TENURE_LABEL) },
    {
      key: 'areaId',
      label: 'Område',
      kind: 'int',
      options: (areas.data ?? []).map((a) => ({ value: String(a.id), label: a.name })),
    },
    { key: 'bedrooms', label: 'Soverom', kind: 'int', options: BEDROOM_OPTIONS },
    { key: 'wheelchairAccessible', label: 'Rullestol', kind: 'bool', options: YES_NO },
  ];
  const params = useListParams(route, filterDefs, 'unitNo');
  // Wait for the areas before asking for rows, so an area filter from the URL is applied.
  const list = useApiQuery(
    'units.list',
    areas.data ? (params.input as ApiInput<'units.list'>) : null,
  );
  return (
    <ListLayout
      title="Boliger"
      newLabel="Ny bolig"
      newHref={href('/boliger/ny')}
      searchLabel="Søk i boliger"
      searchPlaceholder="Bolignr, adresse eller område"
      filterDefs={filterDefs}
      params={params}
      list={{ ...list, error: list.error ?? areas.error }}
      columns={COLUMNS}
      rowHref={(u) => href(`/boliger/${u.id}`)}
      rowLabel={(u) => `Bolig ${u.unitNo}, ${u.address}`}
    />
  );
}
