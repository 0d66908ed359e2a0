// Actions on named register homes: leie-til-eie (the tenant buys), rehabilitering, avvikling.
import {
  namedUnitIds,
  type DecommissionAction,
  type RehabAction,
  type RentToOwnAction,
} from '../../../../../main/domain/scenario';
import { CAREER_PATH_LABEL } from '../../../../../main/domain/labels';
import type { ConditionGrade } from '../../../../../main/domain/types';
import { SelectField } from '../../../components/Field';
import { NumericField } from '../../../components/NumericField';
import { period } from '../fmt';
import { LoanFields, ExistingFinanceFields, YearField } from './fields';
import { req, type FormProps } from './types';
import { MovedHouseholds } from './MovedHouseholds';
import { UnitPicker, usedByOthers } from './UnitPicker';

function usedBy(p: FormProps<RentToOwnAction | RehabAction | DecommissionAction>) {
  return usedByOthers(
    p.scenario.actions.map((x) => ({ id: x.id, ids: namedUnitIds(x) })),
    p.action.id,
  );
}

export function RentToOwnForm(p: FormProps<RentToOwnAction>) {
  const { action: a, onChange, msg, scenario, index } = p;
  const t = index.tenantOf.get(a.unitId);
  const hh = t ? index.households.get(t.householdId) : undefined;
  return (
    <>
      <div className="form-grid">
        <YearField
          value={a.year}
          onChange={(year) => onChange({ ...a, year })}
          scenario={scenario}
          msg={msg}
        />
        <NumericField
          name="price"
          label="Pris"
          kind="kr"
          value={a.price}
          onChange={(v) => onChange({ ...a, price: req(v) })}
          hint="Leietakeren kjøper, f.eks. med startlån."
          error={msg.field('Pris')}
          required
        />
        <div className="field">
          <span className="field-label">Leietaker</span>
          <p className="static-value">
            {hh
              ? `${hh.ref} (boligkarriere: ${CAREER_PATH_LABEL[hh.careerPath].toLowerCase()})`
              : 'Ingen leietaker'}
          </p>
        </div>
      </div>
      <UnitPicker
        label="Boligen leietakeren kjøper (eide, utleide boliger)"
        index={index}
        single
        eligible={(u) => u.tenure === 'eid' && index.tenantOf.has(u.id)}
        selected={a.unitId > 0 ? [a.unitId] : []}
        onChange={(ids) => onChange({ ...a, unitId: ids[0] ?? 0 })}
        errors={msg.fieldAll('Bolig')}
        usedBy={usedBy(p)}
      />
      <ExistingFinanceFields
        keepLoan={a.keepLoan}
        onChange={(keepLoan) => onChange({ ...a, keepLoan })}
        error={msg.field('Behold lånet')}
      />
    </>
  );
}

const CONDITIONS = [0, 1, 2, 3].map((g) => ({ value: String(g), label: `TG${g}` }));

export function RehabForm(p: FormProps<RehabAction>) {
  const { action: a, onChange, msg, scenario, index } = p;
  const hint = `Planperiode ${period(scenario.startYear, scenario.years)}`;
  return (
    <>
      <div className="form-grid four">
        <NumericField
          name="fromYear"
          label="Ute av bruk fra år"
          kind="year"
          value={a.fromYear}
          onChange={(v) => onChange({ ...a, fromYear: req(v) })}
          hint={hint}
          error={msg.field('Fra år') ?? msg.field('Periode')}
          required
        />
        <NumericField
          name="toYear"
          label="Til og med år"
          kind="year"
          value={a.toYear}
          onChange={(v) => onChange({ ...a, toYear: req(v) })}
          hint="Tilbake i bruk året etter."
          error={msg.field('Til år')}
          required
        />
        <NumericField
          name="cost"
          label="Kostnad i alt"
          kind="kr"
          value={a.cost}
          onChange={(v) => onChange({ ...a, cost: req(v) })}
          hint="For alle boligene, fordelt på årene."
          error={msg.field('Kostnad')}
          required
        />
        <SelectField
          name="newCondition"
          label="Tilstandsgrad etterpå"
          value={String(a.newCondition)}
          options={CONDITIONS}
          onChange={(v) => onChange({ ...a, newCondition: Number(v) as ConditionGrade })}
          error={msg.field('Tilstandsgrad')}
        />
      </div>
      <UnitPicker
        label="Boliger som rehabiliteres (eide boliger)"
        index={index}
        eligible={(u) => u.tenure === 'eid'}
        selected={a.unitIds}
        onChange={(unitIds) => onChange({ ...a, unitIds })}
        errors={msg.fieldAll('Bolig')}
        usedBy={usedBy(p)}
      />
      <LoanFields
        loan={a.loan}
        onChange={(loan) => onChange({ ...a, loan })}
        assumptions={scenario.assumptions}
        error={msg.field('Lån')}
      />
    </>
  );
}

export function DecommissionForm(p: FormProps<DecommissionAction>) {
  const { action: a, onChange, msg, scenario, index } = p;
  return (
    <>
      <div className="form-grid">
        <YearField
          label="Tas ut fra år"
          value={a.year}
          onChange={(year) => onChange({ ...a, year })}
          scenario={scenario}
          msg={msg}
        />
      </div>
      <UnitPicker
        label="Boliger som avvikles (eide eller med tildelingsrett)"
        index={index}
        eligible={(u) => u.tenure === 'eid' || u.tenure === 'tildelingsrett'}
        selected={a.unitIds}
        onChange={(unitIds) => onChange({ ...a, unitIds })}
        errors={msg.fieldAll('Bolig')}
        usedBy={usedBy(p)}
      />
      <MovedHouseholds index={index} unitIds={a.unitIds} year={a.year} what="avviklingen" />
      <ExistingFinanceFields
        keepLoan={a.keepLoan}
        onChange={(keepLoan) => onChange({ ...a, keepLoan })}
        error={msg.field('Behold lånet')}
      />
    </>
  );
}
