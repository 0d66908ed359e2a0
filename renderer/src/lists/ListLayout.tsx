// The shared layout of the list screens: heading and "new" button, search and filters, the
// row count, the table and the pager.
import type { ReactNode } from 'react';
import type { Page } from '../../../main/contract/api';
import { DataTable, type Column } from '../components/DataTable';
import { FilterSelect } from '../components/FilterSelect';
import { Pager, rowCountText } from '../components/Pager';
import { SearchBox } from '../components/SearchBox';
import { LoadError } from '../components/LoadError';
import type { Query } from '../hooks/useApiQuery';
import { PAGE_SIZE, type FilterDef, type ListParams } from './useListParams';

const rowId = (row: { id: number }) => row.id;

interface Props<Row extends { id: number }> {
  title: string;
  newLabel: string;
  newHref: string;
  searchLabel: string;
  searchPlaceholder: string;
  filterDefs: FilterDef[];
  params: ListParams;
  /** The rows asked for with `params` (useApiQuery on the list method). */
  list: Pick<Query<Page<Row>>, 'data' | 'loading' | 'error'>;
  columns: Column<Row>[];
  rowHref: (row: Row) => string;
  rowLabel?: (row: Row) => string;
  intro?: ReactNode;
}

export function ListLayout<Row extends { id: number }>(props: Props<Row>) {
  const { params } = props;
  const page = props.list.data;
  const filtered = params.search !== '' || Object.keys(params.filters).length > 0;
  return (
    <div className="list-screen">
      <header className="screen-header">
        <div>
          <h1>{props.title}</h1>
          {props.intro}
        </div>
        <a className="btn btn-primary" href={props.newHref}>
          {props.newLabel}
        </a>
      </header>
      <div className="toolbar" role="search">
        <SearchBox
          label={props.searchLabel}
          placeholder={props.searchPlaceholder}
          value={params.search}
          onSearch={params.setSearch}
        />
        {props.filterDefs.map((f) => (
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
      {props.list.error ? (
        <LoadError error={props.list.error} />
      ) : (
        <>
          <p className="row-count" aria-live="polite">
            {page ? rowCountText(params.offset, page.rows.length, page.total) : ' '}
          </p>
          {page && (
            <DataTable
              caption={props.title}
              columns={props.columns}
              rows={page.rows}
              rowKey={rowId}
              rowHref={props.rowHref}
              rowLabel={props.rowLabel}
              sort={params.sort}
              dir={params.dir}
              onSort={params.toggleSort}
              busy={props.list.loading}
              empty={
                filtered ? 'Ingen treff. Prøv et annet søk eller færre filtre.' : 'Ingen ennå.'
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
    </div>
  );
}
