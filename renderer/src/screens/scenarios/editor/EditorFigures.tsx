// The scenario's key figures at a glance, each with its change against «Ingen tiltak». Money
// says what it is («Netto utgift», «Netto overskudd»), never a sign.
import { count } from '../needs/counts';
import { npvConvention } from '../../../../../main/domain/scenario/values';
import type {
  DifferenceKey,
  DifferenceView,
  PlanResult,
} from '../../../../../main/domain/scenario';
import {
  moneyWords,
  NET_COST,
  NET_INVESTMENT,
  NET_OPERATING,
} from '../../../../../main/domain/wording';
import { KeyFigure } from '../../../components/KeyFigure';
import { homes, kr, period, pct } from '../fmt';

/** The shortfall as households without an offer (a surplus of homes is 0, not negative). */
const unmet = (cumulativeGap: number) => Math.max(0, -cumulativeGap);
export function EditorFigures({
  result,
  baseline,
  difference,
  stale,
}: {
  result: PlanResult;
  baseline: PlanResult | null;
  /** The change against «Ingen tiltak» (null on the baseline itself). */
  difference: DifferenceView | null;
  stale: boolean;
}) {
  const last = result.perYear[result.perYear.length - 1]!;
  const bLast = baseline?.perYear[baseline.perYear.length - 1];
  const span = period(result.startYear, result.years);
  const row = (k: DifferenceKey) => difference?.rows.find((r) => r.key === k);
  /** «Endring mot Ingen tiltak: 3 boliger flere» (the last year for stock figures). */
  const change = (k: DifferenceKey, atEnd = false) => {
    const r = row(k);
    if (!r || !difference) return undefined;
    return `${difference.title}: ${atEnd ? (r.texts[r.texts.length - 1] ?? '–') : r.totalText}`;
  };
  const investment = moneyWords(result.total.netInvestment, NET_INVESTMENT);
  const operating = moneyWords(result.total.netOperatingCost, NET_OPERATING);
  const net = moneyWords(result.total.netCost, NET_COST);
  const npv = moneyWords(result.npv, NET_COST);
  const npvNote = npvConvention(result.startYear, result.assumptions.discountRate);
  const npvChange = change('npv');
  return (
    <section
      aria-label="Nøkkeltall for scenarioet"
      className={stale ? 'figures scenario-figures stale' : 'figures scenario-figures'}
    >
      <KeyFigure
        label={`Boliger 31.12.${last.year}`}
        value={homes(last.stock.total)}
        note={change('homes', true)}
      />
      <KeyFigure
        label={`Husstander uten tilbud, samlet til ${last.year}`}
        value={count(unmet(last.needs.total.cumulativeGap))}
        note={bLast && `Ingen tiltak: ${count(unmet(bLast.needs.total.cumulativeGap))}`}
        tone={unmet(last.needs.total.cumulativeGap) >= 0.5 ? 'warn' : 'default'}
      />
      <KeyFigure
        label={`Dekningsgrad ${last.year}`}
        value={pct(last.needs.total.coverage)}
        note={change('coverage', true)}
      />
      <KeyFigure
        label={`${investment.label} ${span}`}
        value={kr(investment.amount)}
        note={change('netInvestment')}
        money
      />
      <KeyFigure
        label={`${operating.label} ${span}`}
        value={kr(operating.amount)}
        note={change('netOperatingCost')}
        money
      />
      <KeyFigure
        label={`${net.label} ${span}`}
        value={kr(net.amount)}
        note={change('netCost')}
        money
      />
      <KeyFigure
        label={`Nåverdi, ${npv.label.toLowerCase()}`}
        value={kr(npv.amount)}
        note={npvChange ? `${npvNote}. ${npvChange}` : npvNote}
        money
      />
    </section>
  );
}
