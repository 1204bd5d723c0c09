import { skipToken, useQuery } from '@apollo/client/react';
import { IonButton, IonIcon, IonSpinner } from '@ionic/react';
import { medicalOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { formatTime } from '../../app/format';
import { useSession } from '../../app/session/SessionContext';
import { useErrorText } from '../../app/use-error-text';
import { itemDetails } from '../../features/pharmacy/components/ItemPicker';
import { useStockLocations } from '../../features/pharmacy/components/LocationSelect';
import {
  WorklistDispense,
  type WorklistRow,
} from '../../features/pharmacy/components/WorklistDispense';
import { formatCount } from '../../features/pharmacy/dates';
import '../../features/pharmacy/pharmacy.css';
import { itemName } from '../../features/pharmacy/stock-list';
import { groupByPatient } from '../../features/pharmacy/worklist';
import '../../features/wards/wards.css';
import { DispensingWorklistDocument } from '../../gql/graphql';

/** Needed, covered and still to dispense, each with its label. */
function Figures({ row }: { row: WorklistRow }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const unit = row.item.unitOfIssue;
  const figures = [
    ['needed', t('pharmacy.needed'), row.unitsNeeded],
    ['covered', t('pharmacy.covered'), row.unitsCovered],
    ['to-dispense', t('pharmacy.toDispense'), row.unitsToDispense],
  ] as const;
  return (
    <dl className="cg-ph-figures">
      {figures.map(([key, label, n]) => (
        <div key={key} data-testid={`wl-${key}`} data-value={n}>
          <dt>{label}</dt>
          <dd>
            {formatCount(n, lang)} {unit}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The dispensing worklist of a ward: its inpatients' prescriptions of catalogue items with what
 * the next 24 hours need, what was already dispensed and the rest; the pharmacist dispenses a
 * row (all or part) in place, and the row is read again from the server after.
 */
export default function WorklistPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = new URLSearchParams(useLocation().search);
  const { user } = useSession();
  const can = new Set(user?.capabilities ?? []);
  const errorText = useErrorText();
  const { wards, central, error: locationsError } = useStockLocations();
  const [chosen, setChosen] = useState(query.get('ward') ?? '');
  const wardId = chosen || wards[0]?.wardId || '';
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useQuery(
    DispensingWorklistDocument,
    wardId ? { variables: { wardId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const rows = list.data?.dispensingWorklist ?? [];
  const patients = groupByPatient(rows);
  const error = list.error ?? locationsError;

  return (
    <PageLayout title={t('pharmacy.worklistTitle')} backHref="/app/pharmacy" wide>
      <p className="cg-muted">{t('pharmacy.worklistIntro')}</p>
      <section className="cg-card cg-ph-filters" aria-label={t('pharmacy.ward')}>
        <SelectField
          name="worklistWard"
          label={t('pharmacy.ward')}
          value={wardId}
          options={wards.map((w) => ({ value: w.wardId ?? w.id, label: w.name }))}
          onChange={(v) => {
            setChosen(v);
            setOpen(null);
            setDone(null);
          }}
        />
      </section>
      {error && <Notice kind="error">{errorText.message(errorText.info(error))}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
      {list.loading && !list.data && <IonSpinner aria-label={t('app.loading')} />}
      {list.data && (
        <p className="cg-list-meta" data-testid="worklist-count" aria-live="polite">
          {t('pharmacy.worklistCount', { count: rows.length })}
        </p>
      )}
      {list.data && rows.length === 0 && <p className="cg-muted">{t('pharmacy.worklistEmpty')}</p>}
      {patients.length > 0 && (
        <div className="cg-ph-wl" data-testid="worklist">
          {patients.map((p) => (
            <section
              key={p.patientId}
              className="cg-card cg-ph-wl-patient"
              aria-labelledby={`wl-${p.patientId}`}
              data-testid="worklist-patient"
              data-patient-id={p.patientId}
            >
              <h2 id={`wl-${p.patientId}`}>
                <span className="cg-ph-wl-bed">{t('pharmacy.bed', { bed: p.bedLabel })}</span>{' '}
                {p.patientName}
              </h2>
              <ul className="cg-ph-wl-rows">
                {p.rows.map((r) => (
                  <li
                    key={r.prescriptionId}
                    data-testid="worklist-row"
                    data-prescription-id={r.prescriptionId}
                    data-to-dispense={r.unitsToDispense}
                    data-covered={r.unitsCovered}
                  >
                    <div className="cg-ph-wl-row">
                      <div className="cg-ph-row-main">
                        <strong>{r.medicationName}</strong>
                        <span className="cg-muted">
                          {itemName(r.item, lang)} · {itemDetails(r.item)}
                        </span>
                        <span className="cg-muted">
                          {[
                            t('pharmacy.dosesLine', {
                              count: r.dosesNext24h,
                              units: r.unitsPerDose,
                              unit: r.item.unitOfIssue,
                            }),
                            r.nextDoseAt
                              ? t('pharmacy.nextDose', { time: formatTime(r.nextDoseAt, lang) })
                              : '',
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      </div>
                      <Figures row={r} />
                      {can.has('DISPENSE_STOCK') && open !== r.prescriptionId && (
                        <IonButton
                          className="cg-ph-wl-button"
                          data-testid="worklist-open"
                          aria-label={t('pharmacy.dispenseRowLabel', {
                            medication: r.medicationName,
                            patient: r.patientName,
                          })}
                          onClick={() => {
                            setOpen(r.prescriptionId);
                            setDone(null);
                          }}
                        >
                          <IonIcon slot="start" icon={medicalOutline} aria-hidden="true" />
                          {t('pharmacy.dispenseRow')}
                        </IonButton>
                      )}
                    </div>
                    {open === r.prescriptionId && central && (
                      <WorklistDispense
                        row={r}
                        fromLocationId={central.id}
                        onCancel={() => {
                          setOpen(null);
                        }}
                        onDone={(message) => {
                          setOpen(null);
                          setDone(message);
                        }}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </PageLayout>
  );
}
