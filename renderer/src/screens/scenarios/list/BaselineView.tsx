// «Ingen tiltak»: the register carried through the økonomiplan with no actions and the
// default assumptions. Computed, never stored; every scenario is compared with it.
import { useMemo } from 'react';
import {
  BASELINE_NAME,
  baselineScenario,
  DEFAULT_ASSUMPTIONS,
} from '../../../../../main/domain/scenario';
import { LoadError } from '../../../components/LoadError';
import { Panel } from '../../../components/Panel';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { href } from '../../../state/router';
import { EditorFigures } from '../editor/EditorFigures';
import { period } from '../fmt';
import { BudgetTables } from '../results/BudgetTables';
import { MoneyChart, StockChart } from '../results/PlanCharts';
import { StockTables } from '../results/StockTables';
import { computePlan } from '../usePlan';
import { useSnapshot } from '../useSnapshot';
import '../scenarios.css';

export function BaselineView() {
  const { index, error } = useSnapshot();
  const back = { href: href('/scenarier'), label: 'Scenarier' };
  const computed = useMemo(
    () =>
      index
        ? computePlan(
            index.snapshot,
            baselineScenario({
              name: BASELINE_NAME,
              startYear: index.nextYear,
              years: 4,
              assumptions: DEFAULT_ASSUMPTIONS,
              actions: [],
            }),
          )
        : null,
    [index],
  );
  if (error) return <LoadError error={error} />;
  const result = computed?.result;
  return (
    <div className="scenario-editor">
      <ScreenHeader
        back={back}
        title={BASELINE_NAME}
        badges={<span className="badge">Referansebane</span>}
        actions={
          <a className="btn" href={href('/behovsanalyse')}>
            Behovsanalyse
          </a>
        }
      />
      {result && (
        <>
          <p className="lead baseline-lead">
            Boligmassen slik den er i dag gjennom {period(result.startYear, result.years)}, uten
            kjøp, salg eller andre tiltak, med standardforutsetningene. Referansebanen lagres ikke;
            den beregnes på nytt fra registeret.
          </p>
          <EditorFigures result={result} baseline={null} difference={null} stale={false} />
          <div className="chart-grid">
            <StockChart result={result} baseline={null} />
            <MoneyChart result={result} />
          </div>
          <Panel title="Boligmassen">
            <StockTables perYear={result.perYear} />
          </Panel>
          <Panel title="Budsjett">
            <BudgetTables
              subject={BASELINE_NAME}
              perYear={result.perYear}
              total={result.total}
              npv={result.npv}
              discountRate={result.assumptions.discountRate}
            />
          </Panel>
        </>
      )}
      {computed?.failure && <p className="field-error">Beregningen feilet: {computed.failure}</p>}
    </div>
  );
}
