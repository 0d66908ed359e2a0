// What is behind one cell of the gap table: each demand and supply part with its value and
// the homes, households, needs and actions it comes from, linked to their screens. Shown in
// the table right below the cell (GapTable's detail row).
import type { ReactNode } from 'react';
import {
  DEMAND_PART_LABEL,
  DEMAND_PARTS,
  segmentLabel,
  SUPPLY_PART_LABEL,
  SUPPLY_PARTS,
  type Figure,
  type NeedsCell,
} from '../../../../../main/domain/scenario';
import { Panel } from '../../../components/Panel';
import { href } from '../../../state/router';
import { VirtualLines } from '../../../components/VirtualTable';
import { int, pct } from '../fmt';
import type { SnapshotIndex } from '../useSnapshot';
import { count, EXPECTED_NOTE, isExpected, signedCount } from './counts';

/** Up to this many links are shown inline; more scroll in a virtualised box. */
const INLINE_LINKS = 60;
const LINKS_PER_LINE = 7;

interface Props {
  cell: NeedsCell;
  index: SnapshotIndex;
  /** Titles of scenario actions by id (scenario results only). */
  actionTitles?: Map<string, string>;
  onClose: () => void;
}

function Links(props: {
  label: string;
  items: { key: string | number; node: ReactNode }[];
  /** Links per line when virtualised (fewer for long link texts). */
  perLine?: number;
}) {
  if (props.items.length === 0) return null;
  return (
    <div className="source-line">
      <span className="source-label">{props.label}:</span>
      {props.items.length <= INLINE_LINKS ? (
        <ul className="source-list">
          {props.items.map((i) => (
            <li key={i.key}>{i.node}</li>
          ))}
        </ul>
      ) : (
        // Many links (a large register): all of them, virtualised a line at a time.
        <VirtualLines
          items={props.items}
          perLine={props.perLine ?? LINKS_PER_LINE}
          lineHeight={20}
          label={`${props.label}: ${int(props.items.length)}`}
          renderItem={(i) => i}
        />
      )}
    </div>
  );
}

function Sources({
  figure,
  index,
  actionTitles,
}: { figure: Figure } & Omit<Props, 'cell' | 'onClose'>) {
  const s = figure.sources;
  return (
    <>
      <Links
        label="Boliger"
        items={s.unitIds.map((id) => {
          const u = index.units.get(id);
          return {
            key: id,
            node: (
              <a href={href(`/boliger/${id}`)} title={u?.address}>
                {u?.unitNo ?? `#${id}`}
              </a>
            ),
          };
        })}
      />
      <Links
        label="Husstander"
        items={s.householdIds.map((id) => ({
          key: id,
          node: <a href={href(`/husstander/${id}`)}>{index.households.get(id)?.ref ?? `#${id}`}</a>,
        }))}
      />
      <Links
        label="Behov"
        perLine={4}
        items={s.needIds.map((id) => {
          const n = index.needs.get(id);
          const text = !n
            ? `#${id}`
            : n.kind === 'soker'
              ? `Søker ${n.ref ?? id}`
              : `Prognose ${n.expectedYear} (${n.households})`;
          return { key: id, node: <a href={href(`/behov/${id}`)}>{text}</a> };
        })}
      />
      <Links
        label="Tiltak"
        items={s.actionIds.map((id) => ({
          key: id,
          node: <span>{actionTitles?.get(id) ?? id}</span>,
        }))}
      />
    </>
  );
}

export function CellDetail({ cell, index, actionTitles, onClose }: Props) {
  const part = (label: string, f: Figure) =>
    f.value === 0 && f.sources.unitIds.length + f.sources.needIds.length === 0 ? null : (
      <li key={label} className="part">
        <div className="part-head">
          <span>{label}</span>
          <span className="num">{count(f.value)}</span>
        </div>
        <Sources figure={f} index={index} actionTitles={actionTitles} />
      </li>
    );
  const demand = DEMAND_PARTS.map((p) => part(DEMAND_PART_LABEL[p], cell.demand[p])).filter(
    Boolean,
  );
  const supply = SUPPLY_PARTS.map((p) => part(SUPPLY_PART_LABEL[p], cell.supply[p])).filter(
    Boolean,
  );
  return (
    <Panel
      title={`Bak tallet: ${cell.year}, ${segmentLabel(cell.segment)}`}
      className="cell-detail"
      actions={
        <button type="button" className="btn btn-small" onClick={onClose}>
          Lukk
        </button>
      }
    >
      <p className="cell-summary">
        Balanse <strong className="num">{signedCount(cell.gap)}</strong> · behov{' '}
        <span className="num">{count(cell.demandTotal)}</span> · tilbud{' '}
        <span className="num">{count(cell.supplyTotal)}</span> · dekningsgrad{' '}
        <span className="num">{pct(cell.coverage)}</span> · akkumulert{' '}
        <span className="num">{signedCount(cell.cumulativeGap)}</span>
      </p>
      <div className="parts-grid">
        <section aria-label="Behov">
          <h3>Behov ({count(cell.demandTotal)})</h3>
          {demand.length ? <ul className="parts">{demand}</ul> : <p className="muted">Ingen.</p>}
        </section>
        <section aria-label="Tilbud">
          <h3>Tilbud ({count(cell.supplyTotal)})</h3>
          {supply.length ? <ul className="parts">{supply}</ul> : <p className="muted">Ingen.</p>}
        </section>
      </div>
      {(isExpected(cell.supplyTotal) || isExpected(cell.gap)) && (
        <p className="muted expected-note">{EXPECTED_NOTE}</p>
      )}
    </Panel>
  );
}
