// The list search box. Typing is debounced (150 ms) before the URL – and so the query –
// changes; while a search is pending the app counts as loading. "/" or Ctrl+K focuses it.
import { useEffect, useId, useRef, useState } from 'react';
import { useBusy } from '../state/status';

interface Props {
  label: string;
  placeholder?: string;
  /** The search in effect (from the URL). */
  value: string;
  onSearch: (text: string) => void;
}

export const SEARCH_ATTR = 'data-search-box';

export function SearchBox({ label, placeholder, value, onSearch }: Props) {
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL changed under us (a link, Back): show what is in effect.
  if (value !== seen) {
    setSeen(value);
    if (value !== text.trim()) setText(value);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useBusy(text.trim() !== value);

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(next.trim()), 150);
  };

  return (
    <div className="search-box">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        maxLength={100}
        spellCheck={false}
        {...{ [SEARCH_ATTR]: '' }}
        aria-keyshortcuts="/ Control+K"
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text !== '') {
            e.preventDefault();
            change('');
          }
        }}
      />
    </div>
  );
}
