import { IonButton } from '@ionic/react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../app/components/TextField';
import { SEXES, type Sex } from '../types';
import { ChoiceStep } from './ChoiceStep';
import { YesNoQuestion } from './YesNoQuestion';

export interface Profile {
  birthDate: string;
  sex: Sex | null;
}

/**
 * Who the questions are about: age and sex from the patient's record when it could be read
 * (shown, with a way to change them), asked otherwise — offline, or a record without them —
 * and, for those the rules ask, whether they are pregnant.
 */
export function AboutStep({
  profile,
  fromRecord,
  onChange,
  onEdit,
  age,
  ageMonths,
  asksPregnancy,
  pregnant,
  onPregnant,
  onStart,
  headingRef,
}: {
  profile: Profile;
  /** The record's values are shown as they are (not being edited). */
  fromRecord: boolean;
  onChange: (p: Profile) => void;
  onEdit: () => void;
  /** "36 years old", or null while the date is not a valid past date. */
  age: string | null;
  ageMonths: number | null;
  asksPregnancy: boolean;
  pregnant: boolean | null;
  onPregnant: (yes: boolean) => void;
  onStart: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const ready = ageMonths !== null && profile.sex !== null && (!asksPregnancy || pregnant !== null);

  return (
    <section
      className="cg-card cg-sc-about"
      aria-labelledby="sc-about-title"
      data-testid="sc-about"
    >
      <h2 id="sc-about-title" ref={headingRef} tabIndex={-1}>
        {t('symptomCheck.about.title')}
      </h2>
      {fromRecord && profile.sex !== null ? (
        <div className="cg-sc-record" data-testid="sc-from-record">
          <p>
            {t('symptomCheck.about.fromRecord')}{' '}
            <strong>
              {t(`sex.${profile.sex}`)}, {age}
            </strong>
          </p>
          <IonButton fill="outline" size="default" onClick={onEdit} data-testid="sc-edit-profile">
            {t('symptomCheck.about.change')}
          </IonButton>
        </div>
      ) : (
        <div className="cg-form">
          <p className="cg-muted">{t('symptomCheck.about.ask')}</p>
          <TextField
            name="birthDate"
            type="date"
            label={t('symptomCheck.about.birthDate')}
            value={profile.birthDate}
            onChange={(birthDate) => {
              onChange({ ...profile, birthDate });
            }}
            error={
              profile.birthDate !== '' && ageMonths === null
                ? t('symptomCheck.about.birthDateInvalid')
                : undefined
            }
            helper={age ?? undefined}
          />
          <ChoiceStep
            name="sex"
            title={t('symptomCheck.about.sex')}
            choices={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            chosen={profile.sex}
            onChoose={(sex) => {
              onChange({ ...profile, sex });
            }}
            headingRef={null}
            level={3}
          />
        </div>
      )}
      {asksPregnancy && (
        <YesNoQuestion
          id="pregnant"
          text={t('symptomCheck.about.pregnant')}
          value={pregnant ?? undefined}
          onAnswer={onPregnant}
        />
      )}
      <div className="cg-actions">
        <IonButton disabled={!ready} onClick={onStart} data-testid="sc-start">
          {t('symptomCheck.about.start')}
        </IonButton>
      </div>
    </section>
  );
}
