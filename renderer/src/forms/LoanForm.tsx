// Create, edit or delete a loan on existing homes: lender, number, balance at a date, rate
// (fixed until a date, or floating), repayment, remaining term, and the homes with shares.
import type { LoanRow } from '../../../main/contract/finance';
import { LENDER_LABEL, REPAYMENT_LABEL } from '../../../main/domain/labels';
import { LENDERS, REPAYMENT_TYPES } from '../../../main/domain/types';
import { ApiError, call } from '../api';
import { DeleteButton } from '../components/DeleteButton';
import { DateField, SelectField, TextAreaField, TextField } from '../components/Field';
import { LoadError } from '../components/LoadError';
import { optionsOf } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { leaveTo } from '../state/router';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';
import { FormShell } from './FormShell';
import { EMPTY_LOAN, LOAN_FIELDS, loanDraft, loanInput, type LoanDraft } from './financeDraft';
import { UnitSharesField } from './UnitSharesField';
import { useForm } from './useForm';

export const FINANCE_PATH = '/lan-og-tilskudd';

/** Loads the loan (when editing) with its homes' numbers, then shows the form. */
export function LoanFormScreen({ id }: { id?: number }) {
  const q = useApiQuery('finance.overview', id === undefined ? null : {});
  if (q.error) return <LoadError error={q.error} />;
  if (id === undefined) return <LoanForm />;
  if (!q.data) return null;
  const loan = q.data.loans.find((l) => l.id === id);
  if (!loan)
    return (
      <LoadError
        error={
          new ApiError({ code: 'not_found', message: `Fant ikke lån med id ${id}.`, issues: [] })
        }
      />
    );
  return <LoanForm loan={loan} />;
}

function LoanForm({ loan }: { loan?: LoanRow }) {
  const form = useForm<LoanDraft>(loan ? loanDraft(loan) : EMPTY_LOAN, LOAN_FIELDS);
  const { draft, field, set } = form;

  const submit = () =>
    form.save(
      loanInput(draft),
      (input) =>
        loan ? call('loans.update', { id: loan.id, loan: input }) : call('loans.create', input),
      () => leaveTo(FINANCE_PATH),
    );

  const remove = async () => {
    if (!loan) return;
    await runWrite(() => call('loans.delete', { id: loan.id }));
    notify(`Lån ${loan.loanNo} er slettet`);
    leaveTo(FINANCE_PATH);
  };

  return (
    <>
      <FormShell
        eyebrow="Lån og tilskudd"
        title={loan ? `Rediger lån ${loan.loanNo}` : 'Nytt lån'}
        onSubmit={submit}
        onCancel={() => leaveTo(FINANCE_PATH)}
        dirty={form.dirty}
        summary={form.summary}
      >
        <fieldset>
          <legend>Lånet</legend>
          <div className="form-grid">
            <SelectField {...field('lender')} options={optionsOf(LENDERS, LENDER_LABEL)} />
            <TextField
              {...field('loanNo')}
              required
              maxLength={40}
              hint="Långiverens lånenummer, unikt."
            />
            <TextField
              {...field('balance')}
              required
              hint="Restgjeld i hele kroner, f.eks. 1 250 000."
            />
            <DateField {...field('balanceDate')} required hint="Datoen saldoen gjelder per." />
            <SelectField
              {...field('repayment')}
              options={optionsOf(REPAYMENT_TYPES, REPAYMENT_LABEL)}
            />
            <TextField
              {...field('remainingYears')}
              required
              hint="Hele år igjen etter saldodatoen."
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Rente</legend>
          <div className="form-grid">
            <TextField
              {...field('interestRate')}
              required
              hint="I prosent, f.eks. 4,5. For flytende rente brukes planens rente i beregningene."
            />
            <SelectField
              name="rateKind"
              label="Rentetype"
              value={draft.rateKind}
              onChange={(v) => set('rateKind', v as LoanDraft['rateKind'])}
              options={[
                { value: 'flytende', label: 'Flytende' },
                { value: 'fast', label: 'Fast rente' },
              ]}
            />
            {draft.rateKind === 'fast' && <DateField {...field('fixedUntil')} required />}
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
      {loan && (
        <div className="form-danger">
          <DeleteButton title={`Slette lån ${loan.loanNo}?`} onDelete={remove}>
            <p>
              Lånet {loan.loanNo} fjernes fra registeret med andelene sine. Endringsloggen beholder
              at det er slettet.
            </p>
          </DeleteButton>
        </div>
      )}
    </>
  );
}
