import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formValues } from '../../app/components/form-values';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { TextField } from '../../app/components/TextField';
import { useSessionManager } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import {
  hasErrors,
  validateRegistration,
  type RegistrationValues,
} from '../../features/forms/validation';
import { RegisterPatientDocument, type Sex } from '../../gql/graphql';
import { isLanguage } from '../../i18n';

type Field = keyof RegistrationValues;
const SEXES: readonly Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default function RegisterPage() {
  const { t, i18n } = useTranslation();
  const session = useSessionManager();
  const errorText = useErrorText();
  const [values, setValues] = useState<RegistrationValues>({
    givenNames: '',
    familyName: '',
    birthDate: '',
    sex: '',
    phone: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [register, { loading }] = useMutation(RegisterPatientDocument);

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const current = {
      ...values,
      ...formValues(event.currentTarget, Object.keys(values) as Field[]),
    };
    setValues(current);
    const local = validateRegistration(current, today());
    const translated: Partial<Record<Field, string>> = {};
    for (const [k, v] of Object.entries(local) as [Field, string][]) {
      translated[k] = t(`validation.${v}` as 'validation.required');
    }
    setErrors(translated);
    if (hasErrors(translated)) {
      setFailure(t('register.fixErrors'));
      return;
    }
    try {
      const { data } = await register({
        variables: {
          input: {
            givenNames: current.givenNames.trim(),
            familyName: current.familyName.trim(),
            birthDate: current.birthDate,
            sex: current.sex as Sex,
            phone: current.phone.trim(),
            email: current.email.trim(),
            password: current.password,
            locale: isLanguage(i18n.language) ? i18n.language : 'en',
          },
        },
      });
      if (!data) return;
      session.signIn(data.registerPatient);
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(errorText.message(info));
    }
  }

  return (
    <PageLayout title={t('register.title')} backHref="/login">
      <section className="cg-card cg-narrow">
        <p className="cg-muted">{t('register.intro')}</p>
        <form className="cg-form" onSubmit={(e) => void submit(e)} noValidate>
          {failure && <Notice kind="error">{failure}</Notice>}
          <TextField
            name="givenNames"
            label={t('register.givenNames')}
            autocomplete="given-name"
            value={values.givenNames}
            onChange={set('givenNames')}
            error={errors.givenNames}
            required
          />
          <TextField
            name="familyName"
            label={t('register.familyName')}
            autocomplete="family-name"
            value={values.familyName}
            onChange={set('familyName')}
            error={errors.familyName}
            required
          />
          <TextField
            name="birthDate"
            type="date"
            label={t('register.birthDate')}
            autocomplete="bday"
            value={values.birthDate}
            onChange={set('birthDate')}
            error={errors.birthDate}
            required
          />
          <SelectField<Sex>
            name="sex"
            label={t('register.sex')}
            value={values.sex as Sex | ''}
            options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            onChange={set('sex')}
            placeholder={t('app.choose')}
            error={errors.sex}
          />
          <TextField
            name="phone"
            type="tel"
            label={t('register.phone')}
            autocomplete="tel"
            value={values.phone}
            onChange={set('phone')}
            error={errors.phone}
            required
          />
          <TextField
            name="email"
            type="email"
            label={t('register.email')}
            autocomplete="email"
            value={values.email}
            onChange={set('email')}
            error={errors.email}
            required
          />
          <TextField
            name="password"
            type="password"
            label={t('register.password')}
            autocomplete="new-password"
            helper={t('register.passwordHint')}
            value={values.password}
            onChange={set('password')}
            error={errors.password}
            required
          />
          <IonButton type="submit" expand="block" disabled={loading}>
            {loading ? t('register.submitting') : t('register.submit')}
          </IonButton>
        </form>
      </section>
      <p className="cg-link-row">
        {t('register.haveAccount')} <Link to="/login">{t('register.signIn')}</Link>
      </p>
    </PageLayout>
  );
}
