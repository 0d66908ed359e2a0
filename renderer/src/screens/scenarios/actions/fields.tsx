// Field groups shared by the action forms: the action's year, segment, Husbanken grant, loan
// terms, and the grant and loan on record for a register home that is sold.
import {
  GRANT_MODE_LABEL,
  GRANT_RATES,
  GRANT_WRITE_DOWN_YEARS,
  LOAN_TYPE_LABEL,
  LOAN_TYPES,
  SEGMENT_KEYS,
  segmentLabel,
  type Assumptions,
  type GrantSpec,
  type LoanTerms,
  type Scenario,
  type SegmentKey,
} from '../../../../../main/domain/scenario';
import { CheckboxField, SelectField } from '../../../components/Field';
import { NumericField } from '../../../components/NumericField';
import { int, period, rate } from '../fmt';
import type { FieldMessages } from '../issues';
import { req } from './types';

/** The year an action takes effect (the engine's «År»), with the plan period as a hint. */
export function YearField(props: {
  label?: string;
  value: number;
  onChange: (year: number) => void;
  scenario: Scenario;
  msg: FieldMessages;
}) {
  return (
    <NumericField
      name="year"
      label={props.label ?? 'År'}
      kind="year"
      value={props.value}
      onChange={(v) => props.onChange(req(v))}
      hint={`Planperiode ${period(props.scenario.startYear, props.scenario.years)}`}
      error={props.msg.field('År')}
      required
    />
  );
}

export const SEGMENT_OPTIONS = SEGMENT_KEYS.map((k) => ({ value: k, label: segmentLabel(k) }));

export function SegmentSelect(props: {
  name: string;
  label?: string;
  value: SegmentKey;
  onChange: (s: SegmentKey) => void;
  error?: string | undefined;
}) {
  return (
    <SelectField
      name={props.name}
      label={props.label ?? 'Segment'}
      value={props.value}
      options={SEGMENT_OPTIONS}
      onChange={(v) => props.onChange(v as SegmentKey)}
      error={props.error}
    />
  );
}

const GRANT_MODES = (['rate', 'percent', 'none'] as const).map((m) => ({
  value: m,
  label: GRANT_MODE_LABEL[m],
}));

export function GrantFields(props: {
  grant: GrantSpec;
  onChange: (g: GrantSpec) => void;
  assumptions: Assumptions;
  error?: string | undefined;
}) {
  const g = props.grant;
  const group = GRANT_RATES[props.assumptions.municipalityGroup];
  const setMode = (mode: string) =>
    props.onChange(
      mode === 'percent' ? { mode, percent: 20 } : mode === 'none' ? { mode } : { mode: 'rate' },
    );
  const writeDown =
    g.mode === 'none' ? null : (
      <NumericField
        name="writeDownYears"
        label="Avskrivningstid"
        kind="int"
        suffix="år"
        value={g.writeDownYears}
        placeholder={String(GRANT_WRITE_DOWN_YEARS)}
        hint={`Standard: ${GRANT_WRITE_DOWN_YEARS} år (3,3 % per år)`}
        onChange={(v) => props.onChange({ ...g, writeDownYears: v })}
      />
    );
  return (
    <fieldset className="sub">
      <legend>Tilskudd fra Husbanken</legend>
      <div className="form-grid four">
        <SelectField
          name="grantMode"
          label="Tilskudd"
          value={g.mode}
          options={GRANT_MODES}
          onChange={setMode}
          error={props.error}
        />
        {g.mode === 'rate' && (
          <>
            <NumericField
              name="krPerM2"
              label="Sats per m²"
              kind="kr"
              suffix="kr/m²"
              value={g.krPerM2}
              placeholder={int(group.krPerM2)}
              hint={`Standard: ${int(group.krPerM2)} kr/m² (${group.label})`}
              onChange={(v) => props.onChange({ ...g, krPerM2: v })}
            />
            <NumericField
              name="maxM2"
              label="Maks areal per bolig"
              kind="decimal"
              suffix="m²"
              value={g.maxM2}
              placeholder={String(group.maxM2)}
              hint={`Standard: ${group.maxM2} m²`}
              onChange={(v) => props.onChange({ ...g, maxM2: v })}
            />
          </>
        )}
        {g.mode === 'percent' && (
          <NumericField
            name="grantPercent"
            label="Prosent av kostnad"
            kind="decimal"
            suffix="%"
            value={g.percent}
            onChange={(v) => props.onChange({ ...g, percent: req(v) })}
          />
        )}
        {writeDown}
      </div>
    </fieldset>
  );
}

/** The Husbanken grant and the loan of an action that buys or builds homes. */
export function FinancingFields(props: {
  grant: GrantSpec;
  loan: Partial<LoanTerms> | undefined;
  onChange: (patch: { grant: GrantSpec } | { loan: Partial<LoanTerms> | undefined }) => void;
  assumptions: Assumptions;
  msg: FieldMessages;
}) {
  return (
    <>
      <GrantFields
        grant={props.grant}
        onChange={(grant) => props.onChange({ grant })}
        assumptions={props.assumptions}
        error={props.msg.field('Tilskudd')}
      />
      <LoanFields
        loan={props.loan}
        onChange={(loan) => props.onChange({ loan })}
        assumptions={props.assumptions}
        error={props.msg.field('Lån')}
      />
    </>
  );
}

function withoutEmpty(loan: Partial<LoanTerms>): Partial<LoanTerms> | undefined {
  const out = Object.fromEntries(Object.entries(loan).filter(([, v]) => v !== undefined));
  return Object.keys(out).length ? (out as Partial<LoanTerms>) : undefined;
}

export function LoanFields(props: {
  loan: Partial<LoanTerms> | undefined;
  onChange: (l: Partial<LoanTerms> | undefined) => void;
  assumptions: Assumptions;
  error?: string | undefined;
}) {
  const l = props.loan ?? {};
  const a = props.assumptions;
  const set = (patch: Partial<LoanTerms>) => props.onChange(withoutEmpty({ ...l, ...patch }));
  return (
    <fieldset className="sub">
      <legend>Lån (tomt felt = standard fra forutsetningene)</legend>
      <div className="form-grid four">
        <NumericField
          name="loanShare"
          label="Lånefinansiert andel"
          kind="percent"
          value={l.share}
          placeholder={rate(a.defaultLoan.share).replace(' %', '')}
          hint={`Standard: ${rate(a.defaultLoan.share)}`}
          onChange={(v) => set({ share: v })}
        />
        <NumericField
          name="loanRate"
          label="Rente"
          kind="percent"
          value={l.interestRate}
          placeholder={rate(a.interestRate).replace(' %', '')}
          hint={`Standard: ${rate(a.interestRate)}`}
          onChange={(v) => set({ interestRate: v })}
        />
        <NumericField
          name="loanYears"
          label="Løpetid"
          kind="int"
          suffix="år"
          value={l.years}
          placeholder={String(a.defaultLoan.years)}
          hint={`Standard: ${a.defaultLoan.years} år`}
          onChange={(v) => set({ years: v })}
        />
        <SelectField
          name="loanType"
          label="Lånetype"
          value={l.type ?? ''}
          empty={`Standard (${LOAN_TYPE_LABEL[a.defaultLoan.type]})`}
          options={LOAN_TYPES.map((t) => ({ value: t, label: LOAN_TYPE_LABEL[t] }))}
          onChange={(v) => set({ type: v === '' ? undefined : (v as LoanTerms['type']) })}
        />
      </div>
      {props.error && <p className="field-error">{props.error}</p>}
    </fieldset>
  );
}

/**
 * The existing loans and grants of register homes that leave the stock: taken from the register
 * (Lån og tilskudd). The loan is repaid unless the planner explicitly keeps it.
 */
export function ExistingFinanceFields(props: {
  keepLoan: boolean | undefined;
  onChange: (keepLoan: boolean | undefined) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset className="sub">
      <legend>Lån og tilskudd som følger boligene</legend>
      <p className="hint">
        Boligenes andel av lånene i registeret innfris i salgsåret, og renter og avdrag faller bort
        fra da. Tilskudd som ikke er avskrevet (regnet i hele år fra utbetalingsdato) betales
        tilbake. Begge hentes fra «Lån og tilskudd».
      </p>
      <CheckboxField
        name="keepLoan"
        label="Behold lånet (ikke innfri boligenes andel)"
        hint="Husbanken krever normalt at lånet innfris ved salg."
        checked={props.keepLoan === true}
        onChange={(v) => props.onChange(v ? true : undefined)}
        error={props.error}
      />
    </fieldset>
  );
}
