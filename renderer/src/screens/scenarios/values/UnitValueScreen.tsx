// Verdi per bolig: each owned home's 30-year net present value (rent less running costs and
// backlog), lowest first — the candidates to consider for sale. Ticked homes become a salg
// action in a chosen scenario.
import { npvConvention } from '../../../../../main/domain/scenario/values';
import { useMemo, useState } from 'react';
import {
  DEFAULT_ASSUMPTIONS,
  SEGMENT_KEYS,
  segmentLabel,
  unitValues,
  type SegmentKey,
} from '../../../../../main/domain/scenario';
import { counted } from '../../../../../main/domain/count';
import { conditionLabel } from '../../../../../main/domain/labels';
import { FilterSelect } from '../../../components/FilterSelect';
import { LoadError } from '../../../components/LoadError';
import { StatusBadge } from '../../../components/StatusBadge';
import { VirtualTable } from '../../../components/VirtualTable';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { href, replaceQuery, type Route } from '../../../state/router';
import { useDrafts } from '../drafts';
import { gainWords, NET_INCOME, NET_VALUE } from '../../../../../main/domain/wording';
import { int, kr, rate } from '../fmt';
import { useSnapshot } from '../useSnapshot';
import { ToSaleBar } from './ToSaleBar';
import '../scenarios.css';

/** A figure where + is a gain, as its word over the amount: «Netto tap» / «1 234 kr». */
function GainCell({ amount, pair }: { amount: number; pair: typeof NET_VALUE }) {
  const w = gainWords(amount, pair);
  return (
    <>
      <span className="money-word">{w.label}</span> {kr(w.amount)}
    </>
  );
}

export function UnitValueScreen({ route }: { route: Route }) {
  const { index, error } = useSnapshot();
  const list = useApiQuery('scenarios.list', {});
  const drafts = useDrafts();
  const sourceId = Number(route.query.get('forutsetninger')) || null;
  const source = useApiQuery('scenarios.get', sourceId ? { id: sourceId } : null);
  const assumptions =
    (sourceId && (drafts.get(sourceId) ?? source.data?.scenario)?.assumptions) ||
    DEFAULT_ASSUMPTIONS;
  const values = useMemo(
    () => (index ? unitValues(index.snapshot, assumptions) : []),
    [index, assumptions],
  );
  const [search, setSearch] = useState('');
  const [segment, setSegment] = useState<SegmentKey | ''>('');
  const [picked, setPicked] = useState<number[]>([]);
  const term = search.trim().toLowerCase();
  const rows = useMemo(
    () =>
      values.filter(
        (v) =>
          (!segment || v.segment === segment) &&
          (!term ||
            v.unitNo.toLowerCase().includes(term) ||
            v.address.toLowerCase().includes(term)),
      ),
    [values, segment, term],
  );
  const err = error ?? list.error ?? source.error;
  return (
    <div className="value-screen">
      <header className="screen-header">
        <div>
          <h1>Verdi per bolig</h1>
          <p className="lead">
            Nåverdi over 30 år av husleie minus drift, vedlikehold og forvaltning, fratrukket
            boligens kapitalkostnad (dens andel av renter og avdrag på lånene i registeret) og
            vedlikeholdsetterslepet, for eide boliger. Lavest først: kandidater til salg.
          </p>
        </div>
      </header>
      {err && <LoadError error={err} />}
      <div className="toolbar" role="search">
        <div className="search-box">
          <label htmlFor="value-search">Søk</label>
          <input
            id="value-search"
            type="search"
            value={search}
            placeholder="Bolignr eller adresse"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <FilterSelect
          label="Segment"
          value={segment}
          options={SEGMENT_KEYS.map((k) => ({ value: k, label: segmentLabel(k) }))}
          onChange={(v) => setSegment(v as SegmentKey | '')}
        />
        <div className="filter">
          <label htmlFor="value-assumptions">Forutsetninger</label>
          <select
            id="value-assumptions"
            value={sourceId ?? ''}
            onChange={(e) => replaceQuery({ forutsetninger: e.target.value || null })}
          >
            <option value="">Standard</option>
            {list.data?.map((s) => (
              <option key={s.id} value={s.id}>
                Fra «{s.name}»
              </option>
            ))}
          </select>
        </div>
        <p className="toolbar-note muted">
          Kalkulasjonsrente {rate(assumptions.discountRate)} · husleievekst{' '}
          {rate(assumptions.rentGrowth)} · kostnadsvekst {rate(assumptions.costGrowth)} ·{' '}
          {npvConvention(
            values[0]?.baseYear ?? new Date().getFullYear() + 1,
            assumptions.discountRate,
          )}
        </p>
      </div>
      <p className="row-count">
        {int(rows.length)} eide boliger{picked.length ? ` · ${int(picked.length)} valgt` : ''}
      </p>
      <VirtualTable
        className="table-wrap value-scroll"
        label={`Verdi per bolig: ${counted(rows.length, 'eid bolig', 'eide boliger')}`}
        tableClassName="data-table compact value-table"
        caption={<caption className="sr-only">Verdi per bolig, lavest først</caption>}
        count={rows.length}
        rowHeight={72}
        columns={13}
        head={
          <>
            <th scope="col">
              <span className="sr-only">Velg</span>
            </th>
            <th scope="col" className="align-right">
              Rang
            </th>
            <th scope="col">Bolig</th>
            <th scope="col">Segment og status</th>
            <th scope="col" title="Tilstandsgrad">
              TG
            </th>
            <th scope="col" className="align-right">
              Etterslep
            </th>
            <th scope="col" className="align-right">
              Månedsleie
            </th>
            <th
              scope="col"
              className="align-right"
              title="Husleie minus tomgang, drift, vedlikehold og forvaltning, første år"
            >
              Første år
            </th>
            <th scope="col" className="align-right" title="Boligens andel av lånene 1. januar">
              Lån
            </th>
            <th
              scope="col"
              className="align-right"
              title="Renter og avdrag på boligens andel, første år"
            >
              Kapitalkostnad
            </th>
            <th
              scope="col"
              className="align-right"
              title="Tilskudd som ikke er avskrevet, betales tilbake ved salg"
            >
              Tilskudd tilbake
            </th>
            <th
              scope="col"
              className="align-right"
              title="(Kapitalkostnad + drift, vedlikehold og forvaltning) / 12"
            >
              Kostnadsdekkende leie
            </th>
            <th scope="col" className="align-right">
              Nåverdi 30 år
            </th>
          </>
        }
        renderRow={(i, rowProps) => {
          const v = rows[i]!;
          const on = picked.includes(v.unitId);
          return (
            <tr key={v.unitId} className={on ? 'picked' : undefined} {...rowProps}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Velg bolig ${v.unitNo}`}
                  checked={on}
                  onChange={(e) =>
                    setPicked((p) =>
                      e.target.checked ? [...p, v.unitId] : p.filter((x) => x !== v.unitId),
                    )
                  }
                />
              </td>
              <td className="align-right">{int(v.rank)}</td>
              <td className="value-home">
                <a href={href(`/boliger/${v.unitId}`)}>{v.unitNo}</a>
                <span className="muted">{v.address}</span>
              </td>
              <td className="value-segment">
                <span>{segmentLabel(v.segment)}</span> <StatusBadge status={v.status} />
              </td>
              <td>{conditionLabel(index?.units.get(v.unitId)?.condition ?? null)}</td>
              <td className="align-right" data-money="">
                {kr(v.maintenanceBacklog)}
              </td>
              <td className="align-right" data-money="">
                {kr(v.rentMonthly)}
              </td>
              <td className="align-right value-gain" data-money="">
                <GainCell amount={v.annualNet} pair={NET_INCOME} />
              </td>
              <td className="align-right" data-money="">
                {kr(v.loanBalance)}
              </td>
              <td className="align-right" data-money="">
                {kr(v.capitalCostFirstYear)}
              </td>
              <td className="align-right" data-money="">
                {kr(v.grantToRepay)}
              </td>
              <td className="align-right" data-money="">
                {kr(v.costCoveringRentMonthly)}
              </td>
              <td
                className={`align-right strong value-gain ${Math.round(v.npv) < 0 ? 'neg' : ''}`}
                data-money=""
              >
                <GainCell amount={v.npv} pair={NET_VALUE} />
              </td>
            </tr>
          );
        }}
        empty={<div className="table-empty">Ingen treff.</div>}
      />
      {picked.length > 0 && index && (
        <ToSaleBar
          unitIds={picked}
          scenarios={list.data ?? []}
          index={index}
          onClear={() => setPicked([])}
        />
      )}
    </div>
  );
}
