// Create or edit a need: an applicant (one household) or a forecast (N households).
import type { Need } from '../../../main/domain/types';
import { NEED_KIND_LABEL, TARGET_GROUP_LABEL, URGENCY_LABEL } from '../../../main/domain/labels';
import { NEED_KINDS, TARGET_GROUPS, URGENCIES } from '../../../main/domain/types';
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
import { useToday } from '../state/registerInfo';
import { FormShell } from './FormShell';
import { emptyNeed, NEED_FIELDS, type NeedDraft, needDraft, needInput } from './needDraft';
import { useForm } from './useForm';

export function NeedFormScreen({ id }: { id?: number }) {
  const q = useApiQuery('needs.get', id === undefined ? null : { id });
  if (q.error) return <LoadError error={q.error} />;
  if (id !== undefined && !q.data) return null;
  return <NeedForm need={q.data} version={q.data?.version} />;
}

function NeedForm({ need, version }: { need?: Need | undefined; version?: number | undefined }) {
  const today = useToday();
  const form = useForm<NeedDraft>(need ? needDraft(need) : emptyNeed(today), NEED_FIELDS);
  const { draft, set, field, checkbox } = form;

  const submit = () =>
    form.save(
      needInput(draft),
      (input) =>
        need
          ? call('needs.update', { id: need.id, need: input, version })
          : call('needs.create', input),
      (saved) => leaveTo(`/behov/${saved.id}`),
    );

  return (
    <FormShell
      eyebrow="Behov"
      title={need ? 'Rediger behov' : 'Nytt behov'}
      onSubmit={submit}
      onCancel={() => leaveTo(need ? `/behov/${need.id}` : '/behov')}
      dirty={form.dirty}
      summary={form.summary}
    >
      <fieldset>
        <legend>Hvem</legend>
        <div className="form-grid">
          <SelectField
            {...field('kind')}
            onChange={(v) => {
              set('kind', v as NeedDraft['kind']);
              if (v === 'soker') set('households', '1');
            }}
            options={optionsOf(NEED_KINDS, NEED_KIND_LABEL)}
            hint="En søker er én husstand på ventelisten; en prognose kan gjelde flere."
          />
          <TextField
            {...field('ref')}
            maxLength={40}
            hint="Pseudonym kode for søkeren. Tom for prognoser."
          />
          <SelectField
            {...field('targetGroup')}
            options={optionsOf(TARGET_GROUPS, TARGET_GROUP_LABEL)}
          />
          <NumberField {...field('households')} required />
          <NumberField {...field('householdSize')} required hint="Per husstand." />
          <NumberField {...field('bedrooms')} required />
          <div className="checkbox-group field-wide">
            <CheckboxField {...checkbox('wheelchair')} />
            <CheckboxField {...checkbox('staffed')} />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Når</legend>
        <div className="form-grid">
          <SelectField {...field('urgency')} options={optionsOf(URGENCIES, URGENCY_LABEL)} />
          <DateField {...field('registered')} required />
          <NumberField {...field('expectedYear')} required />
          <TextAreaField {...field('note')} maxLength={2000} />
        </div>
      </fieldset>
    </FormShell>
  );
}
