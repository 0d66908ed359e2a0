// The editor's tabs: actions, assumptions, results per year, needs and coverage, per action.
import type { Action, ActionKind, Scenario } from '../../../../../main/domain/scenario';
import { Panel } from '../../../components/Panel';
import { Tabs } from '../../../components/Tabs';
import { replaceQuery, type Route } from '../../../state/router';
import { ActionForm } from '../actions/ActionForm';
import { messagesFor } from '../issues';
import { BudgetTables } from '../results/BudgetTables';
import { ByAction } from '../results/ByAction';
import { DifferenceTable } from '../results/DifferenceTable';
import { MoneyChart, StockChart } from '../results/PlanCharts';
import { Projects } from '../results/Projects';
import { StockTables } from '../results/StockTables';
import type { PlanState } from '../usePlan';
import type { SnapshotIndex } from '../useSnapshot';
import { ActionList } from './ActionList';
import { AssumptionsForm } from './AssumptionsForm';
import { EditorFigures } from './EditorFigures';
import { PlanNeeds } from './PlanNeeds';
import { useWarningMarks } from './useWarningMarks';
import { Warnings } from './Warnings';

interface Props {
  /** The stored scenario's id (its warnings' «sett» marks). */
  scenarioId: number;
  tab: string;
  scenario: Scenario;
  plan: PlanState;
  index: SnapshotIndex;
  route: Route;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onChange: (s: Scenario) => void;
  onActions: (a: Action[]) => void;
  onAdd: (k: ActionKind) => void;
  serverErrors: Record<string, string>;
}

export function EditorTabs(p: Props) {
  const { scenario: s, plan } = p;
  const result = plan.result;
  const topErrors = plan.errors.filter((i) => i.actionIndex === null).length;
  const actionErrors = plan.errors.length - topErrors;
  const tabs = [
    { id: 'tiltak', label: `Tiltak (${s.actions.length})${actionErrors ? ' ⚠' : ''}` },
    { id: 'forutsetninger', label: `Forutsetninger${topErrors ? ' ⚠' : ''}` },
    { id: 'resultater', label: 'Resultater per år' },
    { id: 'behov', label: 'Behov og dekning' },
    { id: 'per-tiltak', label: 'Per tiltak og prosjekt' },
  ];
  const tab = tabs.some((t) => t.id === p.tab) ? p.tab : 'tiltak';
  const position = s.actions.findIndex((a) => a.id === p.selectedId);
  const selected = position >= 0 ? s.actions[position] : undefined;
  const warnings = plan.issues.filter((i) => i.severity === 'warning');
  const marks = useWarningMarks(p.scenarioId);
  const warningsPanel = (
    <Warnings
      warnings={warnings}
      scenario={s}
      index={p.index}
      marks={marks}
      onGoAction={(id) => {
        p.onSelect(id);
        requestAnimationFrame(() =>
          document
            .querySelector<HTMLElement>(`[data-action="${CSS.escape(id)}"] .action-title`)
            ?.focus(),
        );
      }}
    />
  );
  const needsResult = tab === 'resultater' || tab === 'behov' || tab === 'per-tiltak';

  return (
    <>
      {result && (
        <EditorFigures
          result={result}
          baseline={plan.baseline}
          difference={plan.difference}
          stale={plan.stale}
        />
      )}
      {plan.stale && (
        <p className="stale-note" role="status">
          Tallene viser siste gyldige beregning. Rett feilene for å se virkningen av endringene.
        </p>
      )}
      {plan.failure && (
        <p className="field-error" role="alert">
          Beregningen feilet: {plan.failure}
        </p>
      )}
      <Tabs
        label="Scenarioet"
        tabs={tabs}
        selected={tab}
        onSelect={(t) => replaceQuery({ fane: t === 'tiltak' ? null : t })}
      >
        {tab === 'tiltak' && (
          <>
            <ActionList
              scenario={s}
              result={result}
              stale={plan.stale}
              issues={plan.issues}
              marks={marks}
              index={p.index}
              selectedId={p.selectedId}
              onSelect={p.onSelect}
              onActions={p.onActions}
              onAdd={p.onAdd}
            />
            {selected && (
              <ActionForm
                key={selected.id}
                action={selected}
                position={position}
                scenario={s}
                index={p.index}
                msg={messagesFor(plan.issues, position)}
                onChange={(a) => p.onActions(s.actions.map((x, i) => (i === position ? a : x)))}
                onClose={() => {
                  p.onSelect(null);
                  // Back to the action's row, where the planner came from.
                  requestAnimationFrame(() =>
                    document
                      .querySelector<HTMLElement>(
                        `[data-action="${CSS.escape(selected.id)}"] .action-title`,
                      )
                      ?.focus(),
                  );
                }}
              />
            )}
            {warningsPanel}
          </>
        )}
        {tab === 'forutsetninger' && (
          <AssumptionsForm
            scenario={s}
            onChange={p.onChange}
            msg={messagesFor(plan.issues, null)}
            serverErrors={p.serverErrors}
          />
        )}
        {needsResult && !result && (
          <p className="muted">Ingen beregning ennå: rett feilene først.</p>
        )}
        {tab === 'resultater' && result && (
          <>
            {plan.difference && (
              <Panel title={plan.difference.title} className="difference-panel">
                <p className="chart-caption">
                  Scenarioet minus «Ingen tiltak» med samme periode og forutsetninger, uten tiltak.
                </p>
                <DifferenceTable view={plan.difference} />
              </Panel>
            )}
            <div className="chart-grid">
              <StockChart result={result} baseline={plan.baseline} />
              <MoneyChart result={result} />
            </div>
            <Panel title="Boligmassen">
              <StockTables perYear={result.perYear} />
            </Panel>
            <Panel title="Budsjett">
              <BudgetTables
                subject={s.name}
                perYear={result.perYear}
                total={result.total}
                npv={result.npv}
                discountRate={result.assumptions.discountRate}
                loanBalance={result.perYear.map((y) => y.loanBalance)}
              />
            </Panel>
            {warningsPanel}
          </>
        )}
        {tab === 'behov' && result && (
          <PlanNeeds result={result} scenario={s} index={p.index} route={p.route} />
        )}
        {tab === 'per-tiltak' && result && (
          <>
            <ByAction result={result} />
            <Projects result={result} />
          </>
        )}
      </Tabs>
    </>
  );
}
