// One need: an applicant on the waiting list, or a forecast.
import { NEED_KIND_LABEL, TARGET_GROUP_LABEL, URGENCY_LABEL } from '../../../main/domain/labels';
import type { Need } from '../../../main/domain/types';
import { useState } from 'react';
import {
  defaultSsbGroup,
  NEED_STATUS_LABEL,
  NEXT_NEED_STATUSES,
  SSB_GROUP_LABEL,
} from '../../../main/domain/casework';
import { NeedLinkForm } from './needs/NeedLinkForm';
import { NeedStatusForm } from './needs/NeedStatusForm';
import { call } from '../api';
import { DeleteButton } from '../components/DeleteButton';
import { DetailList } from '../components/DetailList';
import { LoadError } from '../components/LoadError';
import { Panel } from '../components/Panel';
import { ScreenHeader } from '../components/ScreenHeader';
import { date, DASH, int, yesNo } from '../display';
import { useApiQuery } from '../hooks/useApiQuery';
import { href, leaveTo } from '../state/router';
import { runWrite } from '../state/status';
import { notify } from '../state/toast';

export const needTitle = (n: Need) =>
  n.kind === 'soker' ? `Søker ${n.ref ?? `nr. ${n.id}`}` : `Prognose ${n.expectedYear}`;

export function NeedDetail({ id }: { id: number }) {
  const q = useApiQuery('needs.get', { id });
  const [dialog, setDialog] = useState<'status' | 'link' | null>(null);
  const back = { href: href('/behov'), label: 'Behov' };
  if (q.error) {
    return (
      <>
        <ScreenHeader back={back} title="Behov" />
        <LoadError error={q.error} />
      </>
    );
  }
  if (!q.data) return <ScreenHeader back={back} title="Behov" />;
  const n = q.data;

  const remove = async () => {
    await runWrite(() => call('needs.delete', { id }));
    notify('Behovet er slettet');
    leaveTo('/behov');
  };

  return (
    <div className="detail-screen">
      <ScreenHeader
        back={back}
        title={needTitle(n)}
        actions={
          <>
            <a className="btn btn-primary" href={href(`/behov/${id}/rediger`)}>
              Rediger
            </a>
            <DeleteButton title={`Slette ${needTitle(n).toLowerCase()}?`} onDelete={remove}>
              <p>Behovet fjernes fra registeret.</p>
            </DeleteButton>
          </>
        }
      />
      <div className="detail-grid">
        <Panel title="Behovet">
          <DetailList
            items={[
              { label: 'Type behov', value: NEED_KIND_LABEL[n.kind] },
              { label: 'Referanse', value: n.ref ?? DASH },
              { label: 'Målgruppe', value: TARGET_GROUP_LABEL[n.targetGroup] },
              { label: 'Antall husstander', value: int(n.households), numeric: true },
              { label: 'Antall personer', value: int(n.householdSize), numeric: true },
              { label: 'Antall soverom', value: int(n.bedrooms), numeric: true },
              { label: 'Behov for rullestoltilpasning', value: yesNo(n.wheelchair) },
              { label: 'Bemannet/samlokalisert', value: yesNo(n.staffed) },
            ]}
          />
        </Panel>
        {n.kind === 'soker' && (
          <Panel title="Søknaden">
            <DetailList
              items={[
                { label: 'Status', value: NEED_STATUS_LABEL[n.status] },
                {
                  label: 'Husstand',
                  value:
                    n.householdId !== null ? (
                      <a href={href(`/husstander/${n.householdId}`)}>{n.householdRef}</a>
                    ) : (
                      'Ikke koblet'
                    ),
                },
                { label: 'Vedtak', value: date(n.decidedOn), numeric: true },
                {
                  label: 'Tildelt',
                  value:
                    n.allocatedOn !== null ? (
                      <>
                        {date(n.allocatedOn)}
                        {n.allocatedUnitId !== null && (
                          <>
                            {', '}
                            <a href={href(`/boliger/${n.allocatedUnitId}`)}>{n.allocatedUnitNo}</a>
                          </>
                        )}
                      </>
                    ) : (
                      DASH
                    ),
                },
                n.withdrawnOn !== null && { label: 'Trukket', value: date(n.withdrawnOn) },
                {
                  label: 'SSB-gruppe',
                  value: SSB_GROUP_LABEL[n.ssbGroup ?? defaultSsbGroup(n.targetGroup)],
                },
              ]}
            />
            <div className="button-row">
              {NEXT_NEED_STATUSES[n.status].length > 0 && (
                <button type="button" className="btn" onClick={() => setDialog('status')}>
                  Registrer vedtak eller tildeling
                </button>
              )}
              <button type="button" className="btn" onClick={() => setDialog('link')}>
                Husstand og SSB-gruppe
              </button>
            </div>
          </Panel>
        )}
        <Panel title="Tid og hastegrad">
          <DetailList
            items={[
              { label: 'Hastegrad', value: URGENCY_LABEL[n.urgency] },
              { label: 'Registrert dato', value: date(n.registered), numeric: true },
              { label: 'Forventet år', value: String(n.expectedYear), numeric: true },
            ]}
          />
          {n.note && (
            <>
              <h3>Merknad</h3>
              <p className="note">{n.note}</p>
            </>
          )}
        </Panel>
      </div>
      {dialog === 'status' && (
        <NeedStatusForm
          need={n}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            q.reload();
          }}
        />
      )}
      {dialog === 'link' && (
        <NeedLinkForm
          need={n}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            q.reload();
          }}
        />
      )}
    </div>
  );
}
