// «Merk som vedtatt plan» (from the scenario list) and «Registrer hendelse» (a home that came
// in or went out, by hand) — issue 13.3.
import { STOCK_EVENT_KINDS, STOCK_EVENT_LABEL } from '../../../../../main/domain/planFollowUp';
import type { StockEventKind } from '../../../../../main/domain/planFollowUp';
import { call } from '../../../api';
import { CheckboxField, DateField, SelectField, TextField } from '../../../components/Field';
import { optionsOf } from '../../../display';
import { Converter } from '../../../forms/draft';
import { DialogForm } from '../../../forms/DialogForm';
import { useForm } from '../../../forms/useForm';
import { useToday } from '../../../state/registerInfo';
import { notify } from '../../../state/toast';

const ADOPT_FIELDS = ['fromYear', 'toYear', 'adoptedOn', 'reference', 'replace'] as const;

export interface AdoptTarget {
  id: number;
  name: string;
  startYear: number;
  years: number;
}

const yearOptions = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    value: String(from + i),
    label: String(from + i),
  }));

export function AdoptDialog(props: {
  scenario: AdoptTarget;
  onClose: () => void;
  onSaved: () => void;
}) {
  const s = props.scenario;
  const today = useToday();
  const last = s.startYear + s.years - 1;
  const form = useForm(
    {
      fromYear: String(s.startYear),
      toYear: String(Math.min(last, s.startYear + 3)),
      adoptedOn: today,
      reference: '',
      replace: false,
    },
    ADOPT_FIELDS,
  );
  const { draft, field, checkbox } = form;
  const submit = () => {
    const c = new Converter();
    const input = {
      scenarioId: s.id,
      fromYear: c.number('fromYear', draft.fromYear),
      toYear: c.number('toYear', draft.toYear),
      adoptedOn: c.date('adoptedOn', draft.adoptedOn),
      reference: c.text(draft.reference),
      replace: draft.replace,
    };
    return form.save(
      { input, issues: c.issues },
      (i) => call('planFollowUp.adopt', i),
      (saved) => {
        notify(`«${saved.scenarioName}» er merket som vedtatt plan`);
        props.onSaved();
      },
    );
  };
  return (
    <DialogForm
      title={`Merk «${s.name}» som vedtatt plan`}
      submitLabel="Merk som vedtatt"
      summary={form.summary}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <SelectField {...field('fromYear')} options={yearOptions(s.startYear, last)} />
      <SelectField {...field('toYear')} options={yearOptions(s.startYear, last)} />
      <DateField {...field('adoptedOn')} required hint="Datoen kommunestyret vedtok planen." />
      <TextField
        {...field('reference')}
        maxLength={200}
        hint="F.eks. saksnummeret for vedtaket. Ingen personopplysninger."
      />
      <CheckboxField
        {...checkbox('replace')}
        label="Erstatt en annen vedtatt plan for de samme årene"
      />
    </DialogForm>
  );
}

const EVENT_FIELDS = ['unitNo', 'eventKind', 'date', 'note'] as const;

/** A stock event by hand: a home in the register (chosen) or by number (gone since). */
export function StockEventDialog(props: {
  /** Prefilled: a home and the kind, e.g. «framleie ut» for an ended lease. */
  preset?: { unitId: number | null; unitNo: string; kind: StockEventKind; date: string };
  onClose: () => void;
  onSaved: () => void;
}) {
  const today = useToday();
  const p = props.preset;
  const form = useForm(
    {
      unitNo: p?.unitNo ?? '',
      eventKind: p?.kind ?? 'kjop',
      date: p?.date ?? today,
      note: '',
    },
    EVENT_FIELDS,
  );
  const { draft, field } = form;
  const submit = async () => {
    const c = new Converter();
    const unitNo = c.text(draft.unitNo);
    if (!unitNo) c.issues.push({ field: 'unitNo', message: 'Bolignr: må fylles ut' });
    let unitId: number | null = p && p.unitNo === unitNo ? p.unitId : null;
    if (unitId === null && unitNo) {
      // A home in the register is linked by its number; one no longer there keeps just that.
      const found = await call('units.list', { search: unitNo, limit: 5 });
      unitId = found.rows.find((u) => u.unitNo.toLowerCase() === unitNo.toLowerCase())?.id ?? null;
    }
    const input = {
      unitId,
      unitNo,
      eventKind: draft.eventKind as StockEventKind,
      date: c.date('date', draft.date),
      note: c.text(draft.note),
    };
    return form.save(
      { input, issues: c.issues },
      (i) => call('stockEvents.create', i),
      (saved) => {
        notify(`${STOCK_EVENT_LABEL[saved.kind]} av bolig ${saved.unitNo} er registrert`);
        props.onSaved();
      },
    );
  };
  return (
    <DialogForm
      title="Registrer hendelse"
      submitLabel="Registrer"
      summary={form.summary}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        {...field('unitNo')}
        required
        maxLength={30}
        hint="Boligens nummer. En bolig som ikke lenger er i registeret kan også føres."
      />
      <SelectField
        {...field('eventKind')}
        options={optionsOf(STOCK_EVENT_KINDS, STOCK_EVENT_LABEL)}
      />
      <DateField {...field('date')} required />
      <TextField
        {...field('note')}
        maxLength={300}
        hint="Kort merknad, ingen personopplysninger."
      />
    </DialogForm>
  );
}
