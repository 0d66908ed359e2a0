// Per action: each action's marginal effect on the budget (the existing stock first), and
// the selected line's budget per year.
import { useState } from 'react';
import { NET_LABEL, type PlanResult } from '../../../../../main/domain/scenario';
import { Panel } from '../../../components/Panel';
import { kr } from '../fmt';
import { BudgetTables } from './BudgetTables';

export function ByAction({ result }: { result: PlanResult }) {
  const [selected, setSelected] = useState(
    result.byAction[1]?.actionId ?? result.byAction[0]!.actionId,
  );
  const line = result.byAction.find((b) => b.actionId === selected) ?? result.byAction[0]!;
  return (
    <>
      <Panel title="Budsjett per tiltak i perioden">
        <p className="chart-caption">
          Hvert tiltak viser hva det endrer (et salg bærer den tapte husleien og de sparte
          kostnadene). Eksisterende boligmasse er referansebanen. Velg en linje for å se den år for
          år.
        </p>
        <div className="table-wrap">
          <table className="data-table compact by-action">
            <caption className="sr-only">Budsjett per tiltak</caption>
            <thead>
              <tr>
                <th scope="col">Tiltak</th>
                <th scope="col" className="align-right">
                  {NET_LABEL.netInvestment}
                </th>
                <th scope="col" className="align-right">
                  {NET_LABEL.netOperatingCost}
                </th>
                <th scope="col" className="align-right">
                  {NET_LABEL.netCost}
                </th>
                <th scope="col" className="align-right">
                  Nåverdi
                </th>
              </tr>
            </thead>
            <tbody>
              {result.byAction.map((b) => (
                <tr
                  key={b.actionId}
                  className={b.actionId === line.actionId ? 'picked' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      aria-pressed={b.actionId === line.actionId}
                      onClick={() => setSelected(b.actionId)}
                    >
                      {b.title}
                    </button>
                  </th>
                  <td className="align-right">{kr(b.total.netInvestment)}</td>
                  <td className="align-right">{kr(b.total.netOperatingCost)}</td>
                  <td className="align-right">{kr(b.total.netCost)}</td>
                  <td className="align-right">{kr(b.npv)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total-row">
                <th scope="row">Scenarioet i alt</th>
                <td className="align-right">{kr(result.total.netInvestment)}</td>
                <td className="align-right">{kr(result.total.netOperatingCost)}</td>
                <td className="align-right">{kr(result.total.netCost)}</td>
                <td className="align-right">{kr(result.npv)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </Panel>
      <Panel title={`Budsjett år for år: ${line.title}`}>
        <BudgetTables
          subject={line.title}
          perYear={line.perYear}
          total={line.total}
          npv={line.npv}
          discountRate={result.assumptions.discountRate}
        />
      </Panel>
    </>
  );
}
