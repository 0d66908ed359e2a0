// Create, edit or delete a Husbanken grant on record: number, amount, payment date,
// write-down period and the homes with shares.
import type { GrantRow } from '../../../main/contract/finance';
import { writeDownLabel } from '../../../main/domain/labels';
import { ApiError, call } from '../api';
import { DeleteButton } from '../components/DeleteButton';
import { DateField, SelectField, TextAreaField, TextField } from '../components/Field';
import { LoadError } from '../components/LoadError';
import { useApiQuery } from '../hooks/useApiQuery';
import { leaveTo } from '../state/router';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';
import { FormShell } from './FormShell';
import { EMPTY_GRANT, GRANT_FIELDS, grantDraft, grantInput, type GrantDraft } from './financeDraft';
import { FINANCE_PATH } from './LoanForm';
import { UnitSharesField } from './UnitSharesField';
import { useForm } from './useForm';

/** Husbanken's write-down periods: 30 years today, 20 for older grants. */
const WRITE_DOWN_OPTIONS = [30, 20].map((y) => ({ value: String(y), label: writeDownLabel(y) }));

export function GrantFormScreen({ id }: { id?: number }) {
  const q = useApiQuery('finance.overview', id === undefined ? null : {});
  if (q.error) return <LoadError error={q.error} />;
  if (id === undefined) return <GrantForm />;
  if (!q.data) return null;
  const grant = q.data.grants.find((g) => g.id === id);
  if (!grant)
    return (
      <LoadError
        error={
          new ApiError({
            code: 'not_found',
            message: `Fant ikke tilskudd med id ${id}.`,
            issues: [],
          })
        }
      />
    );
  return <GrantForm grant={grant} />;
}

function GrantForm({ grant }: { grant?: GrantRow }) {
  const form = useForm<GrantDraft>(grant ? grantDraft(grant) : EMPTY_GRANT, GRANT_FIELDS);
  const { draft, field, set } = form;
  const options = WRITE_DOWN_OPTIONS.some((o) => o.value === draft.writeDownYears)
    ? WRITE_DOWN_OPTIONS
    : [
        ...WRITE_DOWN_OPTIONS,
        { value: draft.writeDownYears, label: writeDownLabel(Number(draft.writeDownYears)) },
      ];

  const submit = () =>
    form.save(
      grantInput(draft),
      (input) =>
        grant
          ? call('grants.update', { id: grant.id, grant: input })
          : call('grants.create', input),
      () => leaveTo(FINANCE_PATH),
    );

  const remove = async () => {
    if (!grant) return;
    await runWrite(() => call('grants.delete', { id: grant.id }));
    notify(`Tilskudd ${grant.grantNo} er slettet`);
    leaveTo(FINANCE_PATH);
  };

  return (
    <>
      <FormShell
        eyebrow="Lån og tilskudd"
        title={grant ? `Rediger tilskudd ${grant.grantNo}` : 'Nytt tilskudd'}
        onSubmit={submit}
        onCancel={() => leaveTo(FINANCE_PATH)}
        dirty={form.dirty}
        summary={form.summary}
      >
        <fieldset>
          <legend>Tilskuddet</legend>
          <div className="form-grid">
            <TextField
              {...field('grantNo')}
              required
              maxLength={40}
              hint="Husbankens tilsagnsnummer, unikt."
            />
            <TextField {...field('amount')} required hint="Hele kroner, f.eks. 450 000." />
            <DateField {...field('paidDate')} required />
            <SelectField
              {...field('writeDownYears')}
              options={options}
              hint="Nedskrives per fullførte år fra utbetaling; resten betales tilbake ved salg."
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Boliger</legend>
          <div className="form-grid">
            <UnitSharesField
              units={draft.units}
              onChange={(u) => set('units', u)}
              error={form.errors.units}
            />
            <TextAreaField {...field('note')} maxLength={2000} />
          </div>
        </fieldset>
      </FormShell>
      {grant && (
        <div className="form-danger">
          <DeleteButton title={`Slette tilskudd ${grant.grantNo}?`} onDelete={remove}>
            <p>
              Tilskuddet {grant.grantNo} fjernes fra registeret med andelene sine. Endringsloggen
              beholder at det er slettet.
            </p>
          </DeleteButton>
        </div>
      )}
    </>
  );
}
