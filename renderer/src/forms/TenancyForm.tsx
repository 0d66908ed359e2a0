// New tenancy for a household: a vacant home, a start date and (by default) the usual
// three-year contract end, which follows the start until the planner changes it.
import { useState } from 'react';
import { addYears, isValidIsoDate } from '../../../main/domain/format';
import { call } from '../api';
import { DateField, SelectField } from '../components/Field';
import { useApiQuery } from '../hooks/useApiQuery';
import { useToday } from '../state/registerInfo';
import { Converter } from './draft';
import { DialogForm } from './DialogForm';
import { useForm } from './useForm';

const FIELDS = ['unitId', 'start', 'end', 'householdId'] as const;
const CONTRACT_YEARS = 3;

const defaultEnd = (start: string) =>
  isValidIsoDate(start) ? addYears(start, CONTRACT_YEARS) : '';

export function TenancyForm(props: {
  householdId: number;
  householdRef: string;
  onClose: () => void;
  /** The tenancy was created (the caller closes the dialog and refreshes). */
  onSaved: () => void;
}) {
  const today = useToday();
  const vacant = useApiQuery('units.list', { status: 'ledig', sort: 'unitNo', limit: 1000 });
  const form = useForm({ unitId: '', start: today, end: defaultEnd(today) }, FIELDS);
  const [endTouched, setEndTouched] = useState(false);
  const { draft, set, errors, field } = form;

  const submit = () => {
    const c = new Converter();
    const input = {
      householdId: props.householdId,
      unitId: draft.unitId === '' ? 0 : Number(draft.unitId),
      start: c.date('start', draft.start),
      end: c.optionalDate(draft.end),
      movedOut: null,
    };
    if (draft.unitId === '')
      c.issues.push({ field: 'unitId', message: 'Bolig: velg en ledig bolig' });
    return form.save(
      { input, issues: c.issues },
      (i) => call('tenancies.create', i),
      () => props.onSaved(),
    );
  };

  const options = (vacant.data?.rows ?? []).map((u) => ({
    value: String(u.id),
    label: `${u.unitNo} – ${u.address} (${u.bedrooms} soverom${u.wheelchairAccessible ? ', rullestol' : ''})`,
  }));

  return (
    <DialogForm
      title={`Nytt leieforhold for ${props.householdRef}`}
      submitLabel="Opprett leieforhold"
      summary={form.summary}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <SelectField
        {...field('unitId')}
        required
        options={options}
        empty={
          vacant.data
            ? options.length
              ? 'Velg en ledig bolig'
              : 'Ingen ledige boliger'
            : 'Henter ledige boliger …'
        }
        hint="Bare ledige boliger kan velges."
      />
      <DateField
        {...field('start')}
        required
        onChange={(v) => {
          set('start', v);
          if (!endTouched) set('end', defaultEnd(v));
        }}
      />
      <DateField
        {...field('end')}
        onChange={(v) => {
          setEndTouched(true);
          set('end', v);
        }}
        hint="Vanligvis tre år etter start. Tomt felt betyr tidsubestemt kontrakt."
      />
      {errors.householdId && <p className="field-error">{errors.householdId}</p>}
    </DialogForm>
  );
}
