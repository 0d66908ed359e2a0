// The scenario's name and horizon, and its assumptions with the defaults stated. Rates are
// typed as per cent and stored as fractions; kroner as whole numbers.
import {
  ASSUMPTION_FIELDS,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_LOAN_FIELDS,
  GRANT_GROUPS,
  GRANT_RATES,
  LOAN_TYPE_LABEL,
  LOAN_TYPES,
  MAX_PLAN_YEARS,
  type Assumptions,
  type GrantGroup,
  type LoanType,
  type Scenario,
} from '../../../../../main/domain/scenario';
import { SelectField, TextField } from '../../../components/Field';
import { NumericField } from '../../../components/NumericField';
import { int, kr, rate } from '../fmt';
import type { FieldMessages } from '../issues';
import { req } from '../actions/types';

type Scalar = Exclude<keyof Assumptions, 'defaultLoan' | 'municipalityGroup'>;

const GROUPS: Scalar[][] = [
  ['interestRate', 'discountRate', 'priceGrowth', 'rentGrowth', 'costGrowth'],
  ['maintenancePerM2PerYear', 'managementPerUnitPerYear', 'vacancyLoss'],
  ['moveOutRateAtContractEnd', 'careerExitRate', 'mustMoveRate', 'contractRenewalYears'],
  ['coverageTarget'],
];
const GROUP_TITLES = ['Renter og vekst', 'Drift', 'Gjennomstrømning', 'Mål for planen'];

const YEAR_OPTIONS = Array.from({ length: MAX_PLAN_YEARS }, (_, i) => ({
  value: String(i + 1),
  label: i === 3 ? '4 år (økonomiplan)' : `${i + 1} år`,
}));

export const GROUP_OPTIONS = GRANT_GROUPS.map((g) => ({
  value: g,
  label: `${GRANT_RATES[g].label}: ${int(GRANT_RATES[g].krPerM2)} kr/m², maks ${kr(GRANT_RATES[g].maxAmount)}`,
}));

function defaultText(k: Scalar): string {
  const f = ASSUMPTION_FIELDS[k];
  const v = DEFAULT_ASSUMPTIONS[k];
  if (f.unit === 'andel') return `Standard: ${rate(v)}`;
  if (f.unit === 'kr') return `Standard: ${kr(v)}`;
  return `Standard: ${v} år`;
}

interface Props {
  scenario: Scenario;
  onChange: (s: Scenario) => void;
  msg: FieldMessages;
  /** Messages from the server per field name (e.g. a name that is taken). */
  serverErrors: Record<string, string>;
}

export function AssumptionsForm({ scenario: s, onChange, msg, serverErrors }: Props) {
  const a = s.assumptions;
  const setA = (patch: Partial<Assumptions>) => onChange({ ...s, assumptions: { ...a, ...patch } });
  const field = (k: Scalar) => {
    const f = ASSUMPTION_FIELDS[k];
    return (
      <NumericField
        key={k}
        name={k}
        label={f.label}
        kind={f.unit === 'andel' ? 'percent' : f.unit === 'kr' ? 'kr' : 'int'}
        suffix={f.unit === 'år' ? 'år' : undefined}
        value={a[k]}
        onChange={(v) => setA({ [k]: req(v) })}
        hint={`${f.description} ${defaultText(k)}.`}
        error={msg.field(f.label)}
        required
      />
    );
  };
  const L = DEFAULT_LOAN_FIELDS;
  return (
    <div className="assumptions">
      <fieldset>
        <legend>Scenario</legend>
        <div className="form-grid">
          <TextField
            name="name"
            label="Navn"
            value={s.name}
            maxLength={80}
            required
            onChange={(name) => onChange({ ...s, name })}
            error={serverErrors.name ?? msg.field('Navn')}
          />
          <NumericField
            name="startYear"
            label="Første år"
            kind="year"
            value={s.startYear}
            onChange={(v) => onChange({ ...s, startYear: req(v) })}
            hint="Økonomiplanen starter normalt neste år."
            error={msg.field('Startår')}
            required
          />
          <SelectField
            name="years"
            label="Planperiode"
            value={String(s.years)}
            options={YEAR_OPTIONS}
            onChange={(v) => onChange({ ...s, years: Number(v) })}
            error={msg.field('Planperiode')}
          />
        </div>
      </fieldset>
      {GROUPS.map((keys, i) => (
        <fieldset key={GROUP_TITLES[i]}>
          <legend>{GROUP_TITLES[i]}</legend>
          <div className="form-grid">{keys.map(field)}</div>
        </fieldset>
      ))}
      <fieldset>
        <legend>Tilskudd og lån</legend>
        <div className="form-grid">
          <SelectField
            name="municipalityGroup"
            label={ASSUMPTION_FIELDS.municipalityGroup.label}
            value={a.municipalityGroup}
            options={GROUP_OPTIONS}
            onChange={(v) => setA({ municipalityGroup: v as GrantGroup })}
            hint={`${ASSUMPTION_FIELDS.municipalityGroup.description} ${GRANT_RATES[a.municipalityGroup].municipalities}. Standard: ${GRANT_RATES[DEFAULT_ASSUMPTIONS.municipalityGroup].label}.`}
            error={msg.field(ASSUMPTION_FIELDS.municipalityGroup.label)}
            wide
          />
          <NumericField
            name="loanShare"
            label={L.share.label}
            kind="percent"
            value={a.defaultLoan.share}
            onChange={(v) => setA({ defaultLoan: { ...a.defaultLoan, share: req(v) } })}
            hint={`${L.share.description} Standard: ${rate(DEFAULT_ASSUMPTIONS.defaultLoan.share)}.`}
            required
          />
          <NumericField
            name="loanYears"
            label={L.years.label}
            kind="int"
            suffix="år"
            value={a.defaultLoan.years}
            onChange={(v) => setA({ defaultLoan: { ...a.defaultLoan, years: req(v) } })}
            hint={`${L.years.description} Standard: ${DEFAULT_ASSUMPTIONS.defaultLoan.years} år.`}
            required
          />
          <SelectField
            name="loanType"
            label={L.type.label}
            value={a.defaultLoan.type}
            options={LOAN_TYPES.map((t) => ({ value: t, label: LOAN_TYPE_LABEL[t] }))}
            onChange={(v) => setA({ defaultLoan: { ...a.defaultLoan, type: v as LoanType } })}
            hint={`Standard: ${LOAN_TYPE_LABEL[DEFAULT_ASSUMPTIONS.defaultLoan.type]}.`}
          />
        </div>
        {msg.field('Lån') && <p className="field-error">{msg.field('Lån')}</p>}
      </fieldset>
      <div className="form-actions-inline">
        <button
          type="button"
          className="btn"
          onClick={() => onChange({ ...s, assumptions: DEFAULT_ASSUMPTIONS })}
        >
          Tilbakestill forutsetningene til standard
        </button>
      </div>
    </div>
  );
}
