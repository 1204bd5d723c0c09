import { useId } from 'react';

/** A labelled multi-line field with its error, announced to screen readers. */
export function TextArea({
  name,
  label,
  value,
  onChange,
  error,
  rows = 3,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  rows?: number;
}) {
  const id = useId();
  return (
    <div className="cg-ward-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="cg-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled whole-number input: the numeric keypad on phones and tablets. */
export function WholeNumberField({
  name,
  label,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="cg-ward-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="cg-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
