import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonList, IonSpinner } from '@ionic/react';
import { personAddOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { patientAccess } from '../../features/patients/access';
import { PatientListItem } from '../../features/patients/PatientListItem';
import { useDebounced } from '../../features/patients/use-debounced';
import { PatientSearchDocument } from '../../gql/graphql';

const PAGE_SIZE = 20;

/** R6: results as you type, by name (fuzzy), MRN or phone, best match first. */
export default function PatientSearchPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const access = patientAccess(user);
  const errorText = useErrorText();
  const [input, setInput] = useState('');
  const search = useDebounced(input.trim(), 250);
  const [loadingMore, setLoadingMore] = useState(false);

  const { data, previousData, error, loading, fetchMore } = useQuery(PatientSearchDocument, {
    variables: { search: search || null, first: PAGE_SIZE, clinical: access.clinical },
  });
  // Keep the previous results on screen while the next ones load: no flicker as you type.
  const patients = (data ?? (loading ? previousData : undefined))?.patients;
  const info = error ? errorText.info(error) : null;
  const badMrn = info?.code === 'BAD_USER_INPUT' && info.fields?.search !== undefined;

  return (
    <PageLayout
      title={t('patients.title')}
      actions={
        access.register && (
          <IonButton routerLink="/app/patients/new" data-testid="register-patient">
            <IonIcon slot="start" icon={personAddOutline} aria-hidden="true" />
            {t('patients.register')}
          </IonButton>
        )
      }
    >
      <div role="search">
        <TextField
          name="search"
          type="search"
          label={t('patients.searchLabel')}
          helper={badMrn ? undefined : t('patients.searchHelper')}
          error={badMrn ? t('patients.badMrn') : undefined}
          value={input}
          onChange={setInput}
          autocomplete="off"
        />
      </div>
      {info && !badMrn && <Notice kind="error">{errorText.message(info)}</Notice>}
      {patients && !badMrn && (
        <p className="cg-list-meta" aria-live="polite">
          {t('patients.count', { count: patients.totalCount })}
          {loading && <IonSpinner name="dots" aria-label={t('app.loading')} />}
        </p>
      )}
      {loading && !patients && <IonSpinner aria-label={t('app.loading')} />}
      {patients?.nodes.length === 0 && !badMrn && <p className="cg-muted">{t('patients.empty')}</p>}
      {patients && patients.nodes.length > 0 && !badMrn && (
        <IonList inset lines="full" data-testid="patient-results">
          {patients.nodes.map((p) => (
            <PatientListItem key={p.id} patient={p} href={`/app/patients/${p.id}`} />
          ))}
        </IonList>
      )}
      {patients?.pageInfo.hasNextPage && !badMrn && (
        <IonButton
          expand="block"
          fill="outline"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({
              variables: { after: patients.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                patients: {
                  ...fetchMoreResult.patients,
                  nodes: [...prev.patients.nodes, ...fetchMoreResult.patients.nodes],
                },
              }),
            }).finally(() => {
              setLoadingMore(false);
            });
          }}
        >
          {t('patients.loadMore')}
        </IonButton>
      )}
    </PageLayout>
  );
}
