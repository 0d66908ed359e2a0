// A button that asks main to save a file (main shows the save dialog), then shows «Lagret i
// <fil>» with «Vis i mappe». Cancelling the dialog does nothing.
import { useState } from 'react';
import type { SavedFile } from '../../../main/contract/import';
import { ApiError, call } from '../api';
import { useBusy } from '../state/status';

export function SaveFileButton(props: { label: string; save: () => Promise<SavedFile | null> }) {
  const [running, setRunning] = useState(false);
  const [done, setDone] = useState<SavedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useBusy(running);

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      const file = await props.save();
      if (file) setDone(file);
    } catch (e) {
      setDone(null);
      setError(e instanceof ApiError ? e.message : `Lagringen feilet: ${String(e)}`);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="export-button">
      <button type="button" className="btn" onClick={() => void run()} disabled={running}>
        {running ? 'Lagrer …' : props.label}
      </button>
      <div role="status" aria-live="polite">
        {done && (
          <p className="note">
            Lagret i <strong>{done.fileName}</strong>{' '}
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() =>
                void call('shell.showInFolder', { token: done.token }).catch((e: unknown) =>
                  setError(e instanceof ApiError ? e.message : String(e)),
                )
              }
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
