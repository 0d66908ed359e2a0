// The app frame: navigation, header, the sample banner and the current screen. The root's
// data-app-state tells tests (and anyone watching) whether the screen's data has loaded.
import { useEffect, useRef, useState } from 'react';
import type { RegisterInfo } from '../../main/contract/api';
import { ApiError, call } from './api';
import { AppHeader, ReadOnlyBanner, SampleBanner } from './components/AppHeader';
import { AppNav } from './components/AppNav';
import { LoadError } from './components/LoadError';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { Toasts } from './components/Toasts';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { NotFound } from './screens/NotFound';
import { DEFAULT_PATH, SECTIONS, sectionFor } from './sections';
import { RegisterInfoContext } from './state/registerInfo';
import { href, navigate, parseHash, replaceRoute, useRoute } from './state/router';
import {
  invalidateAll,
  runWrite,
  useBusy,
  useDataVersion,
  useFailed,
  useStatus,
} from './state/status';
import { notify } from './state/toast';

type AppState = 'loading' | 'ready' | 'saving' | 'error';

export function App() {
  const route = useRoute();
  const status = useStatus();
  // Settings (e.g. the municipality's name) may change: the header follows.
  const dataVersion = useDataVersion();
  const [info, setInfo] = useState<RegisterInfo | null>(null);
  const [infoError, setInfoError] = useState<ApiError | null>(null);
  const [registerGen, setRegisterGen] = useState(0);
  const mainRef = useRef<HTMLElement>(null);
  // The route whose screen threw while rendering (the error boundary shows a message).
  const [crashed, setCrashed] = useState<string | null>(null);

  // The register's info; again when the shell opens another register file.
  useEffect(() => {
    let current = true;
    call('register.info', {}).then(
      (i) => {
        if (!current) return;
        setInfo(i);
        setInfoError(null);
      },
      (e: unknown) => current && setInfoError(e instanceof ApiError ? e : null),
    );
    return () => {
      current = false;
    };
  }, [registerGen, dataVersion]);

  useEffect(
    () =>
      window.boligplan.onRegisterChanged(() => {
        // Ids belong to the previous file: leave a record's page for its list.
        const { parts } = parseHash(window.location.hash);
        if (parts.length > 1) navigate(`/${parts[0]}`);
        setRegisterGen((g) => g + 1);
        invalidateAll();
      }),
    [],
  );

  // An empty hash means the overview.
  useEffect(() => {
    if (route.parts.length === 0) replaceRoute(DEFAULT_PATH);
  }, [route.parts.length]);

  // A new screen: move focus to the content (unless the screen put it somewhere in it).
  useEffect(() => {
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.path]);

  useGlobalShortcuts();
  useBusy(info === null && infoError === null);
  useFailed(infoError !== null);

  const section = sectionFor(route);
  useEffect(() => {
    document.title = [section?.label, info?.municipality, 'Boligplan'].filter(Boolean).join(' – ');
  }, [section, info]);

  const state: AppState =
    status.failed > 0 || crashed === route.path
      ? 'error'
      : status.saving > 0
        ? 'saving'
        : status.busy > 0
          ? 'loading'
          : 'ready';

  const screen = section ? (
    section.render(route.parts.slice(1), route)
  ) : route.parts.length ? (
    <NotFound />
  ) : null;

  return (
    <RegisterInfoContext.Provider value={info}>
      <div id="app" className="app" data-app-state={state}>
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-name">Boligplan</span>
            <span className="brand-sub">Kommunale utleieboliger</span>
          </div>
          <AppNav sections={SECTIONS} current={section?.id} />
          <p className="shortcut-help">
            <kbd>/</kbd> søk i listen · <kbd>Ctrl</kbd>+<kbd>S</kbd> lagre · <kbd>Esc</kbd> lukk
          </p>
        </aside>
        <div className="main-column">
          <AppHeader info={info} />
          {info?.isSample && <SampleBanner />}
          {info?.readOnly && (
            <ReadOnlyBanner
              readOnly={info.readOnly}
              onOpenAnyway={() => {
                runWrite(() => call('register.openAnyway', {})).then(
                  (i) => {
                    setInfo(i);
                    invalidateAll();
                  },
                  (e: unknown) => notify(e instanceof ApiError ? e.message : 'Kunne ikke åpne.'),
                );
              }}
            />
          )}
          <main ref={mainRef} tabIndex={-1} className="content" aria-busy={state === 'loading'}>
            {infoError ? (
              <LoadError error={infoError} title="Kunne ikke åpne registeret" />
            ) : (
              <div key={route.path} className="screen">
                <ScreenErrorBoundary
                  home={href(DEFAULT_PATH)}
                  onError={() => setCrashed(route.path)}
                >
                  {screen}
                </ScreenErrorBoundary>
              </div>
            )}
          </main>
        </div>
        <Toasts />
      </div>
    </RegisterInfoContext.Provider>
  );
}
