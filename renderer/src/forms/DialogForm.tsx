// A small form inside a dialog (tenancies): error summary, fields, actions. Ctrl+S saves,
// Escape closes (handled by the dialog).
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';

interface Props {
  title: string;
  submitLabel: string;
  summary: SummaryItem[];
  onSubmit: () => Promise<boolean>;
  onClose: () => void;
  children: ReactNode;
}

export function DialogForm(props: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const submit = async () => {
    if (saving) return;
    setSaving(true);
    const ok = await props.onSubmit();
    if (!ok) {
      setSaving(false);
      setFailures((n) => n + 1);
    }
  };

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
            e.preventDefault();
            formRef.current?.requestSubmit();
          }
        }}
      >
        <ErrorSummary
          ref={summaryRef}
          items={props.summary}
          onFocusField={(f) =>
            formRef.current?.querySelector<HTMLElement>(`[data-field-input="${f}"]`)?.focus()
          }
        />
        <div className="dialog-body form-grid one-column">{props.children}</div>
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? 'Lagrer …' : props.submitLabel}
          </button>
          <button type="button" className="btn" onClick={props.onClose}>
            Avbryt
          </button>
        </div>
      </form>
    </Dialog>
  );
}
