// Create or edit a home. Framleie shows the lease with the private owner.
import type { Unit } from '../../../main/domain/types';
import { FIELD_LABEL as L } from '../../../main/contract/fields';
import {
  BUILDING_TYPE_LABEL,
  STATUS_LABEL,
  TARGET_GROUP_LABEL,
  TENURE_LABEL,
} from '../../../main/domain/labels';
import { BUILDING_TYPES, TARGET_GROUPS, TENURES, UNIT_STATUSES } from '../../../main/domain/types';
import { call } from '../api';
import {
  CheckboxField,
  DateField,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/Field';
import { LoadError } from '../components/LoadError';
import { optionsOf } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { leaveTo } from '../state/router';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';
import { FormShell } from './FormShell';
import { EMPTY_UNIT, UNIT_FIELDS, type UnitDraft, unitDraft, unitInput } from './unitDraft';
import { useForm } from './useForm';

const CONDITION_OPTIONS = [0, 1, 2, 3].map((g) => ({ value: String(g), label: `TG${g}` }));

/** Loads the home (when editing) and the areas, then shows the form. */
export function UnitFormScreen({ id }: { id?: number }) {
  const unit = useApiQuery('units.get', id === undefined ? null : { id });
  const areas = useApiQuery('areas.list', {});
  const error = unit.error ?? areas.error;
  if (error) return <LoadError error={error} />;
  if (!areas.data || (id !== undefined && !unit.data)) return null;
  return <UnitForm unit={unit.data?.unit} areas={areas.data} />;
}

function UnitForm({
  unit,
  areas,
}: {
  unit?: Unit | undefined;
  areas: { id: number; name: string }[];
}) {
  const form = useForm<UnitDraft>(unit ? unitDraft(unit) : EMPTY_UNIT, UNIT_FIELDS);
  const { draft, set, errors } = form;

  const cancel = () => leaveTo(unit ? `/boliger/${unit.id}` : '/boliger');

  const submit = async () => {
    const { input, issues } = unitInput(draft);
    if (issues.length) {
      form.setIssues(issues);
      return false;
    }
    try {
      const saved = await runWrite(() =>
        unit ? call('units.update', { id: unit.id, unit: input }) : call('units.create', input),
      );
      notify('Lagret');
      leaveTo(`/boliger/${saved.id}`);
      return true;
    } catch (e) {
      form.fail(e);
      return false;
    }
  };

  const text = (name: 'unitNo' | 'address') => ({
    name,
    label: L[name]!,
    value: draft[name],
    onChange: (v: string) => set(name, v),
    error: errors[name],
  });
  const num = (
    name:
      | 'bedrooms'
      | 'rooms'
      | 'areaM2'
      | 'floor'
      | 'ownerRentMonthly'
      | 'maintenanceBacklog'
      | 'rentMonthly'
      | 'marketRentMonthly'
      | 'bookValue',
  ) => ({
    name,
    label: L[name]!,
    value: draft[name],
    onChange: (v: string) => set(name, v),
    error: errors[name],
  });
  const check = (name: 'wheelchairAccessible' | 'universalDesign' | 'staffed') => ({
    name,
    label: L[name]!,
    checked: draft[name],
    onChange: (v: boolean) => set(name, v),
    error: errors[name],
  });

  return (
    <FormShell
      eyebrow="Boliger"
      title={unit ? `Rediger bolig ${unit.unitNo}` : 'Ny bolig'}
      onSubmit={submit}
      onCancel={cancel}
      dirty={form.dirty}
      summary={form.summary}
    >
      <fieldset>
        <legend>Identifikasjon og beliggenhet</legend>
        <div className="form-grid">
          <TextField
            {...text('unitNo')}
            required
            maxLength={30}
            hint="Kommunens eget nummer, unikt."
          />
          <TextField {...text('address')} required wide maxLength={200} />
          <SelectField
            name="areaId"
            label={L.areaId!}
            value={draft.areaId}
            onChange={(v) => set('areaId', v)}
            options={areas.map((a) => ({ value: String(a.id), label: a.name }))}
            empty="Ikke angitt"
            error={errors.areaId}
          />
          <NumberField {...num('floor')} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Boligen</legend>
        <div className="form-grid">
          <SelectField
            name="buildingType"
            label={L.buildingType!}
            value={draft.buildingType}
            onChange={(v) => set('buildingType', v as UnitDraft['buildingType'])}
            options={optionsOf(BUILDING_TYPES, BUILDING_TYPE_LABEL)}
            error={errors.buildingType}
          />
          <NumberField {...num('bedrooms')} required />
          <NumberField {...num('rooms')} required />
          <NumberField {...num('areaM2')} required step={0.1} suffix="m²" />
          <SelectField
            name="condition"
            label={L.condition!}
            value={draft.condition}
            onChange={(v) => set('condition', v)}
            options={CONDITION_OPTIONS}
            empty="Ikke vurdert"
            error={errors.condition}
          />
          <SelectField
            name="targetGroup"
            label={L.targetGroup!}
            value={draft.targetGroup}
            onChange={(v) => set('targetGroup', v)}
            options={optionsOf(TARGET_GROUPS, TARGET_GROUP_LABEL)}
            empty="Ikke øremerket"
            hint="Bare når boligen er bygget eller tilpasset for en gruppe."
            error={errors.targetGroup}
          />
          <div className="checkbox-group field-wide">
            <CheckboxField {...check('wheelchairAccessible')} />
            <CheckboxField {...check('universalDesign')} />
            <CheckboxField {...check('staffed')} />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>Eierform og økonomi</legend>
        <div className="form-grid">
          <SelectField
            name="tenure"
            label={L.tenure!}
            value={draft.tenure}
            onChange={(v) => set('tenure', v as UnitDraft['tenure'])}
            options={optionsOf(TENURES, TENURE_LABEL)}
            error={errors.tenure}
          />
          {draft.tenure === 'framleie' && (
            <>
              <DateField
                name="leaseEnd"
                label={L.leaseEnd!}
                value={draft.leaseEnd}
                onChange={(v) => set('leaseEnd', v)}
                error={errors.leaseEnd}
              />
              <NumberField {...num('ownerRentMonthly')} required suffix="kr" />
            </>
          )}
          <NumberField {...num('rentMonthly')} required suffix="kr" />
          <NumberField {...num('marketRentMonthly')} suffix="kr" />
          <NumberField {...num('bookValue')} suffix="kr" />
          <NumberField {...num('maintenanceBacklog')} required suffix="kr" />
        </div>
      </fieldset>

      <fieldset>
        <legend>Status og merknad</legend>
        <div className="form-grid">
          <SelectField
            name="status"
            label={L.status!}
            value={draft.status}
            onChange={(v) => set('status', v as UnitDraft['status'])}
            options={optionsOf(UNIT_STATUSES, STATUS_LABEL)}
            hint="«Utleid» settes av seg selv når en husstand får et leieforhold."
            error={errors.status}
          />
          <TextAreaField
            name="note"
            label={L.note!}
            value={draft.note}
            onChange={(v) => set('note', v)}
            maxLength={2000}
            error={errors.note}
          />
        </div>
      </fieldset>
    </FormShell>
  );
}
