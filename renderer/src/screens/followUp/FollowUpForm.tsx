// Setting the follow-up of an ending contract or framleie lease: status, date and a short note.
import type { EndingRow } from '../../../../main/contract/followUp';
import {
  ENDING_KIND_LABEL,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_STATUS_LABEL,
  type FollowUpStatus,
} from '../../../../main/domain/casework';
import { call } from '../../api';
import { DateField, SelectField, TextField } from '../../components/Field';
import { optionsOf } from '../../display';
import { Converter } from '../../forms/draft';
import { DialogForm } from '../../forms/DialogForm';
import { useForm } from '../../forms/useForm';

const FIELDS = ['status', 'statusDate', 'note'] as const;

export function FollowUpForm(props: { row: EndingRow; onClose: () => void; onSaved: () => void }) {
  const { row } = props;
  const form = useForm(
    { status: row.status ?? '', statusDate: row.statusDate ?? '', note: row.note },
    FIELDS,
  );
  const { draft, field } = form;

  const submit = () => {
    const c = new Converter();
    const input = {
      kind: row.kind,
      refId: row.refId,
      status: c.optionalChoice<FollowUpStatus>(draft.status),
      statusDate: c.optionalDate(draft.statusDate),
      note: c.text(draft.note),
    };
    return form.save(
      { input, issues: c.issues },
      (i) => call('followUp.set', i),
      () => props.onSaved(),
    );
  };

  return (
    <DialogForm
      title={`Oppfølging: ${ENDING_KIND_LABEL[row.kind].toLowerCase()} for ${row.unitNo}`}
      submitLabel="Lagre oppfølging"
      summary={form.summary}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <SelectField
        {...field('status')}
        options={optionsOf(FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABEL)}
        empty="Ikke satt"
      />
      <DateField {...field('statusDate')} hint="F.eks. ny kontraktstart eller utflyttingsdato." />
      <TextField
        {...field('note')}
        maxLength={300}
        hint="Kort merknad, ingen personopplysninger."
      />
    </DialogForm>
  );
}
