import { useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDateTime } from '../../app/format';
import { useErrorText } from '../../app/use-error-text';
import { validateStaff } from '../../features/forms/validation';
import {
  StaffFields,
  staffErrors,
  type StaffErrors,
  type StaffForm,
} from '../../features/users/StaffFields';
import { TemporaryPassword } from '../../features/users/TemporaryPassword';
import {
  ResetUserMfaDocument,
  ResetUserPasswordDocument,
  UpdateUserDocument,
  UserDocument,
  type Role,
  type UserFieldsFragment,
} from '../../gql/graphql';

function toForm(u: UserFieldsFragment): StaffForm {
  return {
    email: u.email,
    role: u.role,
    givenName: u.givenName,
    familyName: u.familyName,
    phone: u.phone ?? '',
    jobTitle: u.jobTitle ?? '',
  };
}

function EditUser({ user }: { user: UserFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState<{ message: string; run: () => Promise<void> } | null>(
    null,
  );
  const [values, setValues] = useState<StaffForm>(() => toForm(user));
  const [errors, setErrors] = useState<StaffErrors>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [updateUser, { loading: saving }] = useMutation(UpdateUserDocument);
  const [resetPassword, { loading: resetting }] = useMutation(ResetUserPasswordDocument);
  const [resetMfa, { loading: resettingMfa }] = useMutation(ResetUserMfaDocument);
  const isPatient = user.role === 'PATIENT';

  function fail(error: unknown) {
    const info = errorText.info(error);
    if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
    setNotice({ kind: 'error', text: errorText.message(info) });
  }

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    setNotice(null);
    const local = staffErrors(values, false, validateStaff, (k) => t(k as 'validation.required'));
    if (isPatient) delete local.role;
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await updateUser({
        variables: {
          input: {
            id: user.id,
            ...(isPatient ? {} : { role: values.role as Role }),
            givenName: values.givenName.trim(),
            familyName: values.familyName.trim(),
            phone: values.phone.trim(),
            jobTitle: values.jobTitle.trim(),
          },
        },
      });
      setNotice({ kind: 'success', text: t('users.saved') });
    } catch (error) {
      fail(error);
    }
  }

  function confirm(message: string, run: () => Promise<void>) {
    setPending({ message, run });
  }

  const toggleActive = () => {
    const enable = !user.active;
    const run = async () => {
      setNotice(null);
      try {
        await updateUser({ variables: { input: { id: user.id, active: enable } } });
        setNotice({
          kind: 'success',
          text: enable ? t('users.enabledDone') : t('users.disabledDone'),
        });
      } catch (error) {
        fail(error);
      }
    };
    if (enable) void run();
    else confirm(t('users.disableConfirm'), run);
  };

  const reset = () => {
    confirm(t('users.resetConfirm'), async () => {
      setNotice(null);
      try {
        const { data } = await resetPassword({ variables: { input: { id: user.id } } });
        if (data) setTemporary(data.resetUserPassword.temporaryPassword);
        setNotice({ kind: 'success', text: t('users.resetDone') });
      } catch (error) {
        fail(error);
      }
    });
  };

  const resetTwoStep = () => {
    confirm(t('mfa.resetConfirm'), async () => {
      setNotice(null);
      try {
        await resetMfa({ variables: { id: user.id } });
        setNotice({ kind: 'success', text: t('mfa.resetDone') });
      } catch (error) {
        fail(error);
      }
    });
  };

  return (
    <>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {temporary && <TemporaryPassword password={temporary} />}
      <section className="cg-card" aria-labelledby="user-title">
        <h2 id="user-title">{user.displayName}</h2>
        <dl className="cg-dl">
          <dt>{t('users.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('users.status')}</dt>
          <dd data-testid="user-status">
            {user.active ? (
              <span className="cg-badge">{t('users.active')}</span>
            ) : (
              <span className="cg-badge cg-badge-danger">{t('users.disabled')}</span>
            )}{' '}
            {user.mustChangePassword && (
              <span className="cg-badge cg-badge-warn">{t('users.mustChange')}</span>
            )}
          </dd>
          {!isPatient && (
            <>
              <dt>{t('mfa.accountTitle')}</dt>
              <dd data-testid="user-mfa">
                <span className={user.mfaEnabled ? 'cg-badge' : 'cg-badge cg-badge-warn'}>
                  {user.mfaEnabled ? t('mfa.on') : t('mfa.off')}
                </span>
              </dd>
            </>
          )}
          <dt>{t('users.lastLogin')}</dt>
          <dd>
            {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('users.never')}
          </dd>
          <dt>{t('users.createdAt')}</dt>
          <dd>{formatDateTime(user.createdAt, i18n.language)}</dd>
        </dl>
      </section>
      <section className="cg-card">
        <form className="cg-form" onSubmit={(e) => void save(e)} noValidate>
          <StaffFields
            values={values}
            errors={errors}
            withEmail={false}
            onChange={(field, value) => {
              setValues((v) => ({ ...v, [field]: value }));
            }}
          />
          <IonButton type="submit" expand="block" disabled={saving} data-testid="save-user">
            {t('users.save')}
          </IonButton>
        </form>
      </section>
      {pending && (
        <section className="cg-card cg-confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{pending.message}</p>
          <div className="cg-actions">
            <IonButton
              fill="outline"
              onClick={() => {
                setPending(null);
              }}
            >
              {t('users.cancel')}
            </IonButton>
            <IonButton
              color="danger"
              data-testid="confirm"
              onClick={() => {
                setPending(null);
                void pending.run();
              }}
            >
              {t('users.confirm')}
            </IonButton>
          </div>
        </section>
      )}
      <section className="cg-card cg-actions">
        <IonButton fill="outline" onClick={reset} disabled={resetting} data-testid="reset-password">
          {t('users.resetPassword')}
        </IonButton>
        {user.mfaEnabled && (
          <IonButton
            fill="outline"
            onClick={resetTwoStep}
            disabled={resettingMfa}
            data-testid="reset-mfa"
          >
            {t('mfa.reset')}
          </IonButton>
        )}
        <IonButton
          fill="outline"
          color={user.active ? 'danger' : 'success'}
          onClick={toggleActive}
          disabled={saving}
          data-testid="toggle-active"
        >
          {user.active ? t('users.disable') : t('users.enable')}
        </IonButton>
      </section>
    </>
  );
}

export default function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  const { data, error, loading } = useQuery(UserDocument, { variables: { id } });
  return (
    <PageLayout title={t('users.editTitle')} backHref="/app/users">
      {loading && !data && <IonSpinner aria-label={t('app.loading')} />}
      {error && !data && (
        <Notice kind="error">
          {errorText.info(error).code === 'NOT_FOUND'
            ? t('users.notFound')
            : errorText.message(errorText.info(error))}
        </Notice>
      )}
      {data && <EditUser key={data.user.id} user={data.user} />}
    </PageLayout>
  );
}
