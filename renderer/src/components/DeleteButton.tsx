// «Slett» with an in-app confirmation. The delete itself is the caller's.
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  title: string;
  children: ReactNode;
  onDelete: () => Promise<void>;
  label?: string;
}

export function DeleteButton({ title, children, onDelete, label = 'Slett' }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-danger-quiet" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <ConfirmDialog
          title={title}
          confirmLabel={label}
          danger
          onConfirm={onDelete}
          onCancel={() => setOpen(false)}
        >
          {children}
        </ConfirmDialog>
      )}
    </>
  );
}
