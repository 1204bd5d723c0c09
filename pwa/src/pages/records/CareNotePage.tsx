import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { useErrorText } from '../../app/use-error-text';
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

/** A nursing note with its category; its device-made id makes a resend harmless. */
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
    try {
      await add({
        variables: {
          input: { id: noteId, patientId, category: category || 'OTHER', text: text.trim() },
        },
      });
      navigate(`${chartHref}?section=timeline`, { replace: true });
    } catch (e) {
      setFailure(errorText.message(errorText.info(e)));
    }
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
