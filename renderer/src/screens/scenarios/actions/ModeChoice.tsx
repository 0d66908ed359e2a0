// A small radio group for an action's variant (what a sale sells, what a framleie action does).
import { useId } from 'react';

export function ModeChoice(props: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  const name = useId();
  return (
    <fieldset className="sub mode-choice">
      <legend>{props.label}</legend>
      <div className="radio-row">
        {props.options.map((o) => (
          <label key={o.value} className="inline-check">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
