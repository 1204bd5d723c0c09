import { useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonItem, IonLabel, IonList, IonNote, IonSpinner } from '@ionic/react';
import { addOutline } from 'ionicons/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { useErrorText } from '../../app/use-error-text';
import { roleOptions } from '../../features/users/roles';
import { UsersDocument, type Role } from '../../gql/graphql';

const PAGE_SIZE = 20;

export default function UsersPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const id = window.setTimeout(() => {
      setSearch(searchInput.trim());
    }, 300);
    return () => {
      window.clearTimeout(id);
    };
  }, [searchInput]);

  const { data, error, loading, fetchMore } = useQuery(UsersDocument, {
    variables: { search: search || null, role: role || null, first: PAGE_SIZE },
  });
  const users = data?.users;

  return (
    <PageLayout
      title={t('users.title')}
      actions={
        <IonButton routerLink="/app/users/new" data-testid="new-user">
          <IonIcon slot="start" icon={addOutline} aria-hidden="true" />
          {t('users.create')}
        </IonButton>
      }
    >
      <div className="cg-filters">
        <TextField
          name="search"
          type="search"
          label={t('users.search')}
          value={searchInput}
          onChange={setSearchInput}
        />
        <SelectField<Role>
          name="role"
          label={t('users.role')}
          value={role}
          options={roleOptions(t, true)}
          onChange={setRole}
        />
      </div>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {users && (
        <p className="cg-list-meta" aria-live="polite">
          {t('users.count', { count: users.totalCount })}
        </p>
      )}
      {loading && !users && <IonSpinner aria-label={t('app.loading')} />}
      {users?.nodes.length === 0 && <p className="cg-muted">{t('users.empty')}</p>}
      {users && users.nodes.length > 0 && (
        <IonList inset lines="full" data-testid="users-list">
          {users.nodes.map((u) => (
            <IonItem key={u.id} routerLink={`/app/users/${u.id}`} detail>
              <IonLabel>
                <h3>{u.displayName}</h3>
                <p>{u.email}</p>
              </IonLabel>
              <div slot="end" className="cg-item-badges">
                <span className="cg-badge">{t(`roles.${u.role}`)}</span>
                {!u.active && (
                  <span className="cg-badge cg-badge-danger">{t('users.disabled')}</span>
                )}
                {u.mustChangePassword && u.active && (
                  <IonNote className="cg-badge cg-badge-warn">{t('users.mustChange')}</IonNote>
                )}
              </div>
            </IonItem>
          ))}
        </IonList>
      )}
      {users?.pageInfo.hasNextPage && (
        <IonButton
          expand="block"
          fill="outline"
          disabled={loadingMore}
          data-testid="load-more"
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { after: users.pageInfo.endCursor } }).finally(() => {
              setLoadingMore(false);
            });
          }}
        >
          {t('users.loadMore')}
        </IonButton>
      )}
    </PageLayout>
  );
}
