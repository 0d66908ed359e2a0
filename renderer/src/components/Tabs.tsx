// Tabs (WAI-ARIA tab pattern): arrow keys move between tabs, the panel follows the selection.
// The caller keeps the selected tab (e.g. in the URL) and renders the panel's content.
import { type ReactNode, useId, useRef } from 'react';

export interface TabDef {
  id: string;
  label: ReactNode;
}

interface Props {
  label: string;
  tabs: TabDef[];
  selected: string;
  onSelect: (id: string) => void;
  children: ReactNode;
}

export function Tabs({ label, tabs, selected, onSelect, children }: Props) {
  const base = useId().replace(/:/g, '');
  const listRef = useRef<HTMLDivElement>(null);
  const move = (from: number, delta: number) => {
    const i = (from + delta + tabs.length) % tabs.length;
    onSelect(tabs[i]!.id);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[i]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" ref={listRef}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === selected}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === selected ? 0 : -1}
            className={t.id === selected ? 'tab active' : 'tab'}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i, 1);
              else if (e.key === 'ArrowLeft') move(i, -1);
              else if (e.key === 'Home') move(0, 0);
              else if (e.key === 'End') move(tabs.length - 1, 0);
              else return;
              e.preventDefault();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${selected}`}
        className="tab-panel"
      >
        {children}
      </div>
    </div>
  );
}
