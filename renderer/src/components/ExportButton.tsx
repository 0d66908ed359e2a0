// «Eksporter til Excel» for one scenario or a comparison (issue 5): main runs the plans, asks
// where to save (proposing «Boligplan 2027-2030 – <scenario>.xlsx») and writes the workbook.
// Afterwards the planner sees «Eksportert til <fil>» with «Vis i mappe». Cancelling the save
// dialog does nothing. Use BASELINE_SCENARIO_ID (0) for «Ingen tiltak».
import { useState } from 'react';
import type { ExportedFile } from '../../../main/contract/export';
import { ApiError, call } from '../api';
import { useBusy } from '../state/status';

interface Props {
  /** Stored scenario ids, 1–4, in the workbook's order (0 = the baseline «Ingen tiltak»). */
  scenarioIds: number[];
  label?: string;
  disabled?: boolean;
  /** Amounts in 1 000 kr (the workbook's cells keep kroner). */
  thousands?: boolean;
}

export function ExportButton({
  scenarioIds,
  label = 'Eksporter til Excel',
  disabled,
  thousands = false,
}: Props) {
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState<ExportedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useBusy(running);

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      const file = await call('export.plan', { scenarioIds, thousands });
      if (file) setDone(file);
    } catch (e) {
      setDone(null);
      setError(e instanceof ApiError ? e.message : `Eksporten feilet: ${String(e)}`);
    } finally {
      setRunning(false);
    }
  };

  const showInFolder = async () => {
    if (!done) return;
    try {
      await call('export.showInFolder', { path: done.path });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <div className="export-button">
      <button
        type="button"
        className="btn"
        onClick={() => void run()}
        disabled={disabled || running || scenarioIds.length === 0}
        aria-busy={running}
      >
        {running ? 'Eksporterer …' : label}
      </button>
      <div role="status" aria-live="polite">
        {done && (
          <p className="note">
            Eksportert til <strong>{done.fileName}</strong>{' '}
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => void showInFolder()}
            >
              Vis i mappe
            </button>
          </p>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
