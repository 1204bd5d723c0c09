import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
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
  CreateUserDocument,
  type CreateUserMutation,
  type Locale,
  type Role,
} from '../../gql/graphql';
import { LANGUAGES } from '../../i18n';

const EMPTY: StaffForm = {
  email: '',
  role: '',
  givenName: '',
  familyName: '',
  phone: '',
  jobTitle: '',
};

export default function CreateUserPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<StaffForm>(EMPTY);
  const [locale, setLocale] = useState<Locale | ''>(i18n.language === 'fr' ? 'fr' : 'en');
  const [errors, setErrors] = useState<StaffErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateUserMutation['createUser'] | null>(null);
  const [createUser, { loading }] = useMutation(CreateUserDocument, { refetchQueries: ['Users'] });

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local = staffErrors(values, true, validateStaff, (k) => t(k as 'validation.required'));
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const { data } = await createUser({
        variables: {
          input: {
            email: values.email.trim(),
            role: values.role as Role,
            givenName: values.givenName.trim(),
            familyName: values.familyName.trim(),
            phone: values.phone.trim() || null,
            jobTitle: values.jobTitle.trim() || null,
            locale: locale || null,
          },
        },
      });
      if (data) setCreated(data.createUser);
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT')
        setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <PageLayout title={t('users.createTitle')} backHref="/app/users">
      {created ? (
        <div className="cg-narrow">
          <Notice kind="success">{t('users.created', { name: created.user.displayName })}</Notice>
          <TemporaryPassword password={created.temporaryPassword} />
          <div className="cg-actions">
            <IonButton routerLink="/app/users" routerDirection="back" data-testid="done">
              {t('users.done')}
            </IonButton>
            <IonButton
              fill="outline"
              onClick={() => {
                setCreated(null);
                setValues(EMPTY);
              }}
            >
              {t('users.create')}
            </IonButton>
          </div>
        </div>
      ) : (
        <section className="cg-card">
          <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
            {failure && <Notice kind="error">{failure}</Notice>}
            <StaffFields
              values={values}
              errors={errors}
              withEmail
              onChange={(field, value) => {
                setValues((v) => ({ ...v, [field]: value }));
              }}
            />
            <SelectField<Locale>
              name="locale"
              label={t('users.locale')}
              value={locale}
              options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
              onChange={setLocale}
            />
            <IonButton type="submit" expand="block" disabled={loading} data-testid="create-user">
              {t('users.submitCreate')}
            </IonButton>
          </form>
        </section>
      )}
    </PageLayout>
  );
}
