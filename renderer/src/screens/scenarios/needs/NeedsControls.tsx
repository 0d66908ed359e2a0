// The assessment's settings: first year, horizon, the turnover assumptions and the rate at
// which the households that should move do so (defaults stated).
import {
  ASSUMPTION_FIELDS,
  DEFAULT_ASSUMPTIONS,
  MAX_PLAN_YEARS,
} from '../../../../../main/domain/scenario';
import { NumericField } from '../../../components/NumericField';
import { SelectField } from '../../../components/Field';
import { rate } from '../fmt';

export interface NeedsParams {
  startYear: number | undefined;
  years: number;
  moveOut: number | undefined;
  career: number | undefined;
  renewal: number | undefined;
  /** Share of the households that should move who move each year (mustMoveRate). */
  mustMove: number | undefined;
}

export type NeedsErrors = Partial<Record<keyof NeedsParams, string>>;

export function checkParams(p: NeedsParams): NeedsErrors {
  const e: NeedsErrors = {};
  if (
    p.startYear === undefined ||
    !Number.isInteger(p.startYear) ||
    p.startYear < 2000 ||
    p.startYear > 2100
  )
    e.startYear = 'Startår: må være et helt år (2000–2100)';
  const share = (v: number | undefined) => v === undefined || !(v >= 0 && v <= 1);
  if (share(p.moveOut))
    e.moveOut = `${ASSUMPTION_FIELDS.moveOutRateAtContractEnd.label}: må være mellom 0 og 100 %`;
  if (share(p.career))
    e.career = `${ASSUMPTION_FIELDS.careerExitRate.label}: må være mellom 0 og 100 %`;
  if (p.mustMove === undefined || !(p.mustMove > 0 && p.mustMove <= 1))
    e.mustMove = `${ASSUMPTION_FIELDS.mustMoveRate.label}: må være over 0 % og høyst 100 % per år`;
  if (p.renewal === undefined || !Number.isInteger(p.renewal) || p.renewal < 0 || p.renewal > 20)
    e.renewal = `${ASSUMPTION_FIELDS.contractRenewalYears.label}: må være et helt antall år (0–20)`;
  return e;
}

const YEAR_OPTIONS = Array.from({ length: MAX_PLAN_YEARS }, (_, i) => ({
  value: String(i + 1),
  label: i === 3 ? '4 år (økonomiplan)' : `${i + 1} år`,
}));

interface Props {
  params: NeedsParams;
  errors: NeedsErrors;
  onChange: (p: Partial<NeedsParams>) => void;
  onReset: () => void;
}

export function NeedsControls({ params, errors, onChange, onReset }: Props) {
  const F = ASSUMPTION_FIELDS;
  const D = DEFAULT_ASSUMPTIONS;
  return (
    <div className="controls-bar">
      <NumericField
        name="startYear"
        label="Første år"
        kind="year"
        value={params.startYear}
        onChange={(v) => onChange({ startYear: v })}
        error={errors.startYear}
      />
      <SelectField
        name="years"
        label="Planperiode"
        value={String(params.years)}
        options={YEAR_OPTIONS}
        onChange={(v) => onChange({ years: Number(v) })}
      />
      <NumericField
        name="moveOutRateAtContractEnd"
        label={F.moveOutRateAtContractEnd.label}
        kind="percent"
        value={params.moveOut}
        onChange={(v) => onChange({ moveOut: v })}
        hint={`Standard: ${rate(D.moveOutRateAtContractEnd)}`}
        error={errors.moveOut}
      />
      <NumericField
        name="careerExitRate"
        label={F.careerExitRate.label}
        kind="percent"
        value={params.career}
        onChange={(v) => onChange({ career: v })}
        hint={`Standard: ${rate(D.careerExitRate)} per år`}
        error={errors.career}
      />
      <NumericField
        name="contractRenewalYears"
        label={F.contractRenewalYears.label}
        kind="int"
        suffix="år"
        value={params.renewal}
        onChange={(v) => onChange({ renewal: v })}
        hint={`Standard: ${D.contractRenewalYears} år (0 = tidsubestemt)`}
        error={errors.renewal}
      />
      <NumericField
        name="mustMoveRate"
        label={F.mustMoveRate.label}
        kind="percent"
        value={params.mustMove}
        onChange={(v) => onChange({ mustMove: v })}
        hint={`Andel per år av dem som bør flytte. Standard: ${rate(D.mustMoveRate)} per år`}
        error={errors.mustMove}
      />
      <div className="controls-actions">
        <button type="button" className="btn btn-quiet" onClick={onReset}>
          Tilbakestill
        </button>
      </div>
    </div>
  );
}
