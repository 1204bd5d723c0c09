import { useTranslation } from 'react-i18next';
import type { News2Risk } from '../../gql/graphql';

/** The NEWS2 score with its risk band, in colour and in words. */
export function News2Badge({
  score,
  risk,
  large = false,
}: {
  score: number | null | undefined;
  risk: News2Risk | null | undefined;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const size = large ? ' cg-news2-large' : '';
  if (score === null || score === undefined || !risk) {
    return <span className={`cg-news2 cg-news2-none${size}`}>{t('records.news2.none')}</span>;
  }
  return (
    <span className={`cg-news2 cg-news2-${risk}${size}`} data-testid="news2" data-risk={risk}>
      <span>{t('records.news2.score', { score })}</span>
      <span>· {t(`records.news2.risk.${risk}`)}</span>
    </span>
  );
}
