// Tenancy history of a home or a household (newest first).
import type { ReactNode } from 'react';
import type { TenancyRow } from '../../../main/contract/api';
import { date, DASH } from '../display';
import { href } from '../state/router';
import { Flag } from './StatusBadge';

interface Props {
  tenancies: TenancyRow[];
  /** Which side to link to: the household (on a home) or the home (on a household). */
  show: 'household' | 'unit';
  actions?: (t: TenancyRow) => ReactNode;
}

export function TenancyTable({ tenancies, show, actions }: Props) {
  if (tenancies.length === 0) return <p className="muted">Ingen leieforhold registrert.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">{show === 'household' ? 'Husstand' : 'Bolig'}</th>
            <th scope="col" className="align-right">
              Kontrakt start
            </th>
            <th scope="col" className="align-right">
              Kontrakt slutt
            </th>
            <th scope="col" className="align-right">
              Flyttet ut
            </th>
            {actions && (
              <th scope="col">
                <span className="sr-only">Handlinger</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {tenancies.map((t) => (
            <tr key={t.id}>
              <td>
                {show === 'household' ? (
                  <a href={href(`/husstander/${t.householdId}`)}>{t.householdRef}</a>
                ) : (
                  <a href={href(`/boliger/${t.unitId}`)}>{t.unitNo}</a>
                )}{' '}
                {t.movedOut === null && <Flag tone="info">Nåværende</Flag>}
              </td>
              <td className="align-right">{date(t.start)}</td>
              <td className="align-right">{t.end ? date(t.end) : 'Tidsubestemt'}</td>
              <td className="align-right">{t.movedOut ? date(t.movedOut) : DASH}</td>
              {actions && <td className="align-right">{actions(t)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
