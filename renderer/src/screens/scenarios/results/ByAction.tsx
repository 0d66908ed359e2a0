// Per action: each action's marginal effect on the budget (the existing stock first), and
// the selected line's budget per year.
import { useState } from 'react';
import type { PlanResult } from '../../../../../main/domain/scenario';
import {
  NET_COST,
  NET_INVESTMENT,
  NET_OPERATING,
  pairLabel,
} from '../../../../../main/domain/wording';
import { Panel } from '../../../components/Panel';
import { netCell } from '../fmt';

const investment = netCell(NET_INVESTMENT);
const operating = netCell(NET_OPERATING);
const net = netCell(NET_COST);

/** Money cells of a row: net investment, operating, cost and NPV, in words. */
function Cells({ t, npv }: { t: PlanResult['total']; npv: number }) {
  return (
    <>
      <td className="align-right" data-money="">
        {investment(t.netInvestment)}
      </td>
      <td className="align-right" data-money="">
        {operating(t.netOperatingCost)}
      </td>
      <td className="align-right" data-money="">
        {net(t.netCost)}
      </td>
      <td className="align-right" data-money="">
        {net(npv)}
      </td>
    </>
  );
}
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
                  {pairLabel(NET_INVESTMENT)}
                </th>
                <th scope="col" className="align-right">
                  {pairLabel(NET_OPERATING)}
                </th>
                <th scope="col" className="align-right">
                  {pairLabel(NET_COST)}
                </th>
                <th scope="col" className="align-right">
                  Nåverdi ({pairLabel(NET_COST).toLowerCase()})
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
                  <Cells t={b.total} npv={b.npv} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="total-row">
                <th scope="row">Scenarioet i alt</th>
                <Cells t={result.total} npv={result.npv} />
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
