// Create or edit a home. Framleie shows the lease with the private owner.
import type { Unit } from '../../../main/domain/types';
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
import { FormShell } from './FormShell';
import { EMPTY_UNIT, UNIT_FIELDS, type UnitDraft, unitDraft, unitInput } from './unitDraft';
import { useForm } from './useForm';
import { useState } from 'react';
import { ADDING_KINDS, STOCK_EVENT_LABEL } from '../../../main/domain/planFollowUp';
import type { StockEventKind } from '../../../main/domain/planFollowUp';
import { useToday } from '../state/registerInfo';

/** «Hvordan kom boligen inn?» (issue 13.3): a stock event, or none for an existing home. */
const ARRIVAL_OPTIONS = [
  ...ADDING_KINDS.map((k) => ({ value: k, label: STOCK_EVENT_LABEL[k] })),
  { value: 'ukjent', label: 'Ukjent / eksisterende bolig' },
];

const CONDITION_OPTIONS = [0, 1, 2, 3].map((g) => ({ value: String(g), label: `TG${g}` }));

/** Loads the home (when editing) and the areas, then shows the form. */
export function UnitFormScreen({ id }: { id?: number }) {
  const unit = useApiQuery('units.get', id === undefined ? null : { id });
  const areas = useApiQuery('areas.list', {});
  const error = unit.error ?? areas.error;
  if (error) return <LoadError error={error} />;
  if (!areas.data || (id !== undefined && !unit.data)) return null;
  return <UnitForm unit={unit.data?.unit} version={unit.data?.version} areas={areas.data} />;
}

function UnitForm({
  unit,
  version,
  areas,
}: {
  unit?: Unit | undefined;
  /** The version read with the home: the save is refused if someone changed it since. */
  version?: number | undefined;
  areas: { id: number; name: string }[];
}) {
  const form = useForm<UnitDraft>(unit ? unitDraft(unit) : EMPTY_UNIT, UNIT_FIELDS);
  const { draft, field, checkbox } = form;
  const today = useToday();
  const [arrival, setArrival] = useState({ kind: 'kjop', date: today });

  const cancel = () => leaveTo(unit ? `/boliger/${unit.id}` : '/boliger');

  const submit = () =>
    form.save(
      unitInput(draft),
      (input) =>
        unit
          ? call('units.update', { id: unit.id, unit: input, version })
          : call('units.createWithArrival', {
              unit: input,
              arrival:
                arrival.kind === 'ukjent'
                  ? null
                  : { eventKind: arrival.kind as StockEventKind, date: arrival.date, note: '' },
            }),
      (saved) => leaveTo(`/boliger/${saved.id}`),
    );

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
            {...field('unitNo')}
            required
            maxLength={30}
            hint="Kommunens eget nummer, unikt."
          />
          <TextField {...field('address')} required wide maxLength={200} />
          <SelectField
            {...field('areaId')}
            options={areas.map((a) => ({ value: String(a.id), label: a.name }))}
            empty="Ikke angitt"
          />
          <NumberField {...field('floor')} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Boligen</legend>
        <div className="form-grid">
          <SelectField
            {...field('buildingType')}
            options={optionsOf(BUILDING_TYPES, BUILDING_TYPE_LABEL)}
          />
          <NumberField {...field('bedrooms')} required />
          <NumberField
            {...field('rooms')}
            hint="Valgfritt: stuer og soverom (SSBs regel for trangboddhet)"
          />
          <NumberField {...field('areaM2')} required step={0.1} suffix="m²" />
          <NumberField
            {...field('promM2')}
            step={0.1}
            suffix="m²"
            hint="Valgfritt: primærrom. Mangler det, anslås P-ROM som 90 % av BRA."
          />
          <SelectField {...field('condition')} options={CONDITION_OPTIONS} empty="Ikke vurdert" />
          <SelectField
            {...field('targetGroup')}
            options={optionsOf(TARGET_GROUPS, TARGET_GROUP_LABEL)}
            empty="Ikke øremerket"
            hint="Bare når boligen er bygget eller tilpasset for en gruppe."
          />
          <div className="checkbox-group field-wide">
            <CheckboxField {...checkbox('wheelchairAccessible')} />
            <CheckboxField {...checkbox('universalDesign')} />
            <CheckboxField {...checkbox('staffed')} />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>Eierform og økonomi</legend>
        <div className="form-grid">
          <SelectField {...field('tenure')} options={optionsOf(TENURES, TENURE_LABEL)} />
          {draft.tenure === 'framleie' && (
            <>
              <DateField {...field('leaseEnd')} />
              <NumberField {...field('ownerRentMonthly')} required suffix="kr" />
            </>
          )}
          <NumberField {...field('rentMonthly')} required suffix="kr" />
          <NumberField {...field('marketRentMonthly')} suffix="kr" />
          <NumberField {...field('bookValue')} suffix="kr" />
          <NumberField {...field('maintenanceBacklog')} required suffix="kr" />
        </div>
      </fieldset>

      {!unit && (
        <fieldset>
          <legend>Hvordan kom boligen inn?</legend>
          <div className="form-grid">
            <SelectField
              name="arrivalKind"
              label="Hvordan"
              value={arrival.kind}
              options={ARRIVAL_OPTIONS}
              onChange={(kind) => setArrival((a) => ({ ...a, kind }))}
              error={form.errors.eventKind}
              hint="Følges opp mot den vedtatte planen under «Plan og resultat»."
            />
            {arrival.kind !== 'ukjent' && (
              <DateField
                name="arrivalDate"
                label="Dato"
                value={arrival.date}
                onChange={(date) => setArrival((a) => ({ ...a, date }))}
                error={form.errors.date}
              />
            )}
          </div>
        </fieldset>
      )}

      <fieldset>
        <legend>Status og merknad</legend>
        <div className="form-grid">
          <SelectField
            {...field('status')}
            options={optionsOf(UNIT_STATUSES, STATUS_LABEL)}
            hint="«Utleid» settes av seg selv når en husstand får et leieforhold."
          />
          <TextAreaField {...field('note')} maxLength={2000} />
        </div>
      </fieldset>
    </FormShell>
  );
}
