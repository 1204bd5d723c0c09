import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import type { ErrorInfo } from '../../app/errors';
import {
  validatePatientForm,
  type PatientField,
  type PatientFieldProblem,
  type PatientFormValues,
} from './patient-form';
import type { PatientFormErrors } from './PatientFields';

/** Today as YYYY-MM-DD, local time. */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** State, local checks and server field errors of the patient form. */
export function usePatientForm(initial: () => PatientFormValues) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<PatientFormValues>(initial);
  const [errors, setErrors] = useState<PatientFormErrors>({});

  function problemText(problem: PatientFieldProblem): string {
    if (problem === 'country') return t('patients.invalid.country');
    if (problem === 'number') return t('patients.invalid.number');
    return t(`validation.${problem}`);
  }

  return {
    values,
    errors,
    setValues,
    onChange: (field: PatientField, value: string) => {
      setValues((v) => ({ ...v, [field]: value }));
      if (errors[field]) {
        setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)));
      }
    },
    /** Runs the local checks; true when the form may be sent. */
    check: (): boolean => {
      const local = validatePatientForm(values, localToday());
      const out: PatientFormErrors = {};
      for (const [field, problem] of Object.entries(local) as [
        PatientField,
        PatientFieldProblem,
      ][]) {
        out[field] = problemText(problem);
      }
      setErrors(out);
      return Object.keys(out).length === 0;
    },
    /** Puts the API's `extensions.fields` on their inputs. */
    showServerErrors: (info: ErrorInfo) => {
      setErrors(errorText.fields(info));
    },
  };
}
