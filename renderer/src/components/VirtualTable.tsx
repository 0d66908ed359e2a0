// Long client-side lists rendered virtualised: only the rows in (and near) the visible part
// of a scrolling container are in the DOM; spacers above and below keep the scrollbar true.
// VirtualTable keeps table semantics (aria-rowcount on the table, aria-rowindex on each row,
// the header row counted as row 1); VirtualLines does the same for wrapped lists of links.
// The container is focusable and named so keyboard users can scroll it; links and checkboxes
// in the rows stay reachable with Tab as they scroll in (overscan keeps the next rows ready).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode, type TableHTMLAttributes } from 'react';

/** Props every rendered row must carry (spread them on the `<tr>`, with its own key). */
export interface VirtualRowProps {
  'aria-rowindex': number;
  'data-index': number;
  ref: (el: HTMLElement | null) => void;
}

const OVERSCAN = 12;

/** The windowing shared by the components below: which items to render and the spacers. */
export function useVirtualRows(count: number, estimate: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to re-render
  const v = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan: OVERSCAN,
    // Before the container is measured (first paint, tests): a screenful of rows.
    initialRect: { width: 1000, height: estimate * 20 },
  });
  const items = v.getVirtualItems();
  const padTop = items.length ? items[0]!.start : 0;
  const padBottom = items.length ? v.getTotalSize() - items[items.length - 1]!.end : 0;
  // Home and End on the focused container go to the first and last row even though the rows
  // not yet drawn have only estimated heights (the browser's own End stops short of the end).
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== scrollRef.current || count === 0) return;
    if (e.key === 'End') v.scrollToIndex(count - 1, { align: 'end' });
    else if (e.key === 'Home') v.scrollToIndex(0, { align: 'start' });
    else return;
    e.preventDefault();
  };
  return { scrollRef, items, padTop, padBottom, measure: v.measureElement, onKeyDown };
}

interface TableProps {
  /** Number of data rows (the header row is not counted here). */
  count: number;
  /**
   * Estimated row height in px (rows are measured as they render). Err on the tall side: rows
   * that turn out shorter keep a scrollbar dragged to the bottom at the bottom.
   */
  rowHeight: number;
  /** Accessible name of the scrolling container. */
  label: string;
  /** Number of columns (for the spacer cells). */
  columns: number;
  /** The header row's cells (`<th>`s); the row itself is rendered here as row 1. */
  head: ReactNode;
  /** One `<tr>` for data row i, spreading `row` onto it. */
  renderRow: (i: number, row: VirtualRowProps) => ReactNode;
  caption?: ReactNode;
  /** Class of the scrolling container (give it a max-height). */
  className?: string;
  tableClassName?: string;
  tableProps?: TableHTMLAttributes<HTMLTableElement>;
  /** Shown below the table when there are no rows. */
  empty?: ReactNode;
}

/** A table whose body is virtualised inside a focusable scrolling container. */
export function VirtualTable(p: TableProps) {
  const { scrollRef, items, padTop, padBottom, measure, onKeyDown } = useVirtualRows(
    p.count,
    p.rowHeight,
  );
  const spacer = (h: number, key: string) =>
    h > 0 ? (
      <tr aria-hidden="true" className="virtual-spacer" key={key}>
        <td colSpan={p.columns} style={{ height: h, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  return (
    <div
      ref={scrollRef}
      className={`virtual-scroll ${p.className ?? ''}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      role="region"
      aria-label={p.label}
    >
      <table {...p.tableProps} className={p.tableClassName} aria-rowcount={p.count + 1}>
        {p.caption}
        {/* The top spacer sits in the head so every tbody row is a data row. */}
        <thead>
          <tr aria-rowindex={1}>{p.head}</tr>
          {spacer(padTop, 'top')}
        </thead>
        <tbody>
          {items.map((it) =>
            p.renderRow(it.index, {
              'aria-rowindex': it.index + 2,
              'data-index': it.index,
              ref: measure,
            }),
          )}
        </tbody>
        <tfoot>{spacer(padBottom, 'bottom')}</tfoot>
      </table>
      {p.count === 0 && p.empty}
    </div>
  );
}

interface LinesProps<T> {
  items: T[];
  /** Items per line. */
  perLine: number;
  /** Estimated line height in px. */
  lineHeight: number;
  /** Accessible name of the scrolling container. */
  label: string;
  className?: string;
  renderItem: (item: T) => { key: string | number; node: ReactNode };
}

/** A long wrapped list (of links) shown a line at a time, virtualised by lines. */
export function VirtualLines<T>(p: LinesProps<T>) {
  const lines = Math.ceil(p.items.length / p.perLine);
  const { scrollRef, items, padTop, padBottom, measure, onKeyDown } = useVirtualRows(
    lines,
    p.lineHeight,
  );
  return (
    <div
      ref={scrollRef}
      className={`virtual-scroll virtual-lines ${p.className ?? ''}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      role="region"
      aria-label={p.label}
    >
      <div style={{ height: padTop }} aria-hidden="true" />
      {items.map((line) => {
        const from = line.index * p.perLine;
        return (
          <ul key={line.index} className="source-list" data-index={line.index} ref={measure}>
            {p.items.slice(from, from + p.perLine).map((item, j) => {
              const r = p.renderItem(item);
              return (
                <li key={r.key} aria-setsize={p.items.length} aria-posinset={from + j + 1}>
                  {r.node}
                </li>
              );
            })}
          </ul>
        );
      })}
      <div style={{ height: padBottom }} aria-hidden="true" />
    </div>
  );
}
