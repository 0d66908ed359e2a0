// Catches an error thrown while rendering one screen so the rest of the app (navigation,
// header) stays up. Keyed by the route in App, so moving to another screen starts afresh.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called when the screen failed (App marks itself as in error). */
  onError: () => void;
  /** Link to the overview. */
  home: string;
}

interface State {
  error: Error | null;
}

export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Skjermen feilet', error, info.componentStack);
    this.props.onError();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="load-error screen-error" role="alert">
        <h2>Noe gikk galt på denne siden</h2>
        <p>Siden kan ikke vises. Resten av programmet virker som før.</p>
        <p>
          Feil: <code>{error.message}</code>
        </p>
        <p>
          <a href={this.props.home}>Tilbake til Oversikt</a>
        </p>
      </div>
    );
  }
}
