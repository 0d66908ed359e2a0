import { href } from '../state/router';

export function NotFound() {
  return (
    <div className="load-error" role="alert">
      <h1>Fant ikke siden</h1>
      <p>
        Adressen finnes ikke i Boligplan. <a href={href('/oversikt')}>Gå til oversikten</a>.
      </p>
    </div>
  );
}
