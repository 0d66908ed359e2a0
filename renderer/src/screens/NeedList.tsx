// Behov: applicants on the waiting list and forecasts (e.g. refugee settlement).
import type { ApiInput, NeedRow } from '../../../main/contract/api';
import { NEED_KIND_LABEL, TARGET_GROUP_LABEL, URGENCY_LABEL } from '../../../main/domain/labels';
import { NEED_KINDS, TARGET_GROUPS, URGENCIES } from '../../../main/domain/types';
import { NEED_STATUSES, NEED_STATUS_LABEL } from '../../../main/domain/casework';
import type { Column } from '../components/DataTable';
import { Flag } from '../components/StatusBadge';
import { date, DASH, int, optionsOf } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { ListLayout } from '../lists/ListLayout';
import { useListParams, type FilterDef } from '../lists/useListParams';
import { href, type Route } from '../state/router';

const FILTERS: FilterDef[] = [
  { key: 'kind', label: 'Type', kind: 'enum', options: optionsOf(NEED_KINDS, NEED_KIND_LABEL) },
  {
    key: 'status',
    label: 'Status',
    kind: 'enum',
    options: optionsOf(NEED_STATUSES, NEED_STATUS_LABEL),
  },
  {
    key: 'targetGroup',
    label: 'Målgruppe',
    kind: 'enum',
    options: optionsOf(TARGET_GROUPS, TARGET_GROUP_LABEL),
  },
  {
    key: 'urgency',
    label: 'Hastegrad',
    kind: 'enum',
    options: optionsOf(URGENCIES, URGENCY_LABEL),
  },
];

const KIND_SHORT = { soker: 'Søker', prognose: 'Prognose' } as const;

const COLUMNS: Column<NeedRow>[] = [
  { key: 'kind', header: 'Type', sortKey: 'kind', render: (n) => KIND_SHORT[n.kind] },
  { key: 'ref', header: 'Ref', sortKey: 'ref', render: (n) => n.ref ?? DASH },
  {
    key: 'targetGroup',
    header: 'Målgruppe',
    sortKey: 'targetGroup',
    render: (n) => TARGET_GROUP_LABEL[n.targetGroup],
  },
  { key: 'households', header: 'Husstander', align: 'right', render: (n) => int(n.households) },
  {
    key: 'persons',
    header: 'Personer',
    sortKey: 'householdSize',
    align: 'right',
    title: 'Personer per husstand',
    render: (n) => int(n.householdSize),
  },
  {
    key: 'bedrooms',
    header: 'Soverom',
    sortKey: 'bedrooms',
    align: 'right',
    render: (n) => int(n.bedrooms),
  },
  {
    key: 'wheelchair',
    header: 'Rullestol',
    align: 'center',
    title: 'Behov for rullestoltilpasning',
    render: (n) => (n.wheelchair ? 'Ja' : DASH),
  },
  {
    key: 'urgency',
    header: 'Hastegrad',
    sortKey: 'urgency',
    render: (n) =>
      n.urgency === 'akutt' ? <Flag>{URGENCY_LABEL.akutt}</Flag> : URGENCY_LABEL[n.urgency],
  },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'status',
    render: (n) => (n.kind === 'soker' ? NEED_STATUS_LABEL[n.status] : DASH),
  },
  {
    key: 'registered',
    header: 'Registrert',
    sortKey: 'registered',
    align: 'right',
    render: (n) => date(n.registered),
  },
  {
    key: 'expectedYear',
    header: 'Forventet år',
    sortKey: 'expectedYear',
    align: 'right',
    render: (n) => String(n.expectedYear),
  },
];

export function NeedList({ route }: { route: Route }) {
  const params = useListParams(route, FILTERS, 'registered');
  const list = useApiQuery('needs.list', params.input as ApiInput<'needs.list'>);
  return (
    <ListLayout
      title="Behov"
      intro={<p className="lead">Søkere på ventelisten og prognoser for behov som kommer.</p>}
      newLabel="Nytt behov"
      newHref={href('/behov/ny')}
      searchLabel="Søk i behov"
      searchPlaceholder="Referanse eller merknad"
      filterDefs={FILTERS}
      params={params}
      list={list}
      columns={COLUMNS}
      rowHref={(n) => href(`/behov/${n.id}`)}
      rowLabel={(n) =>
        n.kind === 'soker'
          ? `Søker ${n.ref ?? n.id}`
          : `Prognose ${n.expectedYear}, ${TARGET_GROUP_LABEL[n.targetGroup]}`
      }
    />
  );
}
