import type { RegisterInfo } from '../../../main/contract/api';

/** The top bar: municipality and register file; the sample is marked as fictional. */
export function AppHeader({ info }: { info: RegisterInfo | null }) {
  return (
    <header className="app-header">
      <div className="app-header-main">
        <span className="municipality">{info?.municipality ?? ' '}</span>
        {info?.isSample && <span className="badge badge-fiction">Fiktiv</span>}
      </div>
      {info && (
        <div className="register-file" title={info.path}>
          <span className="muted">Register:</span> {info.fileName}
        </div>
      )}
    </header>
  );
}

export function SampleBanner() {
  return (
    <div className="sample-banner" role="note">
      Fiktiv eksempelkommune – alle data er oppdiktet
    </div>
  );
}

/**
 * Another program holds the register's lock: it is open read-only. For a stale lock (left by
 * a crash) the planner may explicitly take it over.
 */
export function ReadOnlyBanner({
  readOnly,
  onOpenAnyway,
}: {
  readOnly: NonNullable<RegisterInfo['readOnly']>;
  onOpenAnyway: () => void;
}) {
  return (
    <div className="readonly-banner" role="alert" data-testid="readonly-banner">
      <span>Skrivebeskyttet: {readOnly.message}</span>
      {readOnly.canOpenAnyway && (
        <button type="button" className="button" onClick={onOpenAnyway}>
          Åpne likevel
        </button>
      )}
    </div>
  );
}
