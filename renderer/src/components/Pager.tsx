import { formatInteger } from '../../../main/domain/format';

interface Props {
  offset: number;
  limit: number;
  total: number;
  onPage: (page: number) => void;
}

/** «Viser 1–100 av 160» */
export function rowCountText(offset: number, shown: number, total: number): string {
  if (total === 0) return 'Ingen treff';
  return `Viser ${formatInteger(offset + 1)}–${formatInteger(offset + shown)} av ${formatInteger(total)}`;
}

export function Pager({ offset, limit, total, onPage }: Props) {
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Sider">
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹ Forrige
      </button>
      <span>
        Side {page} av {pages}
      </span>
      <button
        type="button"
        className="btn"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Neste ›
      </button>
    </nav>
  );
}
