import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { RecordsLabResultFragment } from '../../gql/graphql';
import { num, resultValue, testName } from './labels';

/** One result: value, flag in words and colour, reference range, validation state. */
export function LabResultLine({ result: r }: { result: RecordsLabResultFragment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hasRange = r.referenceLow !== null && r.referenceHigh !== null;
  return (
    <li className="cg-rec-row" data-testid="lab-result" data-flag={r.flag}>
      <span>
        <strong>{testName(r, lang)}</strong> {resultValue(r, lang)}
        <span className="cg-rec-sub">
          {hasRange &&
            `${t('records.labs.reference', {
              low: num(r.referenceLow ?? 0, lang, 2),
              high: num(r.referenceHigh ?? 0, lang, 2),
            })} · `}
          {formatDateTime(r.occurredAt, lang)}
          {!r.validatedAt && ` · ${t('records.labs.pendingValidation')}`}
        </span>
      </span>
      <span className={`cg-badge cg-flag-${r.flag}`}>{t(`records.labs.flag.${r.flag}`)}</span>
    </li>
  );
}
