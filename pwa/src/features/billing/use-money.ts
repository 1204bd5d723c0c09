import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BillingSettingsDocument } from '../../gql/graphql';
import { EUR, formatMoney, type Currency } from './money';

/**
 * The hospital's currency (`billingSettings`, read once and cached) and a formatter in the
 * reader's language. Until it arrives amounts read as euros, the default installation's.
 */
export function useMoney(): { money: Currency; fmt: (minor: number) => string } {
  const { i18n } = useTranslation();
  const { data } = useQuery(BillingSettingsDocument, { fetchPolicy: 'cache-first' });
  const money = data?.billingSettings ?? EUR;
  return { money, fmt: (minor) => formatMoney(minor, money, i18n.language) };
}
