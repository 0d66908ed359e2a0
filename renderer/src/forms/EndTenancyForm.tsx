// «Avslutt leieforhold»: records the move-out date; the home becomes vacant.
import type { TenancyRow } from '../../../main/contract/api';
import { call } from '../api';
import { DateField } from '../components/Field';
import { date } from '../display';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';
import { useToday } from '../state/registerInfo';
import { Converter } from './draft';
import { DialogForm } from './DialogForm';
import { useForm } from './useForm';

const FIELDS = ['movedOut', 'start', 'end'] as const;

interface Props {
  tenancy: TenancyRow;
  onClose: () => void;
  /** The tenancy was ended (the caller closes the dialog and refreshes). */
  onSaved: () => void;
}

export function EndTenancyForm({ tenancy, onClose, onSaved }: Props) {
  const today = useToday();
  const form = useForm({ movedOut: today }, FIELDS);

  const submit = async () => {
    const c = new Converter();
    const movedOut = c.date('movedOut', form.draft.movedOut);
    if (c.issues.length) {
      form.setIssues(c.issues);
      return false;
    }
    try {
      await runWrite(() =>
        call('tenancies.update', {
          id: tenancy.id,
          householdId: tenancy.householdId,
          unitId: tenancy.unitId,
          start: tenancy.start,
          end: tenancy.end,
          movedOut,
        }),
      );
      notify('Lagret');
      onSaved();
      return true;
    } catch (e) {
      form.fail(e);
      return false;
    }
  };

  return (
    <DialogForm
      title={`Avslutte leieforholdet i ${tenancy.unitNo}?`}
      submitLabel="Avslutt leieforhold"
      summary={form.summary}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>
        Husstanden {tenancy.householdRef} har bodd i {tenancy.unitNo} siden {date(tenancy.start)}.
        Boligen blir ledig når leieforholdet avsluttes.
      </p>
      <DateField
        name="movedOut"
        label="Flyttet ut"
        required
        value={form.draft.movedOut}
        onChange={(v) => form.set('movedOut', v)}
        error={form.errors.movedOut}
      />
    </DialogForm>
  );
}
