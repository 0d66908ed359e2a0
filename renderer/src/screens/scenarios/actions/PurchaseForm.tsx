// Kjøp: N homes of a segment in a year at a price, with grant and loan.
import type { PurchaseAction } from '../../../../../main/domain/scenario';
import { NumericField } from '../../../components/NumericField';
import { FinancingFields, SegmentSelect, YearField } from './fields';
import { req, type FormProps } from './types';

export function PurchaseForm({ action: a, onChange, msg, scenario }: FormProps<PurchaseAction>) {
  const set = (patch: Partial<PurchaseAction>) => onChange({ ...a, ...patch });
  return (
    <>
      <div className="form-grid">
        <YearField
          value={a.year}
          onChange={(year) => set({ year })}
          scenario={scenario}
          msg={msg}
        />
        <SegmentSelect
          name="segment"
          value={a.segment}
          onChange={(segment) => set({ segment })}
          error={msg.field('Segment')}
        />
        <NumericField
          name="count"
          label="Antall boliger"
          kind="int"
          value={a.count}
          onChange={(v) => set({ count: req(v) })}
          error={msg.field('Antall')}
          required
        />
        <NumericField
          name="pricePerHome"
          label="Pris per bolig"
          kind="kr"
          value={a.pricePerHome}
          onChange={(v) => set({ pricePerHome: req(v) })}
          hint="I første års kroner; prisveksten legges til."
          error={msg.field('Pris')}
          required
        />
        <NumericField
          name="areaM2PerHome"
          label="Areal per bolig (P-ROM)"
          kind="decimal"
          suffix="m²"
          value={a.areaM2PerHome}
          onChange={(v) => set({ areaM2PerHome: req(v) })}
          error={msg.field('Areal')}
          required
        />
        <NumericField
          name="rentMonthlyPerHome"
          label="Husleie per bolig per måned"
          kind="kr"
          value={a.rentMonthlyPerHome}
          onChange={(v) => set({ rentMonthlyPerHome: req(v) })}
          error={msg.field('Husleie')}
          required
        />
      </div>
      <FinancingFields
        grant={a.grant}
        loan={a.loan}
        onChange={set}
        assumptions={scenario.assumptions}
        msg={msg}
      />
    </>
  );
}
