// "Are you sure?" in the app (never window.confirm). The safe choice has focus first. If the
// action fails (e.g. the home still has a tenant), the reason is shown in the dialog.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => Promise<void> | void;
  onCancel: () => void;
}

export function ConfirmDialog(props: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The confirm button goes away when the action fails: keep focus in the dialog.
  useEffect(() => {
    if (error) cancelRef.current?.focus();
  }, [error]);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={props.title} onClose={props.onCancel} role="alertdialog">
      <div className="dialog-body">{props.children}</div>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {!error && (
          <button
            type="button"
            className={props.danger ? 'btn btn-danger' : 'btn btn-primary'}
            onClick={() => void confirm()}
            disabled={busy}
          >
            {props.confirmLabel}
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={props.onCancel}
          ref={cancelRef}
          data-autofocus
        >
          {error ? 'Lukk' : (props.cancelLabel ?? 'Avbryt')}
        </button>
      </div>
    </Dialog>
  );
}
