import { IonInput } from '@ionic/react';
import { flushSync } from 'react-dom';
import { CODE_LENGTH } from './unlock-code';

/** A 6-digit code, hidden, with the phone's number pad; committed in the event (see TextField). */
export function CodeField({
  name,
  label,
  value,
  onChange,
  error,
  helper,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  helper?: string | undefined;
}) {
  return (
    <IonInput
      className={`cg-field cg-code-field${error ? ' ion-invalid ion-touched' : ''}`}
      name={name}
      label={label}
      labelPlacement="stacked"
      fill="outline"
      type="password"
      inputmode="numeric"
      autocomplete="off"
      maxlength={CODE_LENGTH}
      value={value}
      onIonInput={(e) => {
        flushSync(() => {
          onChange((e.detail.value ?? '').replace(/\D/g, ''));
        });
      }}
      errorText={error}
      helperText={helper}
      aria-invalid={error ? true : undefined}
      required
    />
  );
}
