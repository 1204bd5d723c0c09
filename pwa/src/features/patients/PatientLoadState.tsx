import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { useErrorText } from '../../app/use-error-text';

/**
 * While a patient's record is not there: a spinner, or why it failed ("not found" for a record
 * that does not exist or that the role may not see: the API answers the same for both).
 */
export function PatientLoadState({ loading, error }: { loading: boolean; error?: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <>
      {loading && <IonSpinner aria-label={t('app.loading')} />}
      {error !== undefined && (
        <Notice kind="error">
          {errorText.info(error).code === 'NOT_FOUND'
            ? t('patients.notFound')
            : errorText.message(errorText.info(error))}
        </Notice>
      )}
    </>
  );
}
