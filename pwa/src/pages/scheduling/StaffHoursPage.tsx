import { useQuery } from '@apollo/client/react';
import { IonButton, IonItem, IonLabel, IonList, IonSpinner } from '@ionic/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { summariseWeek, summaryLanguage } from '../../features/scheduling/week-summary';
import '../../features/scheduling/scheduling.css';
import { StaffHoursRosterDocument } from '../../gql/graphql';

const PAGE_SIZE = 20;

/** R18: a manager finds a staff member and reads their week at a glance, then opens it. */
export default function StaffHoursPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const id = window.setTimeout(() => {
      setSearch(searchInput.trim());
    }, 300);
    return () => {
      window.clearTimeout(id);
    };
  }, [searchInput]);

  // A week saved on the person's page comes back here: read the network each time the list shows.
  const { data, error, loading, fetchMore } = useQuery(StaffHoursRosterDocument, {
    variables: { search: search || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const roster = data?.staffHoursRoster;
  const language = summaryLanguage(i18n.language);

  return (
    <PageLayout title={t('scheduling.staffHours.title')} backHref="/app/home">
      <div className="cg-filters">
        <TextField
          name="search"
          type="search"
          label={t('scheduling.staffHours.search')}
          value={searchInput}
          onChange={setSearchInput}
        />
      </div>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {roster && (
        <p className="cg-list-meta" aria-live="polite">
          {t('scheduling.staffHours.count', { count: roster.totalCount })}
        </p>
      )}
      {loading && !roster && <IonSpinner aria-label={t('app.loading')} />}
      {roster?.nodes.length === 0 && <p className="cg-muted">{t('scheduling.staffHours.empty')}</p>}
      {roster && roster.nodes.length > 0 && (
        <IonList
          inset
          lines="full"
          data-testid="staff-hours-list"
          aria-label={t('scheduling.staffHours.list')}
        >
          {roster.nodes.map((p) => {
            const week = summariseWeek(p.spans, language);
            return (
              <IonItem
                key={p.userId}
                routerLink={`/app/staff-hours/${p.userId}`}
                detail
                className="cg-staff-hours-item"
                data-testid="staff-hours-person"
              >
                <IonLabel className="ion-text-wrap">
                  <h3>{p.displayName}</h3>
                  {/* The job title says more than the role ("Biologiste · Biologiste" said it twice). */}
                  <p>{p.jobTitle ?? t(`roles.${p.role}`)}</p>
                  <p className="cg-week-summary" data-testid="week-summary">
                    {week || t('scheduling.staffHours.noHours')}
                  </p>
                </IonLabel>
              </IonItem>
            );
          })}
        </IonList>
      )}
      {roster?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
          disabled={loadingMore}
          data-testid="load-more"
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { after: roster.pageInfo.endCursor } }).finally(() => {
              setLoadingMore(false);
            });
          }}
        >
          {t('scheduling.staffHours.loadMore')}
        </IonButton>
      )}
    </PageLayout>
  );
}
