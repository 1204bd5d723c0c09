import { useId } from 'react';

interface SelectFieldProps<V extends string> {
  name: string;
  label: string;
  value: V | '';
  options: readonly { value: V | ''; label: string }[];
  onChange: (value: V | '') => void;
  error?: string | undefined;
  placeholder?: string;
}

/**
 * A labelled native select: the device's own picker on phones, and far lighter than Ionic's
 * overlay-based select (which would weigh on every screen's first load).
 */
export function SelectField<V extends string>({
  name,
  label,
  value,
  options,
  onChange,
  error,
  placeholder,
}: SelectFieldProps<V>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`cg-select${error ? ' cg-select-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          onChange(e.target.value as V | '');
        }}
      >
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="cg-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
