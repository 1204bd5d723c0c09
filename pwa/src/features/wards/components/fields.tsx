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

/**
 * A labelled plain input (a date, a 24-hour time typed as HH:MM): the browser's own time picker
 * would follow the device's 12-hour clock in English, which the hospital never uses.
 */
export function InputField({
  name,
  label,
  value,
  onChange,
  error,
  type = 'text',
  inputMode,
  placeholder,
  hint,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  hint?: string;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className="cg-ward-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="cg-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="cg-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
