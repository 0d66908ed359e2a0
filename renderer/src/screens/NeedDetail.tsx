// One need: an applicant on the waiting list, or a forecast.
import { NEED_KIND_LABEL, TARGET_GROUP_LABEL, URGENCY_LABEL } from '../../../main/domain/labels';
import type { Need } from '../../../main/domain/types';
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
    </div>
  );
}
