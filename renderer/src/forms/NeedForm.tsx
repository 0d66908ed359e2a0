// Create or edit a need: an applicant (one household) or a forecast (N households).
import type { Need } from '../../../main/domain/types';
import { FIELD_LABEL as L } from '../../../main/contract/fields';
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
import { runWrite } from '../state/status';
import { notify } from '../state/toast';
import { FormShell } from './FormShell';
import { emptyNeed, NEED_FIELDS, type NeedDraft, needDraft, needInput } from './needDraft';
import { useForm } from './useForm';

export function NeedFormScreen({ id }: { id?: number }) {
  const q = useApiQuery('needs.get', id === undefined ? null : { id });
  if (q.error) return <LoadError error={q.error} />;
  if (id !== undefined && !q.data) return null;
  return <NeedForm need={q.data} />;
}

function NeedForm({ need }: { need?: Need | undefined }) {
  const today = useToday();
  const form = useForm<NeedDraft>(need ? needDraft(need) : emptyNeed(today), NEED_FIELDS);
  const { draft, set, errors } = form;

  const submit = async () => {
    const { input, issues } = needInput(draft);
    if (issues.length) {
      form.setIssues(issues);
      return false;
    }
    try {
      const saved = await runWrite(() =>
        need ? call('needs.update', { id: need.id, need: input }) : call('needs.create', input),
      );
      notify('Lagret');
      leaveTo(`/behov/${saved.id}`);
      return true;
    } catch (e) {
      form.fail(e);
      return false;
    }
  };

  const num = (name: 'households' | 'householdSize' | 'bedrooms' | 'expectedYear') => ({
    name,
    label: L[name]!,
    value: draft[name],
    onChange: (v: string) => set(name, v),
    error: errors[name],
    required: true,
  });

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
            name="kind"
            label={L.kind!}
            value={draft.kind}
            onChange={(v) => {
              set('kind', v as NeedDraft['kind']);
              if (v === 'soker') set('households', '1');
            }}
            options={optionsOf(NEED_KINDS, NEED_KIND_LABEL)}
            hint="En søker er én husstand på ventelisten; en prognose kan gjelde flere."
            error={errors.kind}
          />
          <TextField
            name="ref"
            label={L.ref!}
            maxLength={40}
            value={draft.ref}
            onChange={(v) => set('ref', v)}
            hint="Pseudonym kode for søkeren. Tom for prognoser."
            error={errors.ref}
          />
          <SelectField
            name="targetGroup"
            label={L.targetGroup!}
            value={draft.targetGroup}
            onChange={(v) => set('targetGroup', v as NeedDraft['targetGroup'])}
            options={optionsOf(TARGET_GROUPS, TARGET_GROUP_LABEL)}
            error={errors.targetGroup}
          />
          <NumberField {...num('households')} />
          <NumberField {...num('householdSize')} hint="Per husstand." />
          <NumberField {...num('bedrooms')} />
          <div className="checkbox-group field-wide">
            <CheckboxField
              name="wheelchair"
              label={L.wheelchair!}
              checked={draft.wheelchair}
              onChange={(v) => set('wheelchair', v)}
              error={errors.wheelchair}
            />
            <CheckboxField
              name="staffed"
              label={L.staffed!}
              checked={draft.staffed}
              onChange={(v) => set('staffed', v)}
              error={errors.staffed}
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Når</legend>
        <div className="form-grid">
          <SelectField
            name="urgency"
            label={L.urgency!}
            value={draft.urgency}
            onChange={(v) => set('urgency', v as NeedDraft['urgency'])}
            options={optionsOf(URGENCIES, URGENCY_LABEL)}
            error={errors.urgency}
          />
          <DateField
            name="registered"
            label={L.registered!}
            required
            value={draft.registered}
            onChange={(v) => set('registered', v)}
            error={errors.registered}
          />
          <NumberField {...num('expectedYear')} />
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
