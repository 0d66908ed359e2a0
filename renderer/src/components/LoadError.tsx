import type { ApiError } from '../api';

/** Shown in place of a screen whose data could not be read. */
export function LoadError({ error, title }: { error: ApiError; title?: string }) {
  return (
    <div className="load-error" role="alert">
      <h2>
        {title ??
          (error.code === 'not_found' ? 'Fant ikke det du så etter' : 'Kunne ikke hente data')}
      </h2>
      <p>{error.message}</p>
    </div>
  );
}
