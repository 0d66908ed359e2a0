// The scenario's key figures at a glance, next to the same figures without any actions.
import { npvConvention } from '../../../../../main/domain/scenario/values';
import type { PlanResult } from '../../../../../main/domain/scenario';
import { KeyFigure } from '../../../components/KeyFigure';
import { homes, kr, period, pct, signed } from '../fmt';

export function EditorFigures({
  result,
  baseline,
  stale,
}: {
  result: PlanResult;
  baseline: PlanResult | null;
  stale: boolean;
}) {
  const last = result.perYear[result.perYear.length - 1]!;
  const bLast = baseline?.perYear[baseline.perYear.length - 1];
  const note = (text: string | undefined) =>
    text === undefined ? undefined : `Ingen tiltak: ${text}`;
  const span = period(result.startYear, result.years);
  return (
    <section
      aria-label="Nøkkeltall for scenarioet"
      className={stale ? 'figures scenario-figures stale' : 'figures scenario-figures'}
    >
      <KeyFigure
        label={`Boliger 31.12.${last.year}`}
        value={homes(last.stock.total)}
        note={note(bLast && homes(bLast.stock.total))}
      />
      <KeyFigure
        label={`Akkumulert balanse ${last.year}`}
        value={signed(last.needs.total.cumulativeGap)}
        note={note(bLast && signed(bLast.needs.total.cumulativeGap))}
        tone={last.needs.total.cumulativeGap < -0.05 ? 'warn' : 'default'}
      />
      <KeyFigure
        label={`Dekningsgrad ${last.year}`}
        value={pct(last.needs.total.coverage)}
        note={note(bLast && pct(bLast.needs.total.coverage))}
      />
      <KeyFigure
        label={`Netto investering ${span}`}
        value={kr(result.total.netInvestment)}
        note={note(baseline ? kr(baseline.total.netInvestment) : undefined)}
      />
      <KeyFigure
        label={`Netto kostnad ${span}`}
        value={kr(result.total.netCost)}
        note={note(baseline ? kr(baseline.total.netCost) : undefined)}
      />
      <KeyFigure
        label="Nåverdi av netto kostnad"
        value={kr(result.npv)}
        note={`${npvConvention(result.startYear, result.assumptions.discountRate)}. ${note(baseline ? kr(baseline.npv) : undefined) ?? ''}`.trim()}
      />
    </section>
  );
}
