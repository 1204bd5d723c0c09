import { useQuery } from '@apollo/client/react';
import { IonIcon } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageLayout } from '../../app/components/PageLayout';
import { formatDate } from '../../app/format';
import { shortcutsFor, useAppPages } from '../../app/page-registry';
import { useSession } from '../../app/session/SessionContext';
import { VerifyEmailBanner } from '../../features/account/VerifyEmailBanner';
import { MeDocument } from '../../gql/graphql';

function greetingKey(hour: number) {
  if (hour < 12) return 'home.greetingMorning' as const;
  if (hour < 18) return 'home.greetingAfternoon' as const;
  return 'home.greetingEvening' as const;
}

/** A home per role: who you are, and only the pages your role can use. */
export default function HomePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const pages = useAppPages();
  const role = user?.role ?? 'PATIENT';
  const { data } = useQuery(MeDocument);
  const patient = data?.me.patient;
  const shortcuts = shortcutsFor(pages, { role, capabilities: user?.capabilities });

  return (
    <PageLayout title={t('nav.home')}>
      <section className="cg-card" data-testid="home" data-role={role}>
        <h2>{t(greetingKey(new Date().getHours()), { name: user?.givenName ?? '' })}</h2>
        <p className="cg-muted">
          {t('home.signedInAs', { role: t(`roles.${role}`) })}{' '}
          <span className="cg-badge" data-testid="role-badge">
            {t(`roles.${role}`)}
          </span>
        </p>
      </section>
      {data?.me.role === 'PATIENT' && !data.me.emailVerifiedAt && (
        <VerifyEmailBanner email={data.me.email} />
      )}
      {patient && (
        <section className="cg-card" aria-labelledby="my-record" data-testid="patient-record">
          <h2 id="my-record">{t('home.myRecord')}</h2>
          <p>
            <strong>{patient.displayName}</strong>
          </p>
          <dl className="cg-dl">
            <dt>{t('home.mrn')}</dt>
            <dd>{patient.mrn}</dd>
            <dt>{t('home.birthDate')}</dt>
            <dd>{formatDate(patient.birthDate, i18n.language)}</dd>
            <dt>{t('home.sex')}</dt>
            <dd>{t(`sex.${patient.sex}`)}</dd>
            {patient.phone && (
              <>
                <dt>{t('home.phone')}</dt>
                <dd>{patient.phone}</dd>
              </>
            )}
            {patient.email && (
              <>
                <dt>{t('home.email')}</dt>
                <dd>{patient.email}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      <section aria-labelledby="shortcuts">
        <h2 id="shortcuts" className="cg-section-title">
          {t('home.shortcuts')}
        </h2>
        <nav className="cg-shortcuts">
          {shortcuts.map((s) => (
            <Link key={s.path} to={`/app/${s.path}`} className="cg-shortcut">
              <IonIcon icon={s.icon} aria-hidden="true" />
              <div>
                <strong>{t(s.label)}</strong>
                <span>{t(s.description)}</span>
              </div>
            </Link>
          ))}
        </nav>
      </section>
    </PageLayout>
  );
}
