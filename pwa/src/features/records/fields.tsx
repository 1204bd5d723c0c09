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
    <div className="cg-textarea">
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
        <p id={`${id}-error`} className="cg-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A large numeric input for the bedside: the numeric keypad on phones and tablets, big digits,
 * the unit in the label.
 */
export function BigNumberField({
  name,
  label,
  unit,
  value,
  onChange,
  error,
  decimal = false,
}: {
  name: string;
  label: string;
  unit?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  decimal?: boolean;
}) {
  const id = useId();
  return (
    <div className="cg-big-field" data-invalid={error ? 'true' : undefined}>
      <label htmlFor={id}>
        {label} {unit && <span className="cg-unit">({unit})</span>}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="cg-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

/** "37,2" or "37.2" as a number; empty as null; anything else as NaN. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(',', '.');
  if (!s) return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}
