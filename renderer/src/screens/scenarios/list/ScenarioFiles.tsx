// «Eksporter scenario» and «Importer scenario» (issue 10.5): scenario files for sharing a
// scenario with colleagues and keeping it with the case. Main picks the paths through the
// shell's file dialogs, checks the file and answers with Norwegian messages per field; here we
// only show them. A name the register already has (or «Ingen tiltak») asks for a new one.
import { useState } from 'react';
import type { ChosenScenarioFile } from '../../../../../main/contract/scenarioFile';
import { ApiError, call } from '../../../api';
import { TextField } from '../../../components/Field';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { DialogForm } from '../../../forms/DialogForm';
import { navigate } from '../../../state/router';
import { runWrite, useBusy } from '../../../state/status';
import { notify } from '../../../state/toast';
import { int, period } from '../fmt';

/** What went wrong, as the lines a planner can act on. */
export interface FileProblem {
  title: string;
  lines: string[];
}

function problemOf(title: string, e: unknown): FileProblem {
  if (e instanceof ApiError) {
    return { title, lines: e.issues.length ? e.issues.map((i) => i.message) : [e.message] };
  }
  return { title, lines: [String(e)] };
}

export function FileProblemAlert({
  problem,
  onDismiss,
}: {
  problem: FileProblem;
  onDismiss: () => void;
}) {
  return (
    <div className="error-summary scenario-file-problem" role="alert">
      <h2>{problem.title}</h2>
      <ul>
        {problem.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        Lukk
      </button>
    </div>
  );
}

/** «Eksporter» on a scenario's row: the save dialog proposes «<navn>.json». */
export function ExportScenarioButton(props: {
  /** Stored id; 0 for «Ingen tiltak». */
  id: number;
  name: string;
  onProblem: (p: FileProblem) => void;
}) {
  const [running, setRunning] = useState(false);
  useBusy(running);
  const run = async () => {
    setRunning(true);
    try {
      const file = await call('scenarios.exportFile', { id: props.id });
      if (file) notify(`Scenarioet «${props.name}» er eksportert til ${file.fileName}`);
    } catch (e) {
      props.onProblem(problemOf(`Scenarioet «${props.name}» kunne ikke eksporteres`, e));
    } finally {
      setRunning(false);
    }
  };
  return (
    <button
      type="button"
      className="btn btn-small"
      aria-label={`Eksporter scenario ${props.name}`}
      title="Eksporter scenario til fil (for å dele det eller legge det ved saken)"
      disabled={running}
      onClick={() => void run()}
    >
      Eksporter
    </button>
  );
}

async function importAs(chosen: ChosenScenarioFile, name?: string) {
  const stored = await runWrite(() =>
    call(
      'scenarios.importFile',
      name === undefined ? { token: chosen.token } : { token: chosen.token, name },
    ),
  );
  notify(`Scenarioet «${stored.scenario.name}» er importert fra ${chosen.fileName}`);
  navigate(`/scenarier/${stored.id}`);
}

/** «Importer scenario» in the list's header: open dialog, checks, and a new name if needed. */
export function ImportScenarioButton({
  onProblem,
}: {
  onProblem: (p: FileProblem | null) => void;
}) {
  const [running, setRunning] = useState(false);
  const [naming, setNaming] = useState<ChosenScenarioFile | null>(null);
  useBusy(running);
  const run = async () => {
    setRunning(true);
    onProblem(null);
    let chosen: ChosenScenarioFile | null = null;
    try {
      chosen = await call('scenarios.chooseFile', {});
      if (!chosen) return;
      if (chosen.nameProblem) setNaming(chosen);
      else await importAs(chosen);
    } catch (e) {
      const what = chosen ? `«${chosen.fileName}»` : 'Scenariofilen';
      onProblem(problemOf(`${what} kan ikke importeres`, e));
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <button type="button" className="btn" disabled={running} onClick={() => void run()}>
        Importer scenario
      </button>
      {naming && <ImportNameDialog chosen={naming} onClose={() => setNaming(null)} />}
    </>
  );
}

/** «Navn: scenarioet … finnes allerede …» → «Scenarioet … finnes allerede …». */
const hint = (problem: string | null) => {
  const text = (problem ?? '').replace(/^Navn: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
};

function ImportNameDialog({
  chosen,
  onClose,
}: {
  chosen: ChosenScenarioFile;
  onClose: () => void;
}) {
  const [name, setName] = useState(`${chosen.name} (importert)`);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const submit = async () => {
    if (!name.trim()) {
      setSummary([{ field: 'name', message: 'Navn: må fylles ut' }]);
      return false;
    }
    try {
      await importAs(chosen, name.trim());
      return true;
    } catch (e) {
      const p = problemOf('', e);
      setSummary(
        p.lines.map((message) => ({ field: message.startsWith('Navn') ? 'name' : null, message })),
      );
      return false;
    }
  };
  const nameError = summary.find((s) => s.field === 'name')?.message;
  return (
    <DialogForm
      title="Importer scenario"
      submitLabel="Importer"
      summary={summary}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>
        «{chosen.name}» fra {chosen.fileName}: {period(chosen.startYear, chosen.years)},{' '}
        {int(chosen.actionCount)} tiltak.
      </p>
      <p className="hint">{hint(chosen.nameProblem)}</p>
      <TextField
        name="name"
        label="Navn i dette registeret"
        value={name}
        maxLength={80}
        required
        onChange={setName}
        error={nameError}
      />
    </DialogForm>
  );
}
