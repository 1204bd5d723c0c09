import { IonInput, IonInputPasswordToggle } from '@ionic/react';
import { flushSync } from 'react-dom';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'search';
  error?: string | undefined;
  helper?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  readonly?: boolean;
}

/**
 * A labelled input with its helper and error text, announced to screen readers.
 *
 * The change is committed in the event that made it. React takes `ionInput` (a custom event) for
 * a non-urgent update and renders it in a later task, while a submit (Enter) is urgent and runs at
 * once: a field filled just before Enter, as a password manager does during that very key press,
 * would otherwise be submitted with its previous value (which a render in between would also
 * write back into the field, since every render sets the element's `value`).
 */
export function TextField({
  name,
  label,
  value,
  onChange,
  type = 'text',
  error,
  helper,
  autocomplete,
  required = false,
  readonly = false,
}: TextFieldProps) {
  return (
    <IonInput
      className={`cg-field${error ? ' ion-invalid ion-touched' : ''}`}
      name={name}
      label={label}
      labelPlacement="stacked"
      fill="outline"
      type={type}
      value={value}
      onIonInput={(e) => {
        flushSync(() => {
          onChange(e.detail.value ?? '');
        });
      }}
      errorText={error}
      helperText={helper}
      autocomplete={autocomplete as never}
      required={required}
      readonly={readonly}
      aria-invalid={error ? true : undefined}
    >
      {type === 'password' && <IonInputPasswordToggle slot="end" />}
    </IonInput>
  );
}
