import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon } from '@ionic/react';
import { informationCircleOutline } from 'ionicons/icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../../../app/use-online';
import { MeDocument } from '../../../gql/graphql';
import { ageInMonths, inLanguage } from '../assess';
import { DURATIONS, SEVERITIES, SEXES, type Sex, type SymptomRules } from '../types';
import { STEPS, useSymptomCheck } from '../use-symptom-check';
import { AboutStep, type Profile } from './AboutStep';
import { ChoiceStep } from './ChoiceStep';
import { EmergencyPanel } from './EmergencyPanel';
import { ResultPanel } from './ResultPanel';
import { YesNoQuestion } from './YesNoQuestion';
import '../symptom-check.css';

/** Today on the device's calendar, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function isSex(value: string | undefined): value is Sex {
  return (SEXES as readonly string[]).includes(value ?? '');
}

/**
 * R17: the patient's symptom check. The questionnaire runs on the device from `rules` (no request:
 * it works offline); the patient's record, when it can be read, gives age and sex; booking opens
 * on the specialty it recommends.
 */
export function SymptomCheck({ rules }: { rules: SymptomRules }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const online = useOnline();
  const flow = useSymptomCheck(rules);
  const { step, answers, emergency } = flow;

  // The record's age and sex (from the cache when the home page read it, so also offline).
  const me = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const patient = me.data?.me.patient;
  const record: Profile | null =
    patient && isSex(patient.sex) ? { birthDate: patient.birthDate, sex: patient.sex } : null;
  const [edited, setEdited] = useState<Profile | null>(null);
  const profile = edited ?? record ?? { birthDate: '', sex: null };
  const profileMonths = ageInMonths(profile.birthDate, today());
  const [pregnant, setPregnant] = useState<boolean | null>(null);
  const asksPregnancy = flow.asksPregnancy(profileMonths, profile.sex);

  const heading = useRef<HTMLHeadingElement>(null);
  const view = emergency ? `emergency:${emergency.flags.map((f) => f.id).join()}` : step;
  const firstView = useRef(view);
  useEffect(() => {
    // Each new screen is announced from its heading; the first one is where the page opened.
    if (view !== firstView.current) heading.current?.focus();
    firstView.current = '';
  }, [view]);

  const formatAge = (months: number | null) =>
    months === null
      ? null
      : months < 24
        ? t('symptomCheck.ageMonths', { count: months })
        : t('symptomCheck.ageYears', { count: Math.floor(months / 12) });
  const name = (text: { fr: string; en: string }) => inLanguage(text, lang);
  const specialtyName = (code: string) => {
    const label = rules.specialties[code];
    return label ? name(label) : code;
  };

  let body;
  if (emergency) {
    body = (
      <EmergencyPanel
        flags={emergency.flags}
        onUndo={flow.canUndoFlag ? flow.undoFlag : null}
        headingRef={heading}
      />
    );
  } else if (step === 'about') {
    body = (
      <AboutStep
        profile={profile}
        fromRecord={edited === null && record !== null}
        onChange={setEdited}
        onEdit={() => {
          setEdited(profile);
        }}
        age={formatAge(profileMonths)}
        ageMonths={profileMonths}
        asksPregnancy={asksPregnancy}
        pregnant={pregnant}
        onPregnant={setPregnant}
        onStart={() => {
          if (profileMonths !== null && profile.sex !== null) {
            flow.start(profileMonths, profile.sex, asksPregnancy ? pregnant : null);
          }
        }}
        headingRef={heading}
      />
    );
  } else if (step === 'area') {
    body = (
      <ChoiceStep
        name="area"
        title={t('symptomCheck.area.title')}
        choices={rules.areas.map((a) => ({
          value: a.id,
          label: name(a.label),
          hint: name(a.hint),
        }))}
        chosen={answers.area}
        onChoose={(v) => {
          flow.choose('area', v);
        }}
        headingRef={heading}
      />
    );
  } else if (step === 'symptom') {
    body = (
      <ChoiceStep
        name="symptom"
        title={t('symptomCheck.symptom.title')}
        choices={flow.symptoms.map((id) => {
          const s = rules.symptoms[id];
          return { value: id, label: s ? name(s.label) : id, hint: s?.hint && name(s.hint) };
        })}
        chosen={answers.symptom}
        onChoose={(v) => {
          flow.choose('symptom', v);
        }}
        headingRef={heading}
      />
    );
  } else if (step === 'duration') {
    body = (
      <ChoiceStep
        name="duration"
        title={t('symptomCheck.duration.title')}
        choices={DURATIONS.map((d) => ({ value: d, label: t(`symptomCheck.duration.${d}`) }))}
        chosen={answers.duration}
        onChoose={(v) => {
          flow.choose('duration', v);
        }}
        headingRef={heading}
      />
    );
  } else if (step === 'severity') {
    body = (
      <ChoiceStep
        name="severity"
        title={t('symptomCheck.severity.title')}
        choices={SEVERITIES.map((s) => ({
          value: s,
          label: t(`symptomCheck.severity.${s}`),
          hint: t(`symptomCheck.severity.${s}Hint`),
        }))}
        chosen={answers.severity}
        onChoose={(v) => {
          flow.choose('severity', v);
        }}
        headingRef={heading}
      />
    );
  } else if (step === 'questions') {
    body = (
      <section aria-labelledby="sc-questions-title" data-testid="sc-questions">
        <h2 id="sc-questions-title" className="cg-sc-step-title" ref={heading} tabIndex={-1}>
          {t('symptomCheck.questions.title')}
        </h2>
        <p className="cg-muted">{t('symptomCheck.questions.intro')}</p>
        {flow.questions.map((id) => {
          const q = rules.questions[id];
          return (
            <YesNoQuestion
              key={id}
              id={id}
              text={q ? name(q.text) : id}
              hint={q?.hint && name(q.hint)}
              value={answers.yes[id]}
              onAnswer={(yes) => {
                flow.answer(id, yes);
              }}
            />
          );
        })}
        {flow.unanswered > 0 && (
          <p className="cg-muted" data-testid="sc-unanswered">
            {t('symptomCheck.answerAll', { count: flow.unanswered })}
          </p>
        )}
        <div className="cg-actions">
          <IonButton disabled={flow.unanswered > 0} onClick={flow.finish} data-testid="sc-finish">
            {t('symptomCheck.questions.seeResult')}
          </IonButton>
        </div>
      </section>
    );
  } else if (flow.outcome.kind === 'SPECIALTY') {
    const o = flow.outcome;
    body = (
      <ResultPanel
        specialty={o.specialty}
        specialtyName={specialtyName(o.specialty)}
        general={rules.fallback.specialty}
        urgency={o.urgency}
        reasons={o.reasons}
        online={online}
        onRestart={flow.restart}
        headingRef={heading}
      />
    );
  }

  // On the stop screen the calls come first; the reminder that this is no diagnosis follows.
  const disclaimer = (
    <div className="cg-sc-disclaimer" role="note" data-testid="sc-disclaimer">
      <IonIcon icon={informationCircleOutline} aria-hidden="true" />
      <p>
        <strong>{t('symptomCheck.disclaimer')}</strong>
        {!emergency && <> {t('symptomCheck.disclaimerUrgent')}</>}
      </p>
    </div>
  );
  const position = STEPS.indexOf(step) + 1;
  const review =
    rules.reviewedBy !== null && rules.reviewedOn !== null
      ? t('symptomCheck.rules.reviewed', { by: rules.reviewedBy, on: rules.reviewedOn })
      : t('symptomCheck.rules.notReviewed');

  return (
    <div className="cg-sc" data-testid="symptom-check" data-step={emergency ? 'emergency' : step}>
      {!emergency && disclaimer}
      {!emergency && step !== 'result' && (
        <p className="cg-sc-progress" data-testid="sc-progress">
          {t('symptomCheck.progress', { n: position, total: STEPS.length - 1 })}
        </p>
      )}
      {body}
      {emergency && disclaimer}
      {!emergency && step !== 'about' && step !== 'result' && (
        <div className="cg-toolbar-row">
          <IonButton fill="clear" onClick={flow.back} data-testid="sc-previous">
            {t('symptomCheck.previous')}
          </IonButton>
        </div>
      )}
      <p className="cg-sc-version" data-testid="sc-rules-version">
        {t('symptomCheck.rules.version', { version: rules.version })} · {review}
      </p>
    </div>
  );
}
