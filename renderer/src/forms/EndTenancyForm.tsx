// «Avslutt leieforhold»: records the move-out date; the home becomes vacant.
import type { TenancyRow } from '../../../main/contract/api';
import { call } from '../api';
import { DateField } from '../components/Field';
import { date } from '../display';
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

  const submit = () => {
    const c = new Converter();
    const movedOut = c.date('movedOut', form.draft.movedOut);
    return form.save(
      { input: movedOut, issues: c.issues },
      () =>
        call('tenancies.update', {
          id: tenancy.id,
          householdId: tenancy.householdId,
          unitId: tenancy.unitId,
          start: tenancy.start,
          end: tenancy.end,
          movedOut,
        }),
      () => onSaved(),
    );
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
      <DateField {...form.field('movedOut')} required />
    </DialogForm>
  );
}
