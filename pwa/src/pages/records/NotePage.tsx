import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { PatientHeader } from '../../features/patients';
import { TextArea } from '../../features/records/fields';
import '../../features/records/records.css';
import { CreateEncounterDocument, type EncounterKind } from '../../gql/graphql';

const KINDS: EncounterKind[] = ['CONSULTATION', 'WARD_ROUND', 'EMERGENCY', 'TELECONSULTATION'];
const SOAP = ['subjective', 'objective', 'assessment', 'plan'] as const;

/** The consultation note, in SOAP form, opening a visit. */
export default function NotePage() {
  const { t } = useTranslation();
  const { id: patientId = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [kind, setKind] = useState<EncounterKind | ''>('CONSULTATION');
  const [reason, setReason] = useState('');
  const [soap, setSoap] = useState<Record<(typeof SOAP)[number], string>>({
    subjective: '',
    objective: '',
    assessment: '',
    plan: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateEncounterDocument, {
    refetchQueries: ['PatientChart', 'PatientTimeline'],
  });
  const chartHref = `/app/patients/${patientId}/chart`;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    if (!reason.trim()) {
      setErrors({ reason: t('records.required') });
      return;
    }
    setErrors({});
    const text = (s: string) => s.trim() || null;
    try {
      await create({
        variables: {
          input: {
            patientId,
            kind: kind || 'CONSULTATION',
            reason: reason.trim(),
            subjective: text(soap.subjective),
            objective: text(soap.objective),
            assessment: text(soap.assessment),
            plan: text(soap.plan),
          },
        },
      });
      navigate(chartHref, { replace: true });
    } catch (e) {
      const info = errorText.info(e);
      setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <PageLayout title={t('records.note.title')} backHref={chartHref}>
      <PatientHeader patientId={patientId} />
      <form className="cg-card cg-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && <Notice kind="error">{failure}</Notice>}
        <SelectField<EncounterKind>
          name="kind"
          label={t('records.note.kind')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`records.encounterKind.${k}`) }))}
          onChange={setKind}
        />
        <TextField
          name="reason"
          label={t('records.note.reason')}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          required
        />
        {SOAP.map((k) => (
          <TextArea
            key={k}
            name={k}
            label={t(`records.note.${k}`)}
            value={soap[k]}
            error={errors[k]}
            onChange={(v) => {
              setSoap((s) => ({ ...s, [k]: v }));
            }}
          />
        ))}
        <IonButton type="submit" expand="block" disabled={loading}>
          {t('records.note.save')}
        </IonButton>
      </form>
    </PageLayout>
  );
}
