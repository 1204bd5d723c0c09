import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { PatientHeader } from '../../features/patients';
import '../../features/records/records.css';
import { AddDiagnosisDocument, Icd10CodesDocument, type DiagnosisRank } from '../../gql/graphql';

/** Codes a diagnosis from the bundled ICD-10 list, or as free text when no code fits. */
export default function DiagnosisPage() {
  const { t, i18n } = useTranslation();
  const { id: patientId = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const fr = i18n.language.startsWith('fr');
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [freeText, setFreeText] = useState('');
  const [rank, setRank] = useState<DiagnosisRank | ''>('PRIMARY');
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const id = window.setTimeout(() => {
      setSearch(input.trim());
    }, 250);
    return () => {
      window.clearTimeout(id);
    };
  }, [input]);
  const { data } = useQuery(
    Icd10CodesDocument,
    search.length < 2 ? skipToken : { variables: { search, first: 15 } },
  );
  const [add, { loading }] = useMutation(AddDiagnosisDocument, {
    refetchQueries: ['PatientChart', 'PatientTimeline'],
  });
  const chartHref = `/app/patients/${patientId}/chart`;
  const codes = search.length >= 2 ? (data?.icd10Codes ?? []) : [];

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    if (!code && !freeText.trim()) {
      setFailure(t('records.diagnosis.chooseOne'));
      return;
    }
    try {
      await add({
        variables: {
          input: {
            patientId,
            rank: rank || 'PRIMARY',
            code: code ?? null,
            freeText: code ? null : freeText.trim(),
          },
        },
      });
      navigate(chartHref, { replace: true });
    } catch (e) {
      setFailure(errorText.message(errorText.info(e)));
    }
  }

  return (
    <PageLayout title={t('records.diagnosis.title')} backHref={chartHref}>
      <PatientHeader patientId={patientId} />
      <form className="cg-card cg-form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && <Notice kind="error">{failure}</Notice>}
        <TextField
          name="icd10-search"
          type="search"
          label={t('records.diagnosis.search')}
          value={input}
          onChange={setInput}
        />
        {codes.length > 0 && (
          <ul
            className="cg-pick-list"
            aria-label={t('records.diagnosis.pick')}
            data-testid="icd10-results"
          >
            {codes.map((c) => (
              <li key={c.code}>
                <button
                  type="button"
                  aria-pressed={code === c.code}
                  onClick={() => {
                    setCode(code === c.code ? null : c.code);
                  }}
                >
                  <span className="cg-code">{c.code}</span>
                  <span>{fr ? c.titleFr : c.titleEn}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {!code && (
          <TextField
            name="free-text"
            label={t('records.diagnosis.freeText')}
            value={freeText}
            onChange={setFreeText}
          />
        )}
        <SelectField<DiagnosisRank>
          name="rank"
          label={t('records.diagnosis.rank')}
          value={rank}
          options={[
            { value: 'PRIMARY', label: t('records.summary.primary') },
            { value: 'SECONDARY', label: t('records.summary.secondary') },
          ]}
          onChange={setRank}
        />
        <IonButton type="submit" expand="block" disabled={loading}>
          {t('records.diagnosis.save')}
        </IonButton>
      </form>
    </PageLayout>
  );
}
