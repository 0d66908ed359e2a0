// «Nytt scenario» (name, first year, horizon) and «Kopier» (a name for the copy).
import { useState } from 'react';
import { DEFAULT_ASSUMPTIONS, MAX_PLAN_YEARS } from '../../../../../main/domain/scenario';
import { ApiError, call } from '../../../api';
import { SelectField, TextField } from '../../../components/Field';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { NumericField } from '../../../components/NumericField';
import { DialogForm } from '../../../forms/DialogForm';
import { navigate } from '../../../state/router';
import { runWrite } from '../../../state/status';
import { notify } from '../../../state/toast';

const YEAR_OPTIONS = Array.from({ length: MAX_PLAN_YEARS }, (_, i) => ({
  value: String(i + 1),
  label: i === 3 ? '4 år (økonomiplan)' : `${i + 1} år`,
}));

function failure(e: unknown): { errors: Record<string, string>; summary: SummaryItem[] } {
  if (!(e instanceof ApiError))
    return { errors: {}, summary: [{ field: null, message: String(e) }] };
  const errors = e.byField();
  const summary = e.issues.length
    ? e.issues.map((i) => ({ field: i.field.split('.').pop() ?? null, message: i.message }))
    : [{ field: null, message: e.message }];
  return { errors, summary };
}

export function NewScenarioDialog({
  nextYear,
  onClose,
}: {
  nextYear: number;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [startYear, setStartYear] = useState<number | undefined>(nextYear);
  const [years, setYears] = useState(4);
  const [state, setState] = useState<ReturnType<typeof failure>>({ errors: {}, summary: [] });
  const submit = async () => {
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = 'Navn: må fylles ut';
    if (
      startYear === undefined ||
      !Number.isInteger(startYear) ||
      startYear < 2000 ||
      startYear > 2100
    )
      local.startYear = 'Første år: må være et helt år (2000–2100)';
    if (Object.keys(local).length) {
      setState({
        errors: local,
        summary: Object.entries(local).map(([field, message]) => ({ field, message })),
      });
      return false;
    }
    try {
      const created = await runWrite(() =>
        call('scenarios.create', {
          scenario: {
            name: name.trim(),
            startYear: startYear!,
            years,
            assumptions: DEFAULT_ASSUMPTIONS,
            actions: [],
          },
        }),
      );
      notify(`Scenarioet «${created.scenario.name}» er opprettet`);
      navigate(`/scenarier/${created.id}`);
      return true;
    } catch (e) {
      setState(failure(e));
      return false;
    }
  };
  return (
    <DialogForm
      title="Nytt scenario"
      submitLabel="Opprett"
      summary={state.summary}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        name="name"
        label="Navn"
        value={name}
        maxLength={80}
        required
        onChange={setName}
        error={state.errors.name}
        placeholder="F.eks. Økonomiplan 2027–2030"
      />
      <NumericField
        name="startYear"
        label="Første år"
        kind="year"
        value={startYear}
        onChange={setStartYear}
        hint="Standard: neste år"
        error={state.errors.startYear}
        required
      />
      <SelectField
        name="years"
        label="Planperiode"
        value={String(years)}
        options={YEAR_OPTIONS}
        onChange={(v) => setYears(Number(v))}
        error={state.errors.years}
      />
    </DialogForm>
  );
}

export function DuplicateDialog(props: { id: number; name: string; onClose: () => void }) {
  const [name, setName] = useState(`${props.name} (kopi)`);
  const [state, setState] = useState<ReturnType<typeof failure>>({ errors: {}, summary: [] });
  const submit = async () => {
    if (!name.trim()) {
      setState({
        errors: { name: 'Navn: må fylles ut' },
        summary: [{ field: 'name', message: 'Navn: må fylles ut' }],
      });
      return false;
    }
    try {
      const copy = await runWrite(() =>
        call('scenarios.duplicate', { id: props.id, name: name.trim() }),
      );
      notify(`Kopien «${copy.scenario.name}» er opprettet`);
      navigate(`/scenarier/${copy.id}`);
      return true;
    } catch (e) {
      setState(failure(e));
      return false;
    }
  };
  return (
    <DialogForm
      title={`Kopier «${props.name}»`}
      submitLabel="Kopier"
      summary={state.summary}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        name="name"
        label="Navn på kopien"
        value={name}
        maxLength={80}
        required
        onChange={setName}
        error={state.errors.name}
      />
      <p className="hint">
        Kopien får de samme tiltakene og forutsetningene, og åpnes for redigering.
      </p>
    </DialogForm>
  );
}
