// Create or edit a household. Pseudonymous: a reference code, never a name or an id number.
import type { Household } from '../../../main/domain/types';
import { FIELD_LABEL as L } from '../../../main/contract/fields';
import {
  CAREER_PATH_LABEL,
  FOLLOW_UP_LABEL,
  INCOME_SOURCE_LABEL,
  TARGET_GROUP_LABEL,
} from '../../../main/domain/labels';
import {
  CAREER_PATHS,
  FOLLOW_UP_LEVELS,
  INCOME_SOURCES,
  TARGET_GROUPS,
} from '../../../main/domain/types';
import { call } from '../api';
import {
  CheckboxField,
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
import {
  EMPTY_HOUSEHOLD,
  HOUSEHOLD_FIELDS,
  type HouseholdDraft,
  householdDraft,
  householdInput,
} from './householdDraft';
import { useForm } from './useForm';

export function HouseholdFormScreen({ id }: { id?: number }) {
  const q = useApiQuery('households.get', id === undefined ? null : { id });
  if (q.error) return <LoadError error={q.error} />;
  if (id !== undefined && !q.data) return null;
  return <HouseholdForm household={q.data?.household} />;
}

function HouseholdForm({ household }: { household?: Household | undefined }) {
  const form = useForm<HouseholdDraft>(
    household ? householdDraft(household) : EMPTY_HOUSEHOLD,
    HOUSEHOLD_FIELDS,
  );
  const { draft, set, errors } = form;

  const submit = async () => {
    const { input, issues } = householdInput(draft);
    if (issues.length) {
      form.setIssues(issues);
      return false;
    }
    try {
      const saved = await runWrite(() =>
        household
          ? call('households.update', { id: household.id, household: input })
          : call('households.create', input),
      );
      notify('Lagret');
      leaveTo(`/husstander/${saved.id}`);
      return true;
    } catch (e) {
      form.fail(e);
      return false;
    }
  };

  return (
    <FormShell
      eyebrow="Husstander"
      title={household ? `Rediger husstand ${household.ref}` : 'Ny husstand'}
      onSubmit={submit}
      onCancel={() => leaveTo(household ? `/husstander/${household.id}` : '/husstander')}
      dirty={form.dirty}
      summary={form.summary}
    >
      <fieldset>
        <legend>Husstanden</legend>
        <div className="form-grid">
          <TextField
            name="ref"
            label={L.ref!}
            required
            maxLength={40}
            value={draft.ref}
            onChange={(v) => set('ref', v)}
            hint="En pseudonym kode, f.eks. H-0151. Aldri navn eller fødselsnummer."
            error={errors.ref}
          />
          <NumberField
            name="adults"
            label={L.adults!}
            required
            value={draft.adults}
            onChange={(v) => set('adults', v)}
            error={errors.adults}
          />
          <TextField
            name="childAges"
            label={L.childAges!}
            value={draft.childAges}
            onChange={(v) => set('childAges', v)}
            placeholder="f.eks. 3, 7, 12"
            hint="Alder i hele år for hvert barn under 18, skilt med komma."
            error={errors.childAges}
          />
          <div className="checkbox-group field-wide">
            <CheckboxField
              name="couple"
              label="De to første voksne er et par"
              checked={draft.couple}
              onChange={(v) => set('couple', v)}
              error={errors.couple}
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Oppfølging og boligkarriere</legend>
        <div className="form-grid">
          <SelectField
            name="targetGroup"
            label={L.targetGroup!}
            value={draft.targetGroup}
            onChange={(v) => set('targetGroup', v)}
            options={optionsOf(TARGET_GROUPS, TARGET_GROUP_LABEL)}
            empty="Ikke angitt"
            error={errors.targetGroup}
          />
          <SelectField
            name="incomeSource"
            label={L.incomeSource!}
            value={draft.incomeSource}
            onChange={(v) => set('incomeSource', v as HouseholdDraft['incomeSource'])}
            options={optionsOf(INCOME_SOURCES, INCOME_SOURCE_LABEL)}
            error={errors.incomeSource}
          />
          <SelectField
            name="followUp"
            label={L.followUp!}
            value={draft.followUp}
            onChange={(v) => set('followUp', v as HouseholdDraft['followUp'])}
            options={optionsOf(FOLLOW_UP_LEVELS, FOLLOW_UP_LABEL)}
            error={errors.followUp}
          />
          <SelectField
            name="careerPath"
            label={L.careerPath!}
            value={draft.careerPath}
            onChange={(v) => set('careerPath', v as HouseholdDraft['careerPath'])}
            options={optionsOf(CAREER_PATHS, CAREER_PATH_LABEL)}
            error={errors.careerPath}
          />
          <div className="checkbox-group field-wide">
            <CheckboxField
              name="arrears"
              label={L.arrears!}
              checked={draft.arrears}
              onChange={(v) => set('arrears', v)}
              error={errors.arrears}
            />
          </div>
          <TextAreaField
            name="note"
            label={L.note!}
            value={draft.note}
            onChange={(v) => set('note', v)}
            maxLength={2000}
            hint="Ingen personopplysninger som navn, fødselsnummer eller diagnoser."
            error={errors.note}
          />
        </div>
      </fieldset>
    </FormShell>
  );
}
