// The next step of an application: vedtak (innvilget / avslått), tildelt (a vacant home, which
// starts the tenancy) or trukket, with its date and SSB's group for KOSTRA.
import type { NeedCase } from '../../../../main/contract/followUp';
import {
  defaultSsbGroup,
  NEED_STATUS_LABEL,
  NEXT_NEED_STATUSES,
  SSB_GROUPS,
  SSB_GROUP_LABEL,
  type NeedStatus,
  type SsbGroup,
} from '../../../../main/domain/casework';
import { addYears, isValidIsoDate } from '../../../../main/domain/format';
import { call } from '../../api';
import { DateField, SelectField } from '../../components/Field';
import { optionsOf } from '../../display';
import { Converter } from '../../forms/draft';
import { DialogForm } from '../../forms/DialogForm';
import { useForm } from '../../forms/useForm';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useToday } from '../../state/registerInfo';

const FIELDS = ['status', 'date', 'unitId', 'contractEnd', 'ssbGroup', 'householdId'] as const;

export function NeedStatusForm(props: {
  need: NeedCase;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { need } = props;
  const today = useToday();
  const next = NEXT_NEED_STATUSES[need.status];
  const form = useForm(
    {
      status: next[0] ?? '',
      date: today,
      unitId: '',
      contractEnd: addYears(today, 3),
      ssbGroup: need.ssbGroup ?? '',
    },
    FIELDS,
  );
  const { draft, field, set, errors } = form;
  const allocating = draft.status === 'tildelt';
  const vacant = useApiQuery(
    'units.list',
    allocating ? { status: 'ledig', sort: 'unitNo', limit: 1000 } : null,
  );

  const submit = () => {
    const c = new Converter();
    const input = {
      id: need.id,
      status: draft.status as NeedStatus,
      date: c.date('date', draft.date),
      ...(allocating
        ? {
            unitId: draft.unitId === '' ? 0 : Number(draft.unitId),
            contractEnd: c.optionalDate(draft.contractEnd),
          }
        : {}),
      ssbGroup: c.optionalChoice<SsbGroup>(draft.ssbGroup),
    };
    if (allocating && draft.unitId === '') {
      c.issues.push({ field: 'unitId', message: 'Bolig: velg en ledig bolig' });
    }
    return form.save(
      { input, issues: c.issues },
      (i) => call('needs.setStatus', i),
      () => props.onSaved(),
    );
  };

  const units = (vacant.data?.rows ?? []).map((u) => ({
    value: String(u.id),
    label: `${u.unitNo} – ${u.address} (${u.bedrooms} soverom${u.wheelchairAccessible ? ', rullestol' : ''})`,
  }));

  return (
    <DialogForm
      title="Søknadsbehandling"
      submitLabel="Lagre"
      summary={form.summary}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <SelectField
        {...field('status')}
        required
        options={next.map((s) => ({ value: s, label: NEED_STATUS_LABEL[s] }))}
      />
      <DateField
        {...field('date')}
        required
        onChange={(v) => {
          set('date', v);
          if (isValidIsoDate(v)) set('contractEnd', addYears(v, 3));
        }}
        hint={allocating ? 'Tildelingsdato: leieforholdet starter denne dagen.' : undefined}
      />
      {allocating && (
        <>
          <SelectField
            {...field('unitId')}
            required
            options={units}
            empty={
              vacant.data
                ? units.length
                  ? 'Velg en ledig bolig'
                  : 'Ingen ledige boliger'
                : 'Henter ledige boliger …'
            }
          />
          <DateField {...field('contractEnd')} hint="Vanligvis tre år. Tomt felt: tidsubestemt." />
        </>
      )}
      <SelectField
        {...field('ssbGroup')}
        options={optionsOf(SSB_GROUPS, SSB_GROUP_LABEL)}
        empty={`Fra målgruppen: ${SSB_GROUP_LABEL[defaultSsbGroup(need.targetGroup)]}`}
        hint="Gruppen søknaden telles i på KOSTRA skjema 13."
      />
      {errors.householdId && <p className="field-error">{errors.householdId}</p>}
    </DialogForm>
  );
}
