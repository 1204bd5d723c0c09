import { IonIcon } from '@ionic/react';
import { checkmarkCircle, chevronForward } from 'ionicons/icons';
import type { Ref } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string | undefined;
}

/**
 * One single-choice question as a group of big toggle buttons: the legend is the step's heading,
 * the chosen one is pressed (and ticked, so that colour is never the only sign). Choosing moves
 * on; coming back shows what was chosen.
 */
export function ChoiceStep<V extends string>({
  name,
  title,
  choices,
  chosen,
  onChoose,
  headingRef,
  level = 2,
}: {
  name: string;
  title: string;
  choices: readonly Choice<V>[];
  chosen: V | null;
  onChoose: (value: V) => void;
  headingRef: Ref<HTMLHeadingElement>;
  /** 3 inside a step that has its own heading. */
  level?: 2 | 3;
}) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <fieldset className="cg-sc-fieldset" data-testid={`sc-${name}`}>
      <legend className="cg-sc-legend">
        <Heading ref={headingRef} tabIndex={-1}>
          {title}
        </Heading>
      </legend>
      <ul className="cg-sc-choices">
        {choices.map((c) => {
          const pressed = c.value === chosen;
          return (
            <li key={c.value}>
              <button
                type="button"
                className="cg-sc-choice"
                aria-pressed={pressed}
                data-testid={`sc-${name}-${c.value}`}
                onClick={() => {
                  onChoose(c.value);
                }}
              >
                <span className="cg-sc-choice-text">
                  <strong>{c.label}</strong>
                  {c.hint && <span>{c.hint}</span>}
                </span>
                <IonIcon icon={pressed ? checkmarkCircle : chevronForward} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
