import { useId } from 'react';

/**
 * A group of big toggle buttons (one choice): one tap on a tablet held in one hand, each at
 * least 48 px high, the choice announced as pressed. `testId` marks each button with its value.
 */
export function Choices<V extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  testId,
  grid = false,
}: {
  legend: string;
  options: readonly { value: V; label: string; hint?: string }[];
  value: V | '' | null;
  onChange: (value: V) => void;
  error?: string | undefined;
  testId: string;
  grid?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      className="cg-ed-choices"
      aria-describedby={error ? `${id}-error` : undefined}
      data-invalid={error ? 'true' : undefined}
    >
      <legend>{legend}</legend>
      <div className={grid ? 'cg-ed-choice-grid' : 'cg-ed-choice-row'}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={value === o.value}
            data-testid={testId}
            data-value={o.value}
            onClick={() => {
              onChange(o.value);
            }}
          >
            <span>{o.label}</span>
            {o.hint && <small>{o.hint}</small>}
          </button>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="cg-field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
