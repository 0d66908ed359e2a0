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
  type GrantOnRecord,
  type GrantSpec,
  type LoanTerms,
  type Scenario,
  type SegmentKey,
} from '../../../../../main/domain/scenario';
import { SelectField } from '../../../components/Field';
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

/** Grant and loan on record for register homes that are sold (the register holds neither). */
export function OnRecordFields(props: {
  grant: GrantOnRecord | undefined;
  loanBalance: number | undefined;
  onChange: (grant: GrantOnRecord | undefined, loanBalance: number | undefined) => void;
  startYear: number;
  grantError?: string | undefined;
  loanError?: string | undefined;
}) {
  const g = props.grant;
  const setGrant = (patch: Partial<GrantOnRecord>) => {
    const next = { amountPerHome: NaN, paidYear: NaN, ...g, ...patch };
    const empty =
      Number.isNaN(next.amountPerHome) &&
      Number.isNaN(next.paidYear) &&
      next.writeDownYears === undefined;
    props.onChange(empty ? undefined : next, props.loanBalance);
  };
  return (
    <fieldset className="sub">
      <legend>Tilskudd og lån som følger boligen (valgfritt)</legend>
      <div className="form-grid four">
        <NumericField
          name="recordGrant"
          label="Tilskudd per bolig"
          kind="kr"
          value={g?.amountPerHome}
          hint="Tilskudd utbetalt da boligen ble kjøpt; den delen som ikke er avskrevet betales tilbake."
          onChange={(v) => setGrant({ amountPerHome: v ?? NaN })}
          error={props.grantError}
        />
        <NumericField
          name="recordGrantYear"
          label="Utbetalt år"
          kind="year"
          value={g?.paidYear}
          onChange={(v) => setGrant({ paidYear: v ?? NaN })}
        />
        <NumericField
          name="recordWriteDown"
          label="Avskrivningstid"
          kind="int"
          suffix="år"
          value={g?.writeDownYears}
          placeholder={String(GRANT_WRITE_DOWN_YEARS)}
          hint="Eldre tilskudd: 20 år"
          onChange={(v) => setGrant({ writeDownYears: v })}
        />
        <NumericField
          name="recordLoan"
          label="Lån som innfris per bolig"
          kind="kr"
          value={props.loanBalance}
          onChange={(v) => props.onChange(g, v)}
          error={props.loanError}
        />
      </div>
    </fieldset>
  );
}
