import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { IonButton, IonSpinner } from '@ionic/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/components/Notice';
import { PageLayout } from '../../app/components/PageLayout';
import { SelectField } from '../../app/components/SelectField';
import { shiftAt } from '../../features/wards/bed-board';
import { useWardsError } from '../../features/wards/wards-error';
import '../../features/wards/wards.css';
import {
  AssignNursesDocument,
  NurseAssignmentsDocument,
  NurseCandidatesDocument,
  WardsDocument,
  type Shift,
} from '../../gql/graphql';

const SHIFTS: readonly Shift[] = ['DAY', 'EVENING', 'NIGHT'];

/**
 * A manager sets who covers a ward's shift: the ward, the day the shift starts on, the shift,
 * then the nurses. Saving replaces that shift's list; a nurse reads the ward's patients while
 * she covers it.
 */
export default function NurseAssignmentsPage() {
  const { t } = useTranslation();
  const wardsError = useWardsError();
  const now = shiftAt(new Date());
  const [wardId, setWardId] = useState('');
  const [date, setDate] = useState(now.date);
  const [shift, setShift] = useState<Shift>(now.shift);
  // null: not changed yet, so the shift's current nurses.
  const [edited, setEdited] = useState<string[] | null>(null);
  const [feedback, setFeedback] = useState<{ kind: 'error' | 'success'; text: string } | null>(
    null,
  );

  const wards = useQuery(WardsDocument);
  const firstWard = wards.data?.wards[0]?.id ?? '';
  const ward = wardId || firstWard;
  const candidates = useQuery(NurseCandidatesDocument);
  const assigned = useQuery(
    NurseAssignmentsDocument,
    ward ? { variables: { date, wardId: ward } } : skipToken,
  );
  const current = (assigned.data?.nurseAssignments ?? []).filter((a) => a.shift === shift);
  const picked = edited ?? current.map((a) => a.nurseUserId);
  const [assign, { loading }] = useMutation(AssignNursesDocument, {
    refetchQueries: ['NurseAssignments', 'BedBoard'],
  });

  const wardName = wards.data?.wards.find((w) => w.id === ward)?.name ?? '';

  async function save() {
    setFeedback(null);
    try {
      const res = await assign({
        variables: { input: { wardId: ward, date, shift, nurseUserIds: picked } },
      });
      setEdited(null);
      setFeedback({
        kind: 'success',
        text: t('wards.assignments.saved', {
          ward: wardName,
          shift: t(`wards.shift.${shift}`),
          count: res.data?.assignNurses.length ?? picked.length,
        }),
      });
    } catch (e) {
      setFeedback({ kind: 'error', text: wardsError(e).message });
    }
  }

  return (
    <PageLayout title={t('wards.assignments.title')} backHref="/app/home">
      <form
        className="cg-form cg-card"
        data-testid="nurse-assignments"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <SelectField
          name="ward"
          label={t('wards.ward')}
          value={ward}
          options={(wards.data?.wards ?? []).map((w) => ({ value: w.id, label: w.name }))}
          onChange={(v) => {
            setWardId(v);
            setEdited(null);
          }}
        />
        <div className="cg-ward-field">
          <label htmlFor="assignment-date">{t('wards.assignments.date')}</label>
          <input
            id="assignment-date"
            name="date"
            type="date"
            value={date}
            onChange={(e) => {
              if (e.target.value) setDate(e.target.value);
              setEdited(null);
            }}
          />
        </div>
        <SelectField<Shift>
          name="shift"
          label={t('wards.assignments.shift')}
          value={shift}
          options={SHIFTS.map((s) => ({ value: s, label: t(`wards.shift.${s}`) }))}
          onChange={(v) => {
            if (v) setShift(v);
            setEdited(null);
          }}
        />
        <p className="cg-muted" data-testid="assigned-now">
          {t('wards.assignments.current', {
            names:
              current.length > 0
                ? current.map((a) => a.nurseName).join(', ')
                : t('wards.assignments.none'),
          })}
        </p>
        <fieldset className="cg-bed-choices">
          <legend>{t('wards.assignments.nurses')}</legend>
          {candidates.loading && !candidates.data && <IonSpinner aria-label={t('app.loading')} />}
          {candidates.data?.nurseCandidates.length === 0 && (
            <p className="cg-muted">{t('wards.assignments.noCandidate')}</p>
          )}
          <ul className="cg-check-list">
            {(candidates.data?.nurseCandidates ?? []).map((n) => (
              <li key={n.userId}>
                <label className="cg-ward-check">
                  <input
                    type="checkbox"
                    name="nurse"
                    value={n.userId}
                    checked={picked.includes(n.userId)}
                    onChange={(e) => {
                      setEdited(
                        e.target.checked
                          ? [...picked, n.userId]
                          : picked.filter((id) => id !== n.userId),
                      );
                    }}
                  />
                  <span>
                    {n.name}
                    {n.jobTitle && <span className="cg-muted"> · {n.jobTitle}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {feedback && <Notice kind={feedback.kind}>{feedback.text}</Notice>}
        <IonButton
          type="submit"
          expand="block"
          disabled={!ward || loading}
          data-testid="assign-save"
        >
          {t('wards.assignments.save')}
        </IonButton>
      </form>
    </PageLayout>
  );
}
