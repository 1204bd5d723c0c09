import { useMutation, useQuery } from '@apollo/client/react';
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
import { LabTestsDocument, OrderLabTestsDocument, type LabPriority } from '../../gql/graphql';

/** Orders one or more tests from the catalogue, routine or urgent. */
export default function OrderLabsPage() {
  const { t, i18n } = useTranslation();
  const { id: patientId = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const fr = i18n.language.startsWith('fr');
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [priority, setPriority] = useState<LabPriority | ''>('ROUTINE');
  const [clinicalInfo, setClinicalInfo] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { data } = useQuery(LabTestsDocument, { variables: { search: null } });
  const [order, { loading }] = useMutation(OrderLabTestsDocument, {
    refetchQueries: ['PatientChart', 'PatientLabOrders', 'PatientTimeline'],
  });
  const chartHref = `/app/patients/${patientId}/chart`;
  const f = filter.trim().toLowerCase();
  const tests = (data?.labTests ?? []).filter(
    (x) => !f || `${x.code} ${x.nameFr} ${x.nameEn}`.toLowerCase().includes(f),
  );

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    if (picked.length === 0) {
      setFailure(t('records.orderLabs.chooseOne'));
      return;
    }
    try {
      await order({
        variables: {
          input: {
            patientId,
            testCodes: picked,
            priority: priority || 'ROUTINE',
            clinicalInfo: clinicalInfo.trim() || null,
          },
        },
      });
      navigate(`${chartHref}?section=labs`, { replace: true });
    } catch (e) {
      setFailure(errorText.message(errorText.info(e)));
    }
  }

  return (
    <PageLayout title={t('records.orderLabs.title')} backHref={chartHref}>
      <PatientHeader patientId={patientId} />
      <form className="cg-card cg-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && <Notice kind="error">{failure}</Notice>}
        <TextField
          name="test-search"
          type="search"
          label={t('records.orderLabs.search')}
          value={filter}
          onChange={setFilter}
        />
        <ul className="cg-pick-list" data-testid="lab-tests">
          {tests.map((x) => (
            <li key={x.code}>
              <label>
                <input
                  type="checkbox"
                  name="test"
                  value={x.code}
                  checked={picked.includes(x.code)}
                  onChange={(e) => {
                    setPicked((p) =>
                      e.target.checked ? [...p, x.code] : p.filter((c) => c !== x.code),
                    );
                  }}
                />
                <span className="cg-code">{x.code}</span>
                <span>
                  {fr ? x.nameFr : x.nameEn}
                  <span className="cg-rec-sub">{x.specimen}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <SelectField<LabPriority>
          name="priority"
          label={t('records.orderLabs.priority')}
          value={priority}
          options={[
            { value: 'ROUTINE', label: t('records.labs.priority.ROUTINE') },
            { value: 'URGENT', label: t('records.labs.priority.URGENT') },
          ]}
          onChange={setPriority}
        />
        <TextArea
          name="clinicalInfo"
          label={t('records.orderLabs.clinicalInfo')}
          value={clinicalInfo}
          onChange={setClinicalInfo}
          rows={2}
        />
        <IonButton type="submit" expand="block" disabled={loading}>
          {t('records.orderLabs.save', { count: picked.length })}
        </IonButton>
      </form>
    </PageLayout>
  );
}
