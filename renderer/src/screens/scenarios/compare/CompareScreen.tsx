// Sammenlign: two to four scenarios (including «Ingen tiltak») side by side — key figures,
// stock, balance, investment and net cost per year, and the balance per segment — as tables
// and charts. The scenarios come from ?ids=ingen,3,5; names link to the editor and back.
import { useMemo, useState } from 'react';
import { BASELINE_NAME, SEGMENT_KEYS, segmentLabel } from '../../../../../main/domain/scenario';
import { LoadError } from '../../../components/LoadError';
import { Panel } from '../../../components/Panel';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { href, replaceQuery, type Route } from '../../../state/router';
import { PlanExport } from '../ExportButton';
import { ReportButton } from '../report/ReportButton';
import { NET_COST, NET_INVESTMENT, pairLabel } from '../../../../../main/domain/wording';
import { homes, netCell, yearList } from '../fmt';
import { signedCount } from '../needs/counts';
import { DifferenceTable } from '../results/DifferenceTable';
import type { SnapshotIndex } from '../useSnapshot';
import { BASELINE_ID } from '../list/ScenarioList';
import { useSnapshot } from '../useSnapshot';
import { byYear, CompareBars, CompareLines, SegmentBars } from './CompareCharts';
import { KeyFigureTable, PerYearTable, SegmentGapTable } from './CompareTables';
import { useCompared, type Compared } from './useCompared';
import { useDifferences } from './useDifferences';
import '../scenarios.css';

const MAX = 4;

function parseIds(raw: string | null): string[] {
  const out: string[] = [];
  for (const p of (raw ?? '').split(',')) {
    const k = p.trim();
    if ((k === BASELINE_ID || /^\d+$/.test(k)) && !out.includes(k)) out.push(k);
  }
  return out.slice(0, MAX);
}

export function CompareScreen({ route }: { route: Route }) {
  const keys = parseIds(route.query.get('ids'));
  const list = useApiQuery('scenarios.list', {});
  const { index, error } = useSnapshot();
  const { items, error: loadError } = useCompared(keys, index);
  const setKeys = (next: string[]) => replaceQuery({ ids: next.join(',') || null });
  const err = error ?? loadError ?? list.error;
  return (
    <div className="compare-screen">
      <header className="screen-header">
        <div>
          <h1>Sammenlign scenarioer</h1>
          <p className="lead">
            «{BASELINE_NAME}» bruker periode og forutsetninger fra det første scenarioet.
          </p>
        </div>
        <div className="header-actions">
          <PlanExport
            ids={(items ?? []).map((c) => c.id)}
            unsaved={(items ?? []).some((c) => c.draft)}
          />
          <ReportButton
            ids={(items ?? []).map((c) => c.id)}
            unsaved={(items ?? []).some((c) => c.draft)}
            from={route.path + (route.query.toString() ? `?${route.query.toString()}` : '')}
          />
        </div>
      </header>
      <fieldset className="compare-picker">
        <legend>Scenarioer som sammenlignes (to til fire)</legend>
        {[
          { id: BASELINE_ID, name: BASELINE_NAME },
          ...(list.data ?? []).map((s) => ({ id: String(s.id), name: s.name })),
        ].map((s) => (
          <label key={s.id} className="inline-check">
            <input
              type="checkbox"
              checked={keys.includes(s.id)}
              disabled={!keys.includes(s.id) && keys.length >= MAX}
              onChange={(e) =>
                setKeys(e.target.checked ? [...keys, s.id] : keys.filter((k) => k !== s.id))
              }
            />
            {s.name}
          </label>
        ))}
      </fieldset>
      {err && <LoadError error={err} />}
      {keys.length < 2 && <p className="muted">Velg minst to scenarioer.</p>}
      {items && keys.length >= 2 && (
        <Comparison
          items={items}
          ids={keys.join(',')}
          index={index}
          reference={route.query.get('mot')}
        />
      )}
    </div>
  );
}

function Head({ c, ids }: { c: Compared; ids: string }) {
  const link =
    c.id === null
      ? href(`/scenarier/${BASELINE_ID}`)
      : href(`/scenarier/${c.id}`, { sammenlign: ids });
  return (
    <span className="compare-head">
      <a href={link}>{c.name}</a>
      {c.draft && <span className="badge badge-warn">ikke lagret</span>}
    </span>
  );
}

function Comparison({
  items,
  ids,
  index,
  reference,
}: {
  items: Compared[];
  ids: string;
  index: SnapshotIndex | undefined;
  reference: string | null;
}) {
  const broken = items.filter((c) => !c.result);
  const ok = useMemo(
    () =>
      items.filter((c): c is Compared & { result: NonNullable<Compared['result']> } => !!c.result),
    [items],
  );
  const diff = useDifferences(ok, reference, index?.snapshot);
  const refName = diff.options.find((o) => o.key === diff.reference)?.name ?? BASELINE_NAME;
  const first = Math.min(...ok.map((c) => c.result.startYear));
  const end = Math.max(...ok.map((c) => c.result.startYear + c.result.years));
  const years = ok.length ? yearList(first, end - first) : [];
  const [year, setYear] = useState<number | null>(null);
  const [cumulative, setCumulative] = useState(false);
  const gapYear = year !== null && years.includes(year) ? year : (years[years.length - 1] ?? first);
  const segments = SEGMENT_KEYS.filter((k) =>
    ok.some((c) =>
      c.result.perYear.some(
        (y) => y.needs.segments[k].demandTotal !== 0 || y.needs.segments[k].supplyTotal !== 0,
      ),
    ),
  );
  const segmentData = segments.map((k) => {
    const row: Record<string, number | string | null> = { label: segmentLabel(k) };
    ok.forEach((c, i) => {
      const y = c.result.perYear.find((p) => p.year === gapYear);
      row[`s${i}`] = y
        ? cumulative
          ? y.needs.segments[k].cumulativeGap
          : y.needs.segments[k].gap
        : null;
    });
    return row;
  });
  return (
    <>
      {broken.map((c) => (
        <p key={c.key} className="field-error">
          «{c.name}» har feil og kan ikke beregnes: {c.errors[0]?.message}{' '}
          {c.id !== null && <a href={href(`/scenarier/${c.id}`)}>Åpne scenarioet</a>}
        </p>
      ))}
      <Panel title="Nøkkeltall">
        <KeyFigureTable
          items={ok}
          heads={ok.map((c) => (
            <Head key={c.key} c={c} ids={ids} />
          ))}
        />
      </Panel>
      <div className="chart-grid three">
        <CompareLines
          title="Boligmassen 31.12"
          items={ok}
          years={years}
          value={(y) => y.stock.total}
        />
        <CompareBars
          title={`${pairLabel(NET_COST)} per år`}
          items={ok}
          x="year"
          money={NET_COST}
          data={byYear(ok, years, (y) => y.netCost)}
        />
        <CompareBars
          title={`${pairLabel(NET_INVESTMENT)} per år`}
          items={ok}
          x="year"
          money={NET_INVESTMENT}
          data={byYear(ok, years, (y) => y.netInvestment)}
        />
      </div>
      <Panel title="Per år">
        <h3 className="table-title">Boliger 31.12</h3>
        <PerYearTable
          caption="Boliger 31.12 per scenario"
          items={ok}
          years={years}
          value={(y) => y.stock.total}
          format={homes}
        />
        <h3 className="table-title">Balanse (tilbud − behov), alle segmenter</h3>
        <PerYearTable
          caption="Balanse per scenario"
          items={ok}
          years={years}
          value={(y) => y.needs.total.gap}
          format={signedCount}
        />
        <h3 className="table-title">{pairLabel(NET_INVESTMENT)}</h3>
        <PerYearTable
          caption="Netto investering per scenario"
          items={ok}
          years={years}
          value={(y) => y.netInvestment}
          format={netCell(NET_INVESTMENT)}
          money
        />
        <h3 className="table-title">{pairLabel(NET_COST)} (investering og drift)</h3>
        <PerYearTable
          caption="Netto utgift per scenario"
          items={ok}
          years={years}
          value={(y) => y.netCost}
          format={netCell(NET_COST)}
          money
        />
      </Panel>
      <Panel
        title={`Endring mot ${refName}`}
        className="difference-panel"
        actions={
          <div className="inline-controls">
            <label className="inline-check">
              Sammenlign med
              <select
                value={diff.reference}
                onChange={(e) =>
                  replaceQuery({ mot: e.target.value === BASELINE_ID ? null : e.target.value })
                }
              >
                {diff.options.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        }
      >
        <p className="chart-caption">
          {diff.reference === BASELINE_ID
            ? 'Hvert scenario minus «Ingen tiltak» med scenarioets egen periode og forutsetninger.'
            : `Hvert scenario minus «${refName}».`}
        </p>
        {diff.views.length === 0 && <p className="muted">Ingen andre scenarioer å sammenligne.</p>}
        {diff.views.map((d) => (
          <DifferenceTable key={d.key} view={d.view} heading={d.view.scenarioName} />
        ))}
      </Panel>
      <Panel
        title={`Balanse per segment ${gapYear}`}
        actions={
          <div className="inline-controls">
            <label className="inline-check">
              År
              <select value={String(gapYear)} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={cumulative}
                onChange={(e) => setCumulative(e.target.checked)}
              />
              Akkumulert
            </label>
          </div>
        }
      >
        <div className="segment-compare">
          <SegmentGapTable items={ok} year={gapYear} cumulative={cumulative} />
          <SegmentBars
            title={`${cumulative ? 'Akkumulert balanse' : 'Balanse'} per segment ${gapYear}`}
            items={ok}
            data={segmentData}
          />
        </div>
      </Panel>
    </>
  );
}
