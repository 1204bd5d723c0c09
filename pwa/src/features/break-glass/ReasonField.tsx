import { useId } from 'react';

/** A labelled multi-line field with its help and error, announced to screen readers. */
export function ReasonField({
  name,
  label,
  value,
  onChange,
  help,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string;
  error?: string | null;
}) {
  const id = useId();
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className="cg-textarea">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {help && (
        <p id={`${id}-help`} className="cg-field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="cg-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
