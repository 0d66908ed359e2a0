// Kostnadsdekkende husleie per purchase or building project, next to the planned rent.
import type { PlanResult } from '../../../../../main/domain/scenario';
import { Panel } from '../../../components/Panel';
import { int, kr, rate } from '../fmt';

export function Projects({ result }: { result: PlanResult }) {
  return (
    <Panel title="Kostnadsdekkende husleie per prosjekt" className="projects-panel">
      <p className="chart-caption">
        Kapitalkostnad (annuitet på kostnad minus tilskudd) + forvaltning + drift og vedlikehold,
        per bolig per måned, i prisnivået for året boligene tas i bruk.
      </p>
      {result.projects.length === 0 ? (
        <p className="muted">Scenarioet har ingen kjøp eller bygging.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table compact">
            <caption className="sr-only">Kostnadsdekkende husleie per prosjekt</caption>
            <thead>
              <tr>
                <th scope="col">Tiltak</th>
                <th scope="col" className="align-right">
                  Boliger
                </th>
                <th scope="col" className="align-right">
                  Kostnad
                </th>
                <th scope="col" className="align-right">
                  Tilskudd
                </th>
                <th scope="col" className="align-right">
                  Lån
                </th>
                <th scope="col" className="align-right">
                  Kapitalkostnad per år
                </th>
                <th scope="col" className="align-right">
                  Forvaltning per år
                </th>
                <th scope="col" className="align-right">
                  Drift og vedlikehold per år
                </th>
                <th scope="col" className="align-right">
                  Kostnadsdekkende per mnd.
                </th>
                <th scope="col" className="align-right">
                  Planlagt husleie per mnd.
                </th>
              </tr>
            </thead>
            <tbody>
              {result.projects.map((p) => {
                const under = p.plannedRentMonthly < p.costCoveringRentMonthly;
                return (
                  <tr key={p.actionId}>
                    <th scope="row">{p.title}</th>
                    <td className="align-right">{int(p.units)}</td>
                    <td className="align-right" data-money="">
                      {kr(p.cost)}
                    </td>
                    <td className="align-right" data-money="">
                      {kr(p.grant)}
                    </td>
                    <td className="align-right">
                      {rate(p.interestRate)}, {int(p.loanYears)} år
                    </td>
                    <td className="align-right" data-money="">
                      {kr(p.breakdown.capitalCostPerYear)}
                    </td>
                    <td className="align-right" data-money="">
                      {kr(p.breakdown.managementPerYear)}
                    </td>
                    <td className="align-right" data-money="">
                      {kr(p.breakdown.maintenancePerYear)}
                    </td>
                    <td className="align-right strong" data-money="">
                      {kr(p.costCoveringRentMonthly)}
                    </td>
                    <td className={`align-right ${under ? 'under-cost' : ''}`} data-money="">
                      {kr(p.plannedRentMonthly)}
                      {under && <span className="badge badge-warn">under</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
