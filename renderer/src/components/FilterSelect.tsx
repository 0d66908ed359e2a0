import { useId } from 'react';
import type { Option } from '../display';

interface Props {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}

/** A list filter: "Alle" plus the choices. */
export function FilterSelect({ label, value, options, onChange }: Props) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        className={value ? 'active' : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Alle</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
