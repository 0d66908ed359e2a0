// Lån og tilskudd: the loans and Husbanken grants on the existing homes, with totals, links to
// their forms and the import of the finance department's loan list.
import type { GrantRow, LoanRow, UnitShareRow } from '../../../../main/contract/finance';
import { formatInteger, formatNumber } from '../../../../main/domain/format';
import { LENDER_LABEL, REPAYMENT_LABEL, writeDownLabel } from '../../../../main/domain/labels';
import { DataTable, type Column } from '../../components/DataTable';
import { KeyFigure } from '../../components/KeyFigure';
import { LoadError } from '../../components/LoadError';
import { Panel } from '../../components/Panel';
import { date, kr } from '../../display';
import { FINANCE_PATH } from '../../forms/LoanForm';
import { useApiQuery } from '../../hooks/useApiQuery';
import { href } from '../../state/router';
import { LoanImport } from './LoanImport';
import './finance.css';

/** «B-001 (50 %), B-002 (50 %)» with links to the homes. */
export function SharesCell({ units }: { units: UnitShareRow[] }) {
  return (
    <span className="share-list">
      {units.map((u, i) => (
        <span key={u.unitId}>
          {i > 0 && ', '}
          <a href={href(`/boliger/${u.unitId}`)}>{u.unitNo}</a>{' '}
          <span className="muted">({sharePercent(u.share)})</span>
        </span>
      ))}
    </span>
  );
}

/** A share as per cent: 0.5 → «50 %», 1/3 → «33,3 %». */
export const sharePercent = (share: number) => `${formatNumber(share * 100, 1)} %`;

/** A rate as per cent: 0.045 → «4,5 %», 0.0425 → «4,25 %». */
export const rateText = (rate: number) => `${formatNumber(rate * 100, 2)} %`;

export const fixedText = (l: Pick<LoanRow, 'fixedUntil'>) =>
  l.fixedUntil === null ? 'Flytende' : `Fast til ${date(l.fixedUntil)}`;

const LOAN_COLUMNS: Column<LoanRow>[] = [
  { key: 'loanNo', header: 'Lånenr', render: (l) => l.loanNo },
  { key: 'lender', header: 'Långiver', render: (l) => LENDER_LABEL[l.lender] },
  {
    key: 'balance',
    header: 'Saldo per dato',
    align: 'right',
    render: (l) => (
      <>
        {kr(l.balance)}
        <br />
        <span className="muted">per {date(l.balanceDate)}</span>
      </>
    ),
  },
  {
    key: 'balanceThisYear',
    header: 'Saldo i år',
    title: 'Saldo 1. januar i år',
    align: 'right',
    render: (l) => kr(l.balanceThisYear),
  },
  { key: 'rate', header: 'Rente', align: 'right', render: (l) => rateText(l.interestRate) },
  { key: 'fixed', header: 'Fastrente til', render: fixedText },
  { key: 'repayment', header: 'Lånetype', render: (l) => REPAYMENT_LABEL[l.repayment] },
  {
    key: 'years',
    header: 'Gjenværende år',
    align: 'right',
    render: (l) => formatInteger(l.remainingYears),
  },
  { key: 'units', header: 'Boliger (andel)', render: (l) => <SharesCell units={l.units} /> },
];

const GRANT_COLUMNS: Column<GrantRow>[] = [
  { key: 'grantNo', header: 'Tilsagnsnr', render: (g) => g.grantNo },
  { key: 'amount', header: 'Beløp', align: 'right', render: (g) => kr(g.amount) },
  { key: 'paid', header: 'Utbetalt', align: 'right', render: (g) => date(g.paidDate) },
  { key: 'writeDown', header: 'Avskrivning', render: (g) => writeDownLabel(g.writeDownYears) },
  {
    key: 'remaining',
    header: 'Gjenstår i dag',
    title: 'Ikke nedskrevet i dag (betales tilbake ved salg)',
    align: 'right',
    render: (g) => kr(g.remainingToday),
  },
  { key: 'units', header: 'Boliger (andel)', render: (g) => <SharesCell units={g.units} /> },
];

export function FinanceScreen() {
  const q = useApiQuery('finance.overview', {});
  const header = (
    <header className="screen-header">
      <div>
        <h1>Lån og tilskudd</h1>
        <p className="lead">
          Lånene og Husbankens tilskudd på boligene kommunen eier, med hver boligs andel.
        </p>
      </div>
      <div className="header-actions">
        <a className="btn btn-primary" href={href(`${FINANCE_PATH}/lan/ny`)}>
          Nytt lån
        </a>
        <a className="btn" href={href(`${FINANCE_PATH}/tilskudd/ny`)}>
          Nytt tilskudd
        </a>
      </div>
    </header>
  );
  if (q.error)
    return (
      <div className="finance">
        {header}
        <LoadError error={q.error} />
      </div>
    );
  const data = q.data;
  return (
    <div className="finance">
      {header}
      {data && (
        <>
          <div className="figures">
            <KeyFigure label="Lån" value={formatInteger(data.totals.loans.count)} />
            <KeyFigure
              label="Samlet saldo i år"
              value={kr(data.totals.loans.balance)}
              note="Restgjeld 1. januar i år"
              money
            />
            <KeyFigure label="Tilskudd" value={formatInteger(data.totals.grants.count)} />
            <KeyFigure
              label="Tilskudd som gjenstår i dag"
              value={kr(data.totals.grants.remaining)}
              note="Ikke nedskrevet; betales tilbake ved salg"
              money
            />
          </div>
          <LoanImport />
          <Panel title="Lån">
            <DataTable
              caption="Lån"
              columns={LOAN_COLUMNS}
              rows={data.loans}
              rowKey={(l) => l.id}
              rowHref={(l) => href(`${FINANCE_PATH}/lan/${l.id}`)}
              rowLabel={(l) => `Lån ${l.loanNo}`}
              empty="Ingen lån registrert."
            />
            <p className="muted">
              Saldo i år er restgjelden 1. januar i år etter lånets nedbetalingsplan. Flytende rente
              og rente etter fastrenteperioden følger scenarioets rente.
            </p>
          </Panel>
          <Panel title="Tilskudd">
            <DataTable
              caption="Tilskudd"
              columns={GRANT_COLUMNS}
              rows={data.grants}
              rowKey={(g) => g.id}
              rowHref={(g) => href(`${FINANCE_PATH}/tilskudd/${g.id}`)}
              rowLabel={(g) => `Tilskudd ${g.grantNo}`}
              empty="Ingen tilskudd registrert."
            />
          </Panel>
        </>
      )}
    </div>
  );
}
