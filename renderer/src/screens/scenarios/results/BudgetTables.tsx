// Investment and operating budget per year (the engine's lines, whole kroner), net figures and
// the net present value.
import {
  INVESTMENT_FINANCING,
  INVESTMENT_LINE_LABEL,
  INVESTMENT_LINES,
  NET_LABEL,
  OPERATING_INCOME,
  OPERATING_LINE_LABEL,
  OPERATING_LINES,
  type BudgetTotals,
  type BudgetYear,
} from '../../../../../main/domain/scenario';
import { kr } from '../fmt';
import { npvConvention } from '../../../../../main/domain/scenario/values';
import { YearTable, type YearRow } from './YearTable';

interface Props {
  /** What the table is about, e.g. the scenario's or an action's name. */
  subject: string;
  perYear: BudgetYear[];
  total: BudgetTotals;
  npv: number;
  /** The rate the NPV is discounted at (stated beside it). */
  discountRate: number;
  loanBalance?: number[];
}

export function BudgetTables({ subject, perYear, total, npv, discountRate, loanBalance }: Props) {
  const years = perYear.map((y) => y.year);
  const investment: YearRow[] = [
    ...INVESTMENT_LINES.map((k) => ({
      key: k,
      label: `${INVESTMENT_LINE_LABEL[k]}${INVESTMENT_FINANCING.includes(k) ? ' (−)' : ''}`,
      values: perYear.map((y) => y.investment[k]),
      sum: total.investment[k],
      format: kr,
    })),
    {
      key: 'net',
      label: NET_LABEL.netInvestment,
      values: perYear.map((y) => y.netInvestment),
      sum: total.netInvestment,
      format: kr,
      cls: 'subtotal',
    },
  ];
  const operating: YearRow[] = [
    ...OPERATING_LINES.map((k) => ({
      key: k,
      label: `${OPERATING_LINE_LABEL[k]}${OPERATING_INCOME.includes(k) ? ' (−)' : ''}`,
      values: perYear.map((y) => y.operating[k]),
      sum: total.operating[k],
      format: kr,
    })),
    {
      key: 'net',
      label: NET_LABEL.netOperatingCost,
      values: perYear.map((y) => y.netOperatingCost),
      sum: total.netOperatingCost,
      format: kr,
      cls: 'subtotal',
    },
  ];
  const net: YearRow[] = [
    {
      key: 'netInvestment',
      label: NET_LABEL.netInvestment,
      values: perYear.map((y) => y.netInvestment),
      sum: total.netInvestment,
      format: kr,
    },
    {
      key: 'netOperatingCost',
      label: NET_LABEL.netOperatingCost,
      values: perYear.map((y) => y.netOperatingCost),
      sum: total.netOperatingCost,
      format: kr,
    },
    {
      key: 'netCost',
      label: NET_LABEL.netCost,
      values: perYear.map((y) => y.netCost),
      sum: total.netCost,
      format: kr,
      cls: 'total',
    },
    ...(loanBalance
      ? [
          {
            key: 'loan',
            label: 'Lånesaldo 31.12 (nye lån)',
            values: loanBalance,
            sum: null,
            format: kr,
          },
        ]
      : []),
  ];
  return (
    <div className="budget-tables">
      <h3 className="table-title">Investeringsbudsjett</h3>
      <YearTable
        caption={`Investeringsbudsjett, ${subject}`}
        head="Linje"
        years={years}
        rows={investment}
        sumLabel="Sum"
        minCol={125}
      />
      <h3 className="table-title">Driftsbudsjett</h3>
      <YearTable
        caption={`Driftsbudsjett, ${subject}`}
        head="Linje"
        years={years}
        rows={operating}
        sumLabel="Sum"
        minCol={125}
      />
      <h3 className="table-title">Netto kostnad for kommunen</h3>
      <YearTable
        caption={`Netto kostnad, ${subject}`}
        head="Linje"
        years={years}
        rows={net}
        sumLabel="Sum"
        minCol={125}
      />
      <p className="npv-line">
        {NET_LABEL.npv}: <strong className="num">{kr(npv)}</strong>
        <span className="muted">
          {' '}
          ({npvConvention(years[0] ?? 0, discountRate)}; (−) = inntekt/finansiering)
        </span>
      </p>
    </div>
  );
}
