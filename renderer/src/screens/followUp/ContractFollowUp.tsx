// Kontraktoppfølging (issue 13.1): 3-year contracts and framleie leases ending in the chosen
// period, overdue first, with days left and the planner's follow-up status.
import { useState } from 'react';
import type { ApiInput } from '../../../../main/contract/api';
import { FOLLOW_UP_FILTER_STATUSES, type EndingRow } from '../../../../main/contract/followUp';
import {
  ENDING_KINDS,
  ENDING_KIND_LABEL,
  FOLLOW_UP_STATUS_LABEL,
} from '../../../../main/domain/casework';
import { formatInteger } from '../../../../main/domain/format';
import { conditionLabel, TENURE_LABEL } from '../../../../main/domain/labels';
import { TENURES } from '../../../../main/domain/types';
import { call } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { FilterSelect } from '../../components/FilterSelect';
import { LoadError } from '../../components/LoadError';
import { Pager, rowCountText } from '../../components/Pager';
import { SaveFileButton } from '../../components/SaveFileButton';
import { SearchBox } from '../../components/SearchBox';
import { Flag } from '../../components/StatusBadge';
import { date, DASH, optionsOf } from '../../display';
import { useApiQuery } from '../../hooks/useApiQuery';
import { PAGE_SIZE, useListParams, type FilterDef } from '../../lists/useListParams';
import { href, replaceQuery, type Route } from '../../state/router';
import { FollowUpForm } from './FollowUpForm';

const MONTH_CHOICES = [3, 6, 12, 24, 36];
const DEFAULT_MONTHS = 12;

const STATUS_FILTER_LABEL: Record<(typeof FOLLOW_UP_FILTER_STATUSES)[number], string> = {
  ...FOLLOW_UP_STATUS_LABEL,
  ingen: 'Ikke satt',
};

function filterDefs(areas: { id: number; name: string }[]): FilterDef[] {
  return [
    {
      key: 'kind',
      label: 'Type',
      kind: 'enum',
      options: optionsOf(ENDING_KINDS, ENDING_KIND_LABEL),
    },
    {
      key: 'status',
      label: 'Oppfølging',
      kind: 'enum',
      options: optionsOf(FOLLOW_UP_FILTER_STATUSES, STATUS_FILTER_LABEL),
    },
    { key: 'tenure', label: 'Eierform', kind: 'enum', options: optionsOf(TENURES, TENURE_LABEL) },
    {
      key: 'condition',
      label: 'Tilstandsgrad',
      kind: 'int',
      options: [0, 1, 2, 3].map((g) => ({ value: String(g), label: `TG${g}` })),
    },
    {
      key: 'areaId',
      label: 'Område',
      kind: 'int',
      options: areas.map((a) => ({ value: String(a.id), label: a.name })),
    },
  ];
}

function daysText(days: number): string {
  if (days < 0) return `${formatInteger(-days)} dager over`;
  if (days === 0) return 'I dag';
  return `${formatInteger(days)} dager`;
}

function columns(edit: (row: EndingRow) => void): Column<EndingRow>[] {
  return [
    { key: 'unitNo', header: 'Bolig', sortKey: 'unitNo', render: (r) => r.unitNo },
    { key: 'kind', header: 'Type', sortKey: 'kind', render: (r) => ENDING_KIND_LABEL[r.kind] },
    {
      key: 'household',
      header: 'Husstand',
      sortKey: 'householdRef',
      render: (r) =>
        r.householdId !== null ? (
          <a href={href(`/husstander/${r.householdId}`)}>{r.householdRef}</a>
        ) : (
          DASH
        ),
    },
    { key: 'area', header: 'Område', sortKey: 'area', render: (r) => r.areaName ?? DASH },
    { key: 'tenure', header: 'Eierform', render: (r) => TENURE_LABEL[r.tenure] },
    {
      key: 'condition',
      header: 'TG',
      title: 'Tilstandsgrad',
      sortKey: 'condition',
      render: (r) => conditionLabel(r.condition),
    },
    { key: 'end', header: 'Slutter', sortKey: 'end', align: 'right', render: (r) => date(r.end) },
    {
      key: 'daysLeft',
      header: 'Dager igjen',
      sortKey: 'daysLeft',
      align: 'right',
      render: (r) => (r.daysLeft < 0 ? <Flag>{daysText(r.daysLeft)}</Flag> : daysText(r.daysLeft)),
    },
    {
      key: 'status',
      header: 'Oppfølging',
      sortKey: 'status',
      render: (r) => (r.status ? FOLLOW_UP_STATUS_LABEL[r.status] : 'Ikke satt'),
    },
    {
      key: 'statusDate',
      header: 'Dato',
      sortKey: 'statusDate',
      align: 'right',
      render: (r) => date(r.statusDate),
    },
    { key: 'note', header: 'Merknad', render: (r) => r.note || DASH },
    {
      key: 'edit',
      header: '',
      render: (r) => (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => edit(r)}
          aria-label={`Sett oppfølging for ${r.unitNo}`}
        >
          Sett status
        </button>
      ),
    },
  ];
}

export function ContractFollowUp({ route }: { route: Route }) {
  const areas = useApiQuery('areas.list', {});
  const defs = filterDefs(areas.data ?? []);
  const params = useListParams(route, defs, 'end');
  const monthsRaw = Number(route.query.get('months'));
  const months = MONTH_CHOICES.includes(monthsRaw) ? monthsRaw : DEFAULT_MONTHS;
  const input = { ...params.input, months } as ApiInput<'followUp.list'>;
  const list = useApiQuery('followUp.list', input);
  const [editing, setEditing] = useState<EndingRow | null>(null);
  const page = list.data;
  const filtered = params.search !== '' || Object.keys(params.filters).length > 0;
  const { sort: _s, dir: _d, offset: _o, limit: _l, ...exportFilters } = input;

  return (
    <div className="list-screen">
      <header className="screen-header">
        <div>
          <h1>Kontraktoppfølging</h1>
          <p className="lead">
            Leiekontrakter og framleieavtaler som slutter innen {months} måneder
            {page ? ` (til ${date(page.until)})` : ''}, og de som allerede har gått ut.
          </p>
        </div>
        <SaveFileButton
          label="Eksporter til Excel"
          save={() => call('followUp.export', exportFilters)}
        />
      </header>
      <div className="toolbar" role="search">
        <SearchBox
          label="Søk i kontrakter"
          placeholder="Bolignr, adresse eller husstand"
          value={params.search}
          onSearch={params.setSearch}
        />
        <div className="filter">
          <label htmlFor="follow-up-months">Slutter innen</label>
          <select
            id="follow-up-months"
            value={String(months)}
            onChange={(e) => replaceQuery({ months: e.target.value, side: null })}
          >
            {MONTH_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m} måneder
              </option>
            ))}
          </select>
        </div>
        {defs.map((f) => (
          <FilterSelect
            key={f.key}
            label={f.label}
            value={params.filters[f.key] ?? ''}
            options={f.options}
            onChange={(v) => params.setFilter(f.key, v)}
          />
        ))}
        {filtered && (
          <button type="button" className="btn btn-quiet" onClick={params.clear}>
            Nullstill
          </button>
        )}
      </div>
      {list.error ? (
        <LoadError error={list.error} />
      ) : (
        <>
          <p className="row-count" aria-live="polite">
            {page ? rowCountText(params.offset, page.rows.length, page.total) : ' '}
          </p>
          {page && (
            <DataTable
              caption="Kontraktoppfølging"
              columns={columns(setEditing)}
              rows={page.rows}
              rowKey={(r) => r.key}
              rowHref={(r) =>
                r.kind === 'kontrakt' && r.householdId !== null
                  ? href(`/husstander/${r.householdId}`)
                  : href(`/boliger/${r.unitId}`)
              }
              rowLabel={(r) => `${r.unitNo}, ${ENDING_KIND_LABEL[r.kind].toLowerCase()}`}
              sort={params.sort}
              dir={params.dir}
              onSort={params.toggleSort}
              busy={list.loading}
              empty={
                filtered
                  ? 'Ingen treff. Prøv et annet søk eller færre filtre.'
                  : 'Ingen kontrakter eller framleieavtaler slutter i perioden.'
              }
            />
          )}
          {page && (
            <Pager
              offset={params.offset}
              limit={PAGE_SIZE}
              total={page.total}
              onPage={params.setPage}
            />
          )}
        </>
      )}
      {editing && (
        <FollowUpForm
          row={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </div>
  );
}
