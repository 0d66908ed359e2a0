// A home's page: the loans and grants that cover it, with its share of each and today's
// figures (its part split to the krone as the plan splits them), linking to each one.
import type { FinanceOverview } from '../../../../main/contract/finance';
import { homePart } from '../../../../main/domain/finance/homeShare';
import { LENDER_LABEL, writeDownLabel } from '../../../../main/domain/labels';
import { Panel } from '../../components/Panel';
import './finance.css';
import { date, kr } from '../../display';
import { FINANCE_PATH } from '../../forms/LoanForm';
import { href } from '../../state/router';
import { fixedText, rateText, sharePercent } from './FinanceScreen';

export function HomeFinance({ unitId, finance }: { unitId: number; finance: FinanceOverview }) {
  const shareOf = (units: { unitId: number; share: number }[]) =>
    units.find((u) => u.unitId === unitId)?.share ?? 0;
  return (
    <Panel
      className="home-finance"
      title="Lån og tilskudd"
      actions={
        <a className="btn btn-small" href={href(FINANCE_PATH)}>
          Alle lån og tilskudd
        </a>
      }
    >
      {finance.loans.length === 0 && finance.grants.length === 0 ? (
        <p className="muted">Ingen lån eller tilskudd er registrert på denne boligen.</p>
      ) : (
        <>
          {finance.loans.length > 0 && <h3>Lån</h3>}
          {finance.loans.length > 0 && (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="sr-only">Lån på boligen</caption>
                <thead>
                  <tr>
                    <th scope="col">Lån</th>
                    <th scope="col">Långiver</th>
                    <th scope="col" className="align-right">
                      Boligens andel
                    </th>
                    <th scope="col" className="align-right">
                      Andel av saldo i år
                    </th>
                    <th scope="col" className="align-right">
                      Rente
                    </th>
                    <th scope="col">Fastrente til</th>
                  </tr>
                </thead>
                <tbody>
                  {finance.loans.map((l) => (
                    <tr key={l.id}>
                      <td>
                        <a href={href(`${FINANCE_PATH}/lan/${l.id}`)}>{l.loanNo}</a>
                      </td>
                      <td>{LENDER_LABEL[l.lender]}</td>
                      <td className="align-right">{sharePercent(shareOf(l.units))}</td>
                      <td className="align-right">
                        {kr(homePart(l.balanceThisYear, l.units, unitId))}
                        <span className="muted"> av {kr(l.balanceThisYear)}</span>
                      </td>
                      <td className="align-right">{rateText(l.interestRate)}</td>
                      <td>{fixedText(l)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {finance.grants.length > 0 && <h3>Tilskudd</h3>}
          {finance.grants.length > 0 && (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="sr-only">Tilskudd på boligen</caption>
                <thead>
                  <tr>
                    <th scope="col">Tilskudd</th>
                    <th scope="col" className="align-right">
                      Boligens andel
                    </th>
                    <th scope="col" className="align-right">
                      Andel av beløpet
                    </th>
                    <th scope="col" className="align-right">
                      Gjenstår i dag
                    </th>
                    <th scope="col">Utbetalt</th>
                    <th scope="col">Avskrivning</th>
                  </tr>
                </thead>
                <tbody>
                  {finance.grants.map((g) => (
                    <tr key={g.id}>
                      <td>
                        <a href={href(`${FINANCE_PATH}/tilskudd/${g.id}`)}>{g.grantNo}</a>
                      </td>
                      <td className="align-right">{sharePercent(shareOf(g.units))}</td>
                      <td className="align-right">{kr(homePart(g.amount, g.units, unitId))}</td>
                      <td className="align-right">
                        {kr(homePart(g.remainingToday, g.units, unitId))}
                      </td>
                      <td>{date(g.paidDate)}</td>
                      <td>{writeDownLabel(g.writeDownYears)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Panel>
  );
}
