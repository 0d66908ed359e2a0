// Investment and operating budget per year (the engine's lines, whole kroner), net figures and
// the net present value.
import {
  INVESTMENT_FINANCING,
  INVESTMENT_LINE_LABEL,
  INVESTMENT_LINES,
  OPERATING_INCOME,
  OPERATING_LINE_LABEL,
  OPERATING_LINES,
  type BudgetTotals,
  type BudgetYear,
} from '../../../../../main/domain/scenario';
import { kr, lineKr, netCell } from '../fmt';
import { npvConvention } from '../../../../../main/domain/scenario/values';
import {
  moneyWords,
  NET_COST,
  NET_INVESTMENT,
  NET_OPERATING,
  pairLabel,
} from '../../../../../main/domain/wording';
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

/** Financing and income lines are subtracted in the net figure below them. */
const FINANCING = ' (trekkes fra)';
const INCOME = ' (trekkes fra)';
const INVESTMENT_NET = `${pairLabel(NET_INVESTMENT)} (egenfinansiering)`;

export function BudgetTables({ subject, perYear, total, npv, discountRate, loanBalance }: Props) {
  const years = perYear.map((y) => y.year);
  const npvWords = moneyWords(npv, NET_COST);
  const investment: YearRow[] = [
    ...INVESTMENT_LINES.map((k) => ({
      key: k,
      label: `${INVESTMENT_LINE_LABEL[k]}${INVESTMENT_FINANCING.includes(k) ? FINANCING : ''}`,
      values: perYear.map((y) => y.investment[k]),
      sum: total.investment[k],
      format: lineKr,
      money: true,
    })),
    {
      key: 'net',
      label: INVESTMENT_NET,
      values: perYear.map((y) => y.netInvestment),
      sum: total.netInvestment,
      format: netCell(NET_INVESTMENT),
      money: true,
      cls: 'subtotal',
    },
  ];
  const operating: YearRow[] = [
    ...OPERATING_LINES.map((k) => ({
      key: k,
      label: `${OPERATING_LINE_LABEL[k]}${OPERATING_INCOME.includes(k) ? INCOME : ''}`,
      values: perYear.map((y) => y.operating[k]),
      sum: total.operating[k],
      format: lineKr,
      money: true,
    })),
    {
      key: 'net',
      label: pairLabel(NET_OPERATING),
      values: perYear.map((y) => y.netOperatingCost),
      sum: total.netOperatingCost,
      format: netCell(NET_OPERATING),
      money: true,
      cls: 'subtotal',
    },
  ];
  const net: YearRow[] = [
    {
      key: 'netInvestment',
      label: INVESTMENT_NET,
      values: perYear.map((y) => y.netInvestment),
      sum: total.netInvestment,
      format: netCell(NET_INVESTMENT),
      money: true,
    },
    {
      key: 'netOperatingCost',
      label: pairLabel(NET_OPERATING),
      values: perYear.map((y) => y.netOperatingCost),
      sum: total.netOperatingCost,
      format: netCell(NET_OPERATING),
      money: true,
    },
    {
      key: 'netCost',
      label: `${pairLabel(NET_COST)} for kommunen`,
      values: perYear.map((y) => y.netCost),
      sum: total.netCost,
      format: netCell(NET_COST),
      money: true,
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
            money: true,
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
      <h3 className="table-title">Netto utgift eller overskudd for kommunen</h3>
      <YearTable
        caption={`Netto utgift eller overskudd, ${subject}`}
        head="Linje"
        years={years}
        rows={net}
        sumLabel="Sum"
        minCol={125}
      />
      <p className="npv-line">
        Nåverdi:{' '}
        <strong className="num" data-money="">
          {npvWords.text}
        </strong>
        <span className="muted"> ({npvConvention(years[0] ?? 0, discountRate)})</span>
      </p>
    </div>
  );
}
