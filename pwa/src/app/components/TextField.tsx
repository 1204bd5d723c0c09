import { IonInput, IonInputPasswordToggle } from '@ionic/react';

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

/** A labelled input with its helper and error text, announced to screen readers. */
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
        onChange(e.detail.value ?? '');
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
