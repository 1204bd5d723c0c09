import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { isNetworkFailure, isReachable } from '../../app/connectivity';
import { useErrorText } from '../../app/use-error-text';
import { canQueueOffline, queueOffline } from '../../features/offline/outbox-status';
import { PatientHeader } from '../../features/patients';
import { TextArea } from '../../features/records/fields';
import { deviceId } from '../../features/records/labels';
import '../../features/records/records.css';
import { AddCareNoteDocument, type CareNoteCategory } from '../../gql/graphql';

const CATEGORIES: CareNoteCategory[] = [
  'OBSERVATION',
  'HYGIENE',
  'NUTRITION',
  'ELIMINATION',
  'MOBILITY',
  'PAIN',
  'WOUND_CARE',
  'PSYCHOSOCIAL',
  'EDUCATION',
  'HANDOVER',
  'OTHER',
];

/**
 * A nursing note with its category; its device-made id makes a resend harmless. Without network
 * (and with the shift unlocked on the device) it waits in the outbox, timed when it was written.
 */
export default function CareNotePage() {
  const { t } = useTranslation();
  const { id: patientId = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [noteId] = useState(deviceId);
  const [category, setCategory] = useState<CareNoteCategory | ''>('OBSERVATION');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  /** Saved on the device (no network): waits in the outbox, sent when the network returns. */
  const [queued, setQueued] = useState(false);
  const [add, { loading }] = useMutation(AddCareNoteDocument, {
    refetchQueries: ['PatientTimeline'],
  });
  const chartHref = `/app/patients/${patientId}/chart`;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    if (!text.trim()) {
      setError(t('records.required'));
      return;
    }
    setError(undefined);
    const note = { category: category || 'OTHER', text: text.trim() };
    const queue = async () => {
      const entry = await queueOffline({
        id: noteId,
        kind: 'careNote',
        patientId,
        input: { ...note, occurredAt: new Date().toISOString() },
        summary: `${t(`records.careNote.categories.${note.category}`)} — ${note.text}`,
      });
      if (entry) setQueued(true);
      return entry !== null;
    };
    if ((!navigator.onLine || !isReachable()) && canQueueOffline() && (await queue())) return;
    try {
      await add({ variables: { input: { id: noteId, patientId, ...note } } });
      navigate(`${chartHref}?section=timeline`, { replace: true });
    } catch (e) {
      if (isNetworkFailure(e) && canQueueOffline() && (await queue())) return;
      setFailure(errorText.message(errorText.info(e)));
    }
  }

  if (queued) {
    return (
      <PageLayout title={t('records.careNote.title')} backHref={chartHref}>
        <PatientHeader patientId={patientId} />
        <section className="cg-card" data-testid="care-note-pending">
          <Notice kind="success">{t('offline.outbox.savedPending')}</Notice>
          <div className="cg-actions">
            <IonButton routerLink={chartHref} routerDirection="back" data-testid="back-to-chart">
              {t('records.vitals.backToChart')}
            </IonButton>
          </div>
        </section>
      </PageLayout>
    );
  }

  return (
    <PageLayout title={t('records.careNote.title')} backHref={chartHref}>
      <PatientHeader patientId={patientId} />
      <form className="cg-card cg-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && <Notice kind="error">{failure}</Notice>}
        <SelectField<CareNoteCategory>
          name="category"
          label={t('records.careNote.category')}
          value={category}
          options={CATEGORIES.map((c) => ({
            value: c,
            label: t(`records.careNote.categories.${c}`),
          }))}
          onChange={setCategory}
        />
        <TextArea
          name="text"
          label={t('records.careNote.text')}
          value={text}
          onChange={setText}
          error={error}
          rows={5}
        />
        <IonButton type="submit" expand="block" disabled={loading}>
          {t('records.careNote.save')}
        </IonButton>
      </form>
    </PageLayout>
  );
}
