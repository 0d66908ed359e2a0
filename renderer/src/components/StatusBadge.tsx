import { STATUS_LABEL } from '../../../main/domain/labels';
import type { UnitStatus } from '../../../main/domain/types';

export function StatusBadge({ status }: { status: UnitStatus }) {
  return <span className={`badge status-${status}`}>{STATUS_LABEL[status]}</span>;
}

export function Flag({ children, tone = 'warn' }: { children: string; tone?: 'warn' | 'info' }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
