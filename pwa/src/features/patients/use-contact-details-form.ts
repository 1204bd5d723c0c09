import { useMutation } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { checkPhone } from '../forms/validation';
import { UpdateMyContactDetailsDocument, type MyPatientProfileQuery } from '../../gql/graphql';

export type MyPatient = NonNullable<MyPatientProfileQuery['me']['patient']>;

export type ContactField =
  | 'phone'
  | 'secondaryPhone'
  | 'email'
  | 'preferredLanguage'
  | 'address.line1'
  | 'address.line2'
  | 'address.postalCode'
  | 'address.city'
  | 'address.country'
  | 'emergencyContact.name'
  | 'emergencyContact.relation'
  | 'emergencyContact.phone';
type ContactValues = Record<ContactField, string>;

function contactFrom(p: MyPatient): ContactValues {
  return {
    phone: p.phone ?? '',
    secondaryPhone: p.secondaryPhone ?? '',
    email: p.email ?? '',
    preferredLanguage: p.preferredLanguage,
    'address.line1': p.address?.line1 ?? '',
    'address.line2': p.address?.line2 ?? '',
    'address.postalCode': p.address?.postalCode ?? '',
    'address.city': p.address?.city ?? '',
    'address.country': p.address?.country ?? '',
    'emergencyContact.name': p.emergencyContact?.name ?? '',
    'emergencyContact.relation': p.emergencyContact?.relation ?? '',
    'emergencyContact.phone': p.emergencyContact?.phone ?? '',
  };
}

/**
 * A patient's own contact details: state, local checks, then the save, which carries the version
 * read so that a concurrent change by reception is refused rather than overwritten.
 */
export function useContactDetailsForm(patient: MyPatient, onSaved: () => void) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<ContactValues>(() => contactFrom(patient));
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateMyContactDetailsDocument);

  function check(): Partial<Record<ContactField, string>> {
    const local: Partial<Record<ContactField, string>> = {};
    for (const name of ['phone', 'secondaryPhone', 'emergencyContact.phone'] as const) {
      if (checkPhone(values[name], false)) local[name] = t('validation.phone');
    }
    if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
      local.email = t('validation.email');
    }
    if (!/^([A-Za-z]{2})?$/.test(values['address.country'].trim())) {
      local['address.country'] = t('patients.invalid.country');
    }
    return local;
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(null);
    const local = check();
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setFailure(t('register.fixErrors'));
      return;
    }
    try {
      await save({
        variables: {
          input: {
            version: patient.version,
            phone: values.phone.trim(),
            secondaryPhone: values.secondaryPhone.trim(),
            email: values.email.trim(),
            preferredLanguage: values.preferredLanguage,
            address: {
              line1: values['address.line1'].trim(),
              line2: values['address.line2'].trim(),
              postalCode: values['address.postalCode'].trim(),
              city: values['address.city'].trim(),
              country: values['address.country'].trim().toUpperCase(),
            },
            emergencyContact: {
              name: values['emergencyContact.name'].trim(),
              relation: values['emergencyContact.relation'].trim(),
              phone: values['emergencyContact.phone'].trim(),
            },
          },
        },
      });
      onSaved();
    } catch (error) {
      const info = errorText.info(error);
      if (info.code === 'BAD_USER_INPUT') setErrors(errorText.fields(info));
      setFailure(info.code === 'CONFLICT' ? t('patients.conflict') : errorText.message(info));
    }
  }

  return {
    values,
    errors,
    failure,
    saving: loading,
    set: (name: ContactField, value: string) => {
      setValues((v) => ({ ...v, [name]: value }));
    },
    submit,
  };
}
