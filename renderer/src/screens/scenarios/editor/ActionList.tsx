// The scenario's actions: one row each with its title, year, what it does and what it costs
// over the period (from the engine's per-action budget); open, move, remove. Below, buttons
// to add an action of each kind. The action's warnings are shown in a row under it.
import { Fragment } from 'react';
import {
  ACTION_KIND_LABEL,
  ACTION_KINDS,
  actionTitle,
  type Action,
  type ActionKind,
  type Issue,
  type PlanResult,
  type Scenario,
} from '../../../../../main/domain/scenario';
import { actionYears, describeAction } from '../actions/describe';
import { NET_COST, pairLabel } from '../../../../../main/domain/wording';
import { netCell } from '../fmt';
import type { SnapshotIndex } from '../useSnapshot';
import type { WarningMarks } from './useWarningMarks';
import { warningCountText } from './Warnings';

interface Props {
  scenario: Scenario;
  result: PlanResult | null;
  stale: boolean;
  issues: Issue[];
  /** «Sett» marks: a seen warning is shown grey beside its action. */
  marks?: WarningMarks;
  index: SnapshotIndex;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onActions: (actions: Action[]) => void;
  onAdd: (kind: ActionKind) => void;
}

/** A message beside its own action without the action's title: «Tiltak 2 (Kjøp): …» → «…». */
function besideAction(message: string, title: string): string {
  for (const sep of [': ', ', ']) {
    if (message.startsWith(title + sep)) {
      const rest = message.slice(title.length + sep.length);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  return message;
}

export function ActionList(props: Props) {
  const { scenario: s, result, issues, selectedId } = props;
  const move = (i: number, d: number) => {
    const next = [...s.actions];
    const [a] = next.splice(i, 1);
    next.splice(i + d, 0, a!);
    props.onActions(next);
  };
  const remove = (i: number) => {
    const a = s.actions[i]!;
    props.onActions(s.actions.filter((_, j) => j !== i));
    if (a.id === selectedId) props.onSelect(null);
  };
  return (
    <div className="action-list">
      {s.actions.length === 0 ? (
        <p className="empty-actions">
          Scenarioet har ingen tiltak ennå. Legg til kjøp, bygging, salg, framleie, leie-til-eie,
          rehabilitering eller avvikling nedenfor.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table compact actions-table">
            <caption className="sr-only">Tiltak i scenarioet</caption>
            <thead>
              <tr>
                <th scope="col">Tiltak</th>
                <th scope="col" className="align-right">
                  År
                </th>
                <th scope="col">Hva</th>
                <th scope="col" className="align-right">
                  {pairLabel(NET_COST)} i perioden
                </th>
                <th scope="col" className="align-right">
                  Nåverdi, {pairLabel(NET_COST).toLowerCase()}
                </th>
                <th scope="col">
                  <span className="sr-only">Handlinger</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {s.actions.map((a, i) => {
                const title = actionTitle(a, i);
                const errors = issues.filter((x) => x.actionIndex === i && x.severity === 'error');
                const warnings = issues.filter(
                  (x) => x.actionIndex === i && x.severity === 'warning',
                );
                const budget = props.stale
                  ? undefined
                  : result?.byAction.find((b) => b.actionId === a.id);
                const on = a.id === selectedId;
                const unseen = warnings.filter((w) => !props.marks?.markOf(w)).length;
                return (
                  <Fragment key={a.id}>
                    <tr
                      className={[
                        on ? 'picked' : '',
                        errors.length ? 'has-issues' : '',
                        warnings.length ? 'has-warnings' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      data-action={a.id}
                    >
                      <th scope="row">
                        <button
                          type="button"
                          className="link action-title"
                          aria-expanded={on}
                          onClick={() => props.onSelect(on ? null : a.id)}
                        >
                          {title}
                        </button>
                        {errors.length > 0 && (
                          <span className="badge badge-error">
                            {errors.length === 1 ? '1 feil' : `${errors.length} feil`}
                          </span>
                        )}
                        {unseen > 0 && (
                          <span className="badge badge-warn">{warningCountText(unseen)}</span>
                        )}
                      </th>
                      <td className="align-right">{actionYears(a)}</td>
                      <td className="action-what">{describeAction(a, s, props.index)}</td>
                      <td className="align-right" data-money="">
                        {budget ? netCell(NET_COST)(budget.total.netCost) : '–'}
                      </td>
                      <td className="align-right" data-money="">
                        {budget ? netCell(NET_COST)(budget.npv) : '–'}
                      </td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-label={`Flytt ${title} opp`}
                          title="Flytt opp"
                          disabled={i === 0}
                          onClick={() => move(i, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-label={`Flytt ${title} ned`}
                          title="Flytt ned"
                          disabled={i === s.actions.length - 1}
                          onClick={() => move(i, 1)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-danger-quiet"
                          aria-label={`Fjern ${title}`}
                          onClick={() => remove(i)}
                        >
                          Fjern
                        </button>
                      </td>
                    </tr>
                    {warnings.length > 0 && (
                      <tr className="action-warnings-row" data-warnings-for={a.id}>
                        <td colSpan={6}>
                          <ul className="action-warnings" aria-label={`Varsler for ${title}`}>
                            {warnings.map((w, k) => {
                              const mark = props.marks?.markOf(w);
                              return (
                                <li
                                  key={k}
                                  className={mark ? 'is-seen' : undefined}
                                  data-warning-code={w.code ?? 'merknad'}
                                >
                                  {besideAction(w.message, title)}
                                  {mark && (
                                    <span className="warning-reason">
                                      {' '}
                                      (merket som sett: {mark.reason})
                                    </span>
                                  )}
                                </li>
                              );
                            })}
                          </ul>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="add-actions" role="group" aria-label="Legg til tiltak">
        <span className="add-label">Legg til tiltak:</span>
        {ACTION_KINDS.map((k) => (
          <button key={k} type="button" className="btn btn-small" onClick={() => props.onAdd(k)}>
            + {ACTION_KIND_LABEL[k]}
          </button>
        ))}
      </div>
    </div>
  );
}
