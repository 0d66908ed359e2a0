// The form for the selected action: its title, the engine's messages that no input shows,
// the kind's fields, and a note. Every change goes straight into the scenario draft.
import { useEffect, useRef } from 'react';
import { actionTitle, type Action } from '../../../../../main/domain/scenario';
import { TextAreaField } from '../../../components/Field';
import { Panel } from '../../../components/Panel';
import { shortMessage } from '../issues';
import { BuildForm } from './BuildForm';
import { FramleieForm } from './FramleieForm';
import { PurchaseForm } from './PurchaseForm';
import { SaleForm } from './SaleForm';
import { SHOWN_FIELDS, type FormProps } from './types';
import { DecommissionForm, RehabForm, RentToOwnForm } from './UnitActionForms';

function Fields(p: FormProps<Action>) {
  const a = p.action;
  switch (a.kind) {
    case 'kjop':
      return <PurchaseForm {...p} action={a} />;
    case 'bygging':
      return <BuildForm {...p} action={a} />;
    case 'salg':
      return <SaleForm {...p} action={a} />;
    case 'framleie':
      return <FramleieForm {...p} action={a} />;
    case 'leie_til_eie':
      return <RentToOwnForm {...p} action={a} />;
    case 'rehabilitering':
      return <RehabForm {...p} action={a} />;
    case 'avvikling':
      return <DecommissionForm {...p} action={a} />;
  }
}

export function ActionForm(p: FormProps<Action> & { onClose: () => void }) {
  const a = p.action;
  const rest = p.msg.rest(SHOWN_FIELDS[a.kind]);
  const fieldsRef = useRef<HTMLDivElement>(null);
  // Opened: the first input has focus (the form is keyed by the action, so once per action).
  useEffect(() => {
    fieldsRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <Panel
      title={`Rediger ${actionTitle(a, p.position)}`}
      className="action-form"
      actions={
        <button type="button" className="btn btn-small" onClick={p.onClose}>
          Lukk skjemaet
        </button>
      }
    >
      {rest.length > 0 && (
        <ul className="issue-list">
          {rest.map((i, k) => (
            <li key={k} className={i.severity === 'error' ? 'issue-error' : 'issue-warning'}>
              {shortMessage(i)}
            </li>
          ))}
        </ul>
      )}
      <div
        className="action-fields"
        data-action-form={a.id}
        ref={fieldsRef}
        onKeyDown={(e) => {
          // Escape closes the form (a search box with text clears itself first).
          if (e.key !== 'Escape' || e.defaultPrevented) return;
          if (e.target instanceof HTMLInputElement && e.target.type === 'search' && e.target.value)
            return;
          e.preventDefault();
          p.onClose();
        }}
      >
        <Fields {...p} />
        <TextAreaField
          name="note"
          label="Merknad"
          rows={2}
          maxLength={2000}
          value={a.note ?? ''}
          onChange={(v) => p.onChange({ ...a, note: v || undefined })}
        />
      </div>
    </Panel>
  );
}
