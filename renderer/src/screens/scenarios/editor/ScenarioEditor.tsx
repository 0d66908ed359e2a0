// Scenario editor: name, horizon and assumptions, the actions (each edited in its own form)
// and the results, recomputed in the renderer ~100 ms after every change. Changes are kept as
// a draft until «Lagre» (Ctrl+S); the server validates again and its answer is shown.
import { useEffect, useRef, useState } from 'react';
import type { FieldIssue, StoredScenario } from '../../../../../main/contract/api';
import {
  validateScenario,
  type Action,
  type ActionKind,
  type Scenario,
} from '../../../../../main/domain/scenario';
import { ApiError, call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { LoadError } from '../../../components/LoadError';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { href, replaceQuery, type Route } from '../../../state/router';
import { runWrite } from '../../../state/status';
import { notify } from '../../../state/toast';
import { newAction } from '../actions/defaults';
import { useDrafts } from '../drafts';
import { PlanExport } from '../ExportButton';
import { usePlan } from '../usePlan';
import { useSnapshot, type SnapshotIndex } from '../useSnapshot';
import { EditorTabs } from './EditorTabs';
import { BASELINE_ID } from '../list/ScenarioList';
import { IssueSummary } from './IssueSummary';
import '../scenarios.css';

export function ScenarioEditor({ id, route }: { id: number; route: Route }) {
  const q = useApiQuery('scenarios.get', { id });
  const snap = useSnapshot();
  const back = { href: href('/scenarier'), label: 'Scenarier' };
  const error = q.error ?? snap.error;
  if (error) {
    return (
      <>
        <ScreenHeader back={back} title="Scenario" />
        <LoadError error={error} />
      </>
    );
  }
  if (!q.data || !snap.index) return <ScreenHeader back={back} title="Scenario" />;
  return <Editor initial={q.data} index={snap.index} route={route} />;
}

const modalOpen = () => document.querySelector('dialog[open]') !== null;

function toIssues(e: unknown): FieldIssue[] {
  if (e instanceof ApiError)
    return e.issues.length ? e.issues : [{ field: '', message: e.message }];
  return [{ field: '', message: `Uventet feil: ${String(e)}` }];
}

function Editor(props: { initial: StoredScenario; index: SnapshotIndex; route: Route }) {
  const { index, route } = props;
  const [stored, setStored] = useState(props.initial);
  const id = stored.id;
  const drafts = useDrafts();
  const draft = drafts.get(id);
  const scenario = draft ?? stored.scenario;
  const dirty = draft !== undefined && JSON.stringify(draft) !== JSON.stringify(stored.scenario);
  const plan = usePlan(index.snapshot, scenario);
  const [server, setServer] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const tab = route.query.get('fane') ?? 'tiltak';
  const selectedId = route.query.get('tiltak');

  const update = (s: Scenario) => {
    drafts.set(id, s);
    if (server.length) setServer([]);
  };
  const setActions = (actions: Action[]) => update({ ...scenario, actions });
  const select = (actionId: string | null) => replaceQuery({ tiltak: actionId, fane: null });
  const add = (kind: ActionKind) => {
    const a = newAction(kind, scenario, index);
    setActions([...scenario.actions, a]);
    select(a.id);
  };

  const save = async () => {
    if (saving) return;
    const errors = validateScenario(scenario, index.snapshot, { forSaving: true }).filter(
      (i) => i.severity === 'error',
    );
    if (errors.length) {
      notify('Scenarioet har feil og er ikke lagret');
      summaryRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const saved = await runWrite(() =>
        call('scenarios.save', { id, scenario, version: stored.version }),
      );
      setStored(saved);
      drafts.clear(id);
      setServer([]);
      notify('Scenarioet er lagret');
    } catch (e) {
      setServer(toIssues(e));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        if (modalOpen()) return;
        e.preventDefault();
        void saveRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const serverByField = Object.fromEntries(server.map((s) => [s.field, s.message]));

  return (
    <div className="scenario-editor">
      <ScreenHeader
        back={{ href: href('/scenarier'), label: 'Scenarier' }}
        title={scenario.name.trim() || 'Uten navn'}
        badges={
          dirty ? (
            <span className="badge badge-warn" data-unsaved>
              Ikke lagret
            </span>
          ) : (
            <span className="badge badge-info">Lagret</span>
          )
        }
        actions={
          <>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void save()}
              disabled={saving}
              aria-keyshortcuts="Control+S"
            >
              {saving ? 'Lagrer …' : 'Lagre'}
            </button>
            {dirty && (
              <button type="button" className="btn" onClick={() => setConfirmDiscard(true)}>
                Forkast endringer
              </button>
            )}
            <a
              className="btn"
              href={href('/sammenlign', {
                ids: route.query.get('sammenlign') ?? `${BASELINE_ID},${id}`,
              })}
            >
              Sammenlign
            </a>
            <PlanExport ids={[id]} unsaved={dirty} />
          </>
        }
      />
      <IssueSummary
        ref={summaryRef}
        errors={plan.errors}
        server={server}
        onGo={(i) =>
          i === null
            ? replaceQuery({ fane: 'forutsetninger' })
            : select(scenario.actions[i]?.id ?? null)
        }
      />
      <EditorTabs
        tab={tab}
        scenario={scenario}
        plan={plan}
        index={index}
        route={route}
        selectedId={selectedId}
        onSelect={select}
        onChange={update}
        onActions={setActions}
        onAdd={add}
        serverErrors={serverByField}
      />
      {confirmDiscard && (
        <ConfirmDialog
          title="Forkaste endringene?"
          confirmLabel="Forkast endringene"
          cancelLabel="Behold endringene"
          danger
          onConfirm={() => {
            drafts.clear(id);
            setServer([]);
            setConfirmDiscard(false);
          }}
          onCancel={() => setConfirmDiscard(false)}
        >
          <p>Scenarioet går tilbake til det som sist ble lagret.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
