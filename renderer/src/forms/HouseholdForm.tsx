// Create or edit a household. Pseudonymous: a reference code, never a name or an id number.
import type { Household } from '../../../main/domain/types';
import {
  CAREER_PATH_LABEL,
  CHILD_GENDER_LABEL,
  FOLLOW_UP_LABEL,
  INCOME_SOURCE_LABEL,
  TARGET_GROUP_LABEL,
} from '../../../main/domain/labels';
import {
  CAREER_PATHS,
  CHILD_GENDERS,
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
import { FormShell } from './FormShell';
import {
  EMPTY_HOUSEHOLD,
  HOUSEHOLD_FIELDS,
  type HouseholdDraft,
  householdDraft,
  householdInput,
  typedAges,
} from './householdDraft';
import { useForm } from './useForm';
import '../screens/finance/finance.css';

export function HouseholdFormScreen({ id }: { id?: number }) {
  const q = useApiQuery('households.get', id === undefined ? null : { id });
  if (q.error) return <LoadError error={q.error} />;
  if (id !== undefined && !q.data) return null;
  return <HouseholdForm household={q.data?.household} version={q.data?.version} />;
}

function HouseholdForm({
  household,
  version,
}: {
  household?: Household | undefined;
  version?: number | undefined;
}) {
  const form = useForm<HouseholdDraft>(
    household ? householdDraft(household) : EMPTY_HOUSEHOLD,
    HOUSEHOLD_FIELDS,
  );
  const { draft, field, checkbox } = form;
  const ages = typedAges(draft.childAges);
  const setGender = (i: number, v: string) => {
    const next = ages.map((_, j) => draft.childGenders[j] ?? '');
    next[i] = v;
    form.set('childGenders', next);
  };

  const submit = () =>
    form.save(
      householdInput(draft),
      (input) =>
        household
          ? call('households.update', { id: household.id, household: input, version })
          : call('households.create', input),
      (saved) => leaveTo(`/husstander/${saved.id}`),
    );

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
            {...field('ref')}
            required
            maxLength={40}
            hint="En pseudonym kode, f.eks. H-0151. Aldri navn eller fødselsnummer."
          />
          <NumberField {...field('adults')} required />
          <TextField
            {...field('childAges')}
            placeholder="f.eks. 3, 7, 12"
            hint="Alder i hele år for hvert barn under 18, skilt med komma."
          />
          {ages.length > 0 && (
            <fieldset className="child-genders field-wide" data-field="childGenders">
              <legend>Kjønn på barn (valgfritt)</legend>
              <p className="hint">
                Brukes bare i soveromsregelen: barn 10–15 år av samme kjønn kan dele rom.
              </p>
              <div className="child-gender-list">
                {ages.map((age, i) => (
                  <SelectField
                    key={i}
                    name={i === 0 ? 'childGenders' : `childGenders.${i}`}
                    label={`Barn ${i + 1} (${age} år)`}
                    value={draft.childGenders[i] ?? ''}
                    onChange={(v) => setGender(i, v)}
                    options={optionsOf(CHILD_GENDERS, CHILD_GENDER_LABEL)}
                    empty="Ikke oppgitt"
                  />
                ))}
              </div>
              {form.errors.childGenders && (
                <p className="field-error">{form.errors.childGenders}</p>
              )}
            </fieldset>
          )}
          <div className="checkbox-group field-wide">
            <CheckboxField {...checkbox('couple')} label="De to første voksne er et par" />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>Oppfølging og boligkarriere</legend>
        <div className="form-grid">
          <SelectField
            {...field('targetGroup')}
            options={optionsOf(TARGET_GROUPS, TARGET_GROUP_LABEL)}
            empty="Ikke angitt"
          />
          <SelectField
            {...field('incomeSource')}
            options={optionsOf(INCOME_SOURCES, INCOME_SOURCE_LABEL)}
          />
          <SelectField
            {...field('followUp')}
            options={optionsOf(FOLLOW_UP_LEVELS, FOLLOW_UP_LABEL)}
          />
          <SelectField
            {...field('careerPath')}
            options={optionsOf(CAREER_PATHS, CAREER_PATH_LABEL)}
          />
          <div className="checkbox-group field-wide">
            <CheckboxField {...checkbox('arrears')} />
          </div>
          <TextAreaField
            {...field('note')}
            maxLength={2000}
            hint="Ingen personopplysninger som navn, fødselsnummer eller diagnoser."
          />
        </div>
      </fieldset>
    </FormShell>
  );
}
