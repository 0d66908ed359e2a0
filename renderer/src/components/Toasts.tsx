import { useToast } from '../state/toast';

/** The live region for short confirmations; always in the page so it is announced. */
export function Toasts() {
  const toast = useToast();
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div key={toast.id} className="toast">
          {toast.text}
        </div>
      )}
    </div>
  );
}
