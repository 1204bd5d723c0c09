import type { TFunction } from 'i18next';
import { STAFF_ROLES } from '../../app/page-registry';
import type { Role } from '../../gql/graphql';

export function roleOptions(t: TFunction, withAll: boolean) {
  const roles = STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return withAll ? [{ value: '' as Role | '', label: t('users.allRoles') }, ...roles] : roles;
}
