// Husstander: households, current tenants and those who have moved out.
import type { ApiInput, HouseholdRow } from '../../../main/contract/api';
import { FOLLOW_UP_LABEL, INCOME_SOURCE_LABEL } from '../../../main/domain/labels';
import type { Column } from '../components/DataTable';
import { Flag } from '../components/StatusBadge';
import { date, DASH, int, YES_NO } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { ListLayout } from '../lists/ListLayout';
import { useListParams, type FilterDef } from '../lists/useListParams';
import { href, type Route } from '../state/router';

const FILTERS: FilterDef[] = [
  { key: 'housed', label: 'Bor i kommunal bolig', kind: 'bool', options: YES_NO },
  { key: 'withChildren', label: 'Med barn', kind: 'bool', options: YES_NO },
  { key: 'crowded', label: 'Trangbodd', kind: 'bool', options: YES_NO },
  { key: 'expired', label: 'Utløpt kontrakt', kind: 'bool', options: YES_NO },
];

const COLUMNS: Column<HouseholdRow>[] = [
  { key: 'ref', header: 'Ref', sortKey: 'ref', render: (h) => h.ref },
  {
    key: 'persons',
    header: 'Personer',
    sortKey: 'persons',
    align: 'right',
    render: (h) => int(h.persons),
  },
  {
    key: 'children',
    header: 'Barn',
    sortKey: 'children',
    align: 'right',
    render: (h) => int(h.childAges.length),
  },
  {
    key: 'unit',
    header: 'Bolig',
    sortKey: 'unitNo',
    render: (h) =>
      h.unitId !== null ? <a href={href(`/boliger/${h.unitId}`)}>{h.unitNo}</a> : DASH,
  },
  {
    key: 'start',
    header: 'Kontrakt start',
    sortKey: 'contractStart',
    align: 'right',
    render: (h) => date(h.contractStart),
  },
  {
    key: 'end',
    header: 'Kontrakt slutt',
    sortKey: 'contractEnd',
    align: 'right',
    render: (h) =>
      h.contractExpired ? (
        <span className="expired">
          {date(h.contractEnd)} <Flag>Utløpt</Flag>
        </span>
      ) : (
        date(h.contractEnd)
      ),
  },
  {
    key: 'need',
    header: 'Soverom behov',
    align: 'right',
    title: 'Soverom husstanden trenger etter soveromsregelen',
    render: (h) => int(h.bedroomsNeeded),
  },
  {
    key: 'crowded',
    header: 'Trangbodd',
    align: 'center',
    render: (h) => (h.crowded ? <Flag>Trangbodd</Flag> : DASH),
  },
  {
    key: 'income',
    header: 'Inntekt',
    sortKey: 'incomeSource',
    render: (h) => INCOME_SOURCE_LABEL[h.incomeSource],
  },
  {
    key: 'followUp',
    header: 'Oppfølging',
    sortKey: 'followUp',
    render: (h) => FOLLOW_UP_LABEL[h.followUp],
  },
];

export function HouseholdList({ route }: { route: Route }) {
  const params = useListParams(route, FILTERS, 'ref');
  const list = useApiQuery('households.list', params.input as ApiInput<'households.list'>);
  return (
    <ListLayout
      title="Husstander"
      newLabel="Ny husstand"
      newHref={href('/husstander/ny')}
      searchLabel="Søk i husstander"
      searchPlaceholder="Referanse eller bolignr"
      filterDefs={FILTERS}
      params={params}
      list={list}
      columns={COLUMNS}
      rowHref={(h) => href(`/husstander/${h.id}`)}
      rowLabel={(h) => `Husstand ${h.ref}`}
    />
  );
}
