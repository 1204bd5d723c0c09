import { useMutation, useQuery } from '@apollo/client/react';
import {
  IonButton,
  IonIcon,
  IonLabel,
  IonSegment,
  IonSegmentButton,
  IonSpinner,
} from '@ionic/react';
import {
  documentTextOutline,
  flaskOutline,
  medkitOutline,
  pulseOutline,
  createOutline,
  pricetagOutline,
} from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { useSession } from '../../app/session/SessionContext';
import { useReadingOffline } from '../../app/offline-source';
import { useErrorText } from '../../app/use-error-text';
import { PendingEntries } from '../offline/PendingEntries';
import { EmergencyAccessBanner, EmergencyAccessOffer } from '../break-glass';
import { PatientHeader } from '../patients';
import { ChartFiles } from './ChartFiles';
import { ChartLabs } from './ChartLabs';
import { ChartSummary } from './ChartSummary';
import { ChartTimeline } from './ChartTimeline';
import { MedicationRecord } from './MedicationRecord';
import { UrgentBanner } from './UrgentBanner';
import { VitalsChart } from './VitalsChart';
import { VitalsSummary } from './VitalsSummary';
import './records.css';
import { ConfirmAction } from './ConfirmAction';
import { Prescription } from './RecordList';
import { PatientChartDocument, StopPrescriptionDocument } from '../../gql/graphql';

const SECTIONS = ['summary', 'timeline', 'vitals', 'medications', 'labs', 'files'] as const;
type Section = (typeof SECTIONS)[number];

function isSection(s: string | null): s is Section {
  return (SECTIONS as readonly (string | null)[]).includes(s);
}

/**
 * The patient chart: header, actions for the role, then one section at a time. The screen of two
 * routes (the chart, and the chart opened on its labs by a lab notification).
 */
export function ChartView({ initial = 'summary' }: { initial?: Section }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const asked = params.get('section');
  const section: Section = isSection(asked) ? asked : initial;
  const doctor = user?.role === 'DOCTOR';
  const nurse = user?.role === 'NURSE';
  // Read from the device: only what the outbox can hold (vitals, care notes, doses) is offered.
  const offline = useReadingOffline() !== null;
  const { data, error, loading } = useQuery(PatientChartDocument, { variables: { patientId: id } });
  const [stopPrescription] = useMutation(StopPrescriptionDocument, {
    refetchQueries: ['PatientChart', 'PatientTimeline', 'MedicationSchedule'],
    awaitRefetchQueries: true,
  });
  const chart = data?.patientChart;
  const base = `/app/patients/${id}/chart`;

  // Kept out (or no such patient): break-the-glass decides what to offer, nothing else shows.
  if (error && errorText.info(error).code === 'NOT_FOUND') {
    return (
      <PageLayout title={t('records.chartTitle')} backHref="/app/charts">
        <PatientHeader patientId={id} />
        <EmergencyAccessOffer patientId={id} />
      </PageLayout>
    );
  }

  return (
    <PageLayout title={t('records.chartTitle')} backHref="/app/charts">
      {doctor && <UrgentBanner />}
      <PatientHeader patientId={id} />
      <EmergencyAccessBanner patientId={id} />
      <PendingEntries patientId={id} />
      <nav className="cg-rec-actions" aria-label={t('records.actions.label')}>
        {doctor && !offline && (
          <>
            <IonButton routerLink={`${base}/note`} data-testid="action-note">
              <IonIcon slot="start" icon={createOutline} aria-hidden="true" />
              {t('records.actions.note')}
            </IonButton>
            <IonButton
              routerLink={`${base}/diagnosis`}
              fill="outline"
              data-testid="action-diagnosis"
            >
              <IonIcon slot="start" icon={pricetagOutline} aria-hidden="true" />
              {t('records.actions.diagnose')}
            </IonButton>
            <IonButton routerLink={`${base}/prescribe`} data-testid="action-prescribe">
              <IonIcon slot="start" icon={medkitOutline} aria-hidden="true" />
              {t('records.actions.prescribe')}
            </IonButton>
            <IonButton
              routerLink={`${base}/order-labs`}
              fill="outline"
              data-testid="action-order-labs"
            >
              <IonIcon slot="start" icon={flaskOutline} aria-hidden="true" />
              {t('records.actions.orderLabs')}
            </IonButton>
          </>
        )}
        {(nurse || doctor) && (
          <>
            <IonButton
              routerLink={`${base}/vitals`}
              fill={nurse ? 'solid' : 'outline'}
              data-testid="action-vitals"
            >
              <IonIcon slot="start" icon={pulseOutline} aria-hidden="true" />
              {t('records.actions.vitals')}
            </IonButton>
            <IonButton
              routerLink={`${base}/care-note`}
              fill="outline"
              data-testid="action-care-note"
            >
              <IonIcon slot="start" icon={documentTextOutline} aria-hidden="true" />
              {t('records.actions.careNote')}
            </IonButton>
          </>
        )}
      </nav>
      <IonSegment
        className="cg-rec-segment"
        scrollable
        value={section}
        aria-label={t('records.sections.label')}
        onIonChange={(e) => {
          const next = String(e.detail.value);
          setParams(isSection(next) ? { section: next } : {}, { replace: true });
        }}
      >
        {SECTIONS.map((s) => (
          <IonSegmentButton key={s} value={s} data-testid={`section-${s}`}>
            <IonLabel>{t(`records.sections.${s}`)}</IonLabel>
          </IonSegmentButton>
        ))}
      </IonSegment>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {loading && !chart && <IonSpinner aria-label={t('app.loading')} />}
      {chart && section === 'summary' && <ChartSummary chart={chart} doctor={doctor} />}
      {section === 'timeline' && <ChartTimeline patientId={id} />}
      {chart && section === 'vitals' && (
        <>
          <section className="cg-card" aria-labelledby="vitals-latest">
            <h2 id="vitals-latest">{t('records.summary.latestVitals')}</h2>
            {chart.latestVitals ? (
              <VitalsSummary vitals={chart.latestVitals} />
            ) : (
              <p className="cg-muted">{t('records.vitals.none')}</p>
            )}
          </section>
          {chart.vitalsTrend.length > 0 && (
            <section className="cg-card" aria-labelledby="vitals-trend">
              <h2 id="vitals-trend">{t('records.vitals.trend')}</h2>
              <VitalsChart trend={chart.vitalsTrend} />
            </section>
          )}
        </>
      )}
      {section === 'medications' && (
        <>
          <MedicationRecord patientId={id} canRecord={nurse} />
          {chart && (
            <section className="cg-card" aria-labelledby="rx-title">
              <h2 id="rx-title">{t('records.medications.prescriptions')}</h2>
              {chart.activePrescriptions.length === 0 && (
                <p className="cg-muted">{t('records.summary.noPrescriptions')}</p>
              )}
              <ul className="cg-rec-list" data-testid="prescriptions">
                {chart.activePrescriptions.map((rx) => (
                  <li key={rx.id} data-testid="prescription" data-medication={rx.medicationName}>
                    <Prescription rx={rx} />
                    {rx.instructions && <span className="cg-rec-sub">{rx.instructions}</span>}
                    {doctor && !offline && (
                      <ConfirmAction
                        label={t('records.prescriptions.stop')}
                        confirmLabel={t('records.prescriptions.stopConfirm', {
                          name: rx.medicationName,
                        })}
                        reasonLabel={t('records.prescriptions.stopReason')}
                        testId="prescription-stop"
                        danger
                        onConfirm={(reason) =>
                          stopPrescription({ variables: { input: { id: rx.id, reason } } })
                        }
                      />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {section === 'labs' && <ChartLabs patientId={id} />}
      {section === 'files' && <ChartFiles patientId={id} />}
    </PageLayout>
  );
}
