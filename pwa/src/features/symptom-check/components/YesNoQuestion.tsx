import { IonIcon } from '@ionic/react';
import { checkmarkCircle, closeCircle } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';

/** A yes/no question: its own fieldset, two big toggle buttons, the answer ticked. */
export function YesNoQuestion({
  id,
  text,
  hint,
  value,
  onAnswer,
}: {
  id: string;
  text: string;
  hint?: string | undefined;
  value: boolean | undefined;
  onAnswer: (yes: boolean) => void;
}) {
  const { t } = useTranslation();
  const option = (yes: boolean) => {
    const pressed = value === yes;
    return (
      <button
        type="button"
        className="cg-sc-yesno-button"
        aria-pressed={pressed}
        data-testid={`sc-q-${id}-${yes ? 'yes' : 'no'}`}
        onClick={() => {
          onAnswer(yes);
        }}
      >
        {pressed && <IonIcon icon={yes ? checkmarkCircle : closeCircle} aria-hidden="true" />}
        {yes ? t('symptomCheck.yes') : t('symptomCheck.no')}
      </button>
    );
  };
  return (
    <fieldset
      className="cg-sc-question"
      data-testid={`sc-q-${id}`}
      data-answer={value === undefined ? '' : String(value)}
    >
      <legend>
        {text}
        {hint && <span className="cg-sc-hint">{hint}</span>}
      </legend>
      <div className="cg-sc-yesno">
        {option(true)}
        {option(false)}
      </div>
    </fieldset>
  );
}
