// The frame around every create/edit form: heading, error summary, the fields, and the
// actions. Ctrl+S saves, Escape cancels (asking first if something was changed). Forms leave
// with leaveTo, so Back after saving does not return to the form.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';

interface Props {
  title: string;
  /** Small text above the title, e.g. "Boliger". */
  eyebrow?: string;
  /** Saves; resolves true on success (the caller navigates away), false on failure. */
  onSubmit: () => Promise<boolean>;
  onCancel: () => void;
  dirty: boolean;
  summary: SummaryItem[];
  submitLabel?: string;
  children: ReactNode;
}

const modalOpen = () => document.querySelector('dialog[open]') !== null;

export function FormShell(props: Props) {
  const { onSubmit, onCancel, dirty } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);
  const [failures, setFailures] = useState(0);
  const [confirmLeave, setConfirmLeave] = useState(false);

  const cancel = () => (dirty ? setConfirmLeave(true) : onCancel());

  // Focus the first input when the form opens.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[data-field-input]')?.focus();
  }, []);

  // After a failed save, move focus to the summary so the problems are read out.
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const cancelRef = useRef(cancel);
  useEffect(() => {
    cancelRef.current = cancel;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        if (modalOpen()) return;
        e.preventDefault();
        formRef.current?.requestSubmit();
      } else if (e.key === 'Escape' && !e.defaultPrevented && !modalOpen()) {
        e.preventDefault();
        cancelRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = async () => {
    if (saving) return;
    setSaving(true);
    const ok = await onSubmit();
    if (!ok) {
      setSaving(false);
      setFailures((n) => n + 1);
    }
  };

  const focusField = (field: string) => {
    formRef.current?.querySelector<HTMLElement>(`[data-field-input="${field}"]`)?.focus();
  };

  return (
    <div className="form-screen">
      <form
        ref={formRef}
        noValidate
        aria-labelledby="form-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <header className="screen-header">
          <div>
            {props.eyebrow && <p className="eyebrow">{props.eyebrow}</p>}
            <h1 id="form-title">{props.title}</h1>
          </div>
        </header>
        <ErrorSummary ref={summaryRef} items={props.summary} onFocusField={focusField} />
        {props.children}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? 'Lagrer …' : (props.submitLabel ?? 'Lagre')}
          </button>
          <button type="button" className="btn" onClick={cancel}>
            Avbryt
          </button>
          <span className="shortcut-hint">
            <kbd>Ctrl</kbd>+<kbd>S</kbd> lagrer · <kbd>Esc</kbd> avbryter
          </span>
        </div>
      </form>
      {confirmLeave && (
        <ConfirmDialog
          title="Forkaste endringene?"
          confirmLabel="Forkast endringene"
          cancelLabel="Fortsett å redigere"
          danger
          onConfirm={() => {
            setConfirmLeave(false);
            onCancel();
          }}
          onCancel={() => setConfirmLeave(false)}
        >
          <p>Du har endringer som ikke er lagret.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
