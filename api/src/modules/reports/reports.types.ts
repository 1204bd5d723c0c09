import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../kernel/graphql/scalars.js';
import { ActKind, PaymentMethod } from '../billing/index.js';
import { EmergencyOutcome } from '../emergency/index.js';
import { Sex } from '../patients/index.js';

/** Age ranges of the demographics, by age in whole years on the period's last day. */
export enum AgeRange {
  FROM_0_TO_17 = 'FROM_0_TO_17',
  FROM_18_TO_39 = 'FROM_18_TO_39',
  FROM_40_TO_64 = 'FROM_40_TO_64',
  FROM_65_TO_79 = 'FROM_65_TO_79',
  FROM_80 = 'FROM_80',
}

/** One table of the dashboard as a CSV file, or the period's one-page PDF summary. */
export enum ReportExportKind {
  DEMOGRAPHICS = 'DEMOGRAPHICS',
  APPOINTMENTS = 'APPOINTMENTS',
  OCCUPANCY = 'OCCUPANCY',
  EMERGENCY = 'EMERGENCY',
  REVENUE = 'REVENUE',
  EXPENSES = 'EXPENSES',
  SUMMARY_PDF = 'SUMMARY_PDF',
}

/** The CSV field separator: a comma, or a semicolon for spreadsheets in French locales. */
export enum CsvSeparator {
  COMMA = 'COMMA',
  SEMICOLON = 'SEMICOLON',
}

registerEnumType(AgeRange, {
  name: 'AgeRange',
  description: 'Age range in whole years on the period’s last day: 0-17, 18-39, 40-64, 65-79, 80+.',
});
registerEnumType(ReportExportKind, {
  name: 'ReportExportKind',
  description: 'A dashboard section as CSV, or the period’s PDF summary.',
});
registerEnumType(CsvSeparator, {
  name: 'CsvSeparator',
  description:
    'CSV field separator (SEMICOLON for French spreadsheets; decimals then use a comma).',
});

@InputType({ description: 'A period of days in the hospital’s time zone, both ends included.' })
export class ReportPeriodInput {
  @Field(() => LocalDate, { description: 'First day.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day (included).' })
  to!: string;
}

@ObjectType({ description: 'A service: the wards that share one `service` name.' })
export class ReportService {
  @Field(() => ID, { description: 'The service’s name, used as its identifier.' })
  id!: string;

  @Field(() => String, { description: 'Name of the service.' })
  name!: string;

  @Field(() => Int, { description: 'How many wards it has.' })
  wards!: number;
}

@ObjectType({ description: 'Patients seen in one age range and sex (or a total when null).' })
export class DemographicCell {
  @Field(() => AgeRange, { nullable: true, description: 'Age range; null in a total by sex.' })
  ageRange!: AgeRange | null;

  @Field(() => Sex, { nullable: true, description: 'Sex; null in a total by age range.' })
  sex!: Sex | null;

  @Field(() => Int, { description: 'Distinct patients.' })
  patients!: number;
}

@ObjectType({ description: 'Who was seen in the period, by age range and sex.' })
export class DemographicsSection {
  @Field(() => Int, {
    description:
      'Distinct patients seen: a completed visit due in the period, an inpatient stay overlapping it, or an emergency arrival in it.',
  })
  patientsSeen!: number;

  @Field(() => [DemographicCell], { description: 'Patients per age range and sex (non-empty).' })
  cells!: DemographicCell[];

  @Field(() => [DemographicCell], { description: 'Patients per age range (every range).' })
  byAgeRange!: DemographicCell[];

  @Field(() => [DemographicCell], { description: 'Patients per sex (non-empty).' })
  bySex!: DemographicCell[];

  @Field(() => Boolean, {
    description: 'Whether the service filter applied (then only inpatient stays in its wards).',
  })
  filteredByService!: boolean;
}

@ObjectType({ description: 'One practitioner’s appointments due in the period (or the total).' })
export class PractitionerActivity {
  @Field(() => ID, { nullable: true, description: 'The practitioner; null on the total row.' })
  practitionerId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name; null on the total row.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Specialty code; null on the total row.' })
  specialty!: string | null;

  @Field(() => Int, { description: 'Appointments due in the period, whatever became of them.' })
  booked!: number;

  @Field(() => Int, { description: 'Completed.' })
  completed!: number;

  @Field(() => Int, { description: 'Cancelled (by the patient or the desk).' })
  cancelled!: number;

  @Field(() => Int, { description: 'Cancelled because the practitioner was absent.' })
  cancelledByPractitioner!: number;

  @Field(() => Int, { description: 'The patient did not come.' })
  noShows!: number;

  @Field(() => Int, {
    description: 'Not settled yet (scheduled, confirmed, checked in, under way).',
  })
  pending!: number;

  @Field(() => Int, { description: 'Minutes of completed appointments: the workload.' })
  completedMinutes!: number;

  @Field(() => Float, {
    nullable: true,
    description: '(cancelled + cancelled by practitioner) / booked; null when nothing was booked.',
  })
  cancellationRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'No-shows / appointments not cancelled; null when none was left.',
  })
  noShowRate!: number | null;
}

@ObjectType({ description: 'Appointments per practitioner.' })
export class AppointmentsSection {
  @Field(() => [PractitionerActivity], { description: 'One row per practitioner, by name.' })
  practitioners!: PractitionerActivity[];

  @Field(() => PractitionerActivity, { description: 'All of them together.' })
  total!: PractitionerActivity;

  @Field(() => Boolean, { description: 'Whether narrowed to the caller’s own appointments.' })
  ownActivityOnly!: boolean;
}

@ObjectType({ description: 'One ward’s beds and stays over the period (or the total).' })
export class WardOccupancyFigures {
  @Field(() => ID, { nullable: true, description: 'The ward; null on the total row.' })
  wardId!: string | null;

  @Field(() => String, { nullable: true, description: 'Ward name; null on the total row.' })
  wardName!: string | null;

  @Field(() => String, { nullable: true, description: 'Its service; null on the total row.' })
  service!: string | null;

  @Field(() => Int, { description: 'Beds at the midnight starting the period’s last day.' })
  beds!: number;

  @Field(() => Int, { description: 'Beds counted at each midnight of the period, summed.' })
  bedNights!: number;

  @Field(() => Int, {
    description: 'Occupied beds counted at each midnight of the period, summed.',
  })
  occupiedBedNights!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'occupiedBedNights / bedNights; null without beds.',
  })
  occupancyRate!: number | null;

  @Field(() => Int, { description: 'Admissions discharged from this ward in the period.' })
  discharges!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean length of those admissions, admission to discharge, in days.',
  })
  meanLengthOfStayDays!: number | null;
}

@ObjectType({ description: 'Bed occupancy per ward.' })
export class OccupancySection {
  @Field(() => [WardOccupancyFigures], { description: 'One row per ward, by name.' })
  wards!: WardOccupancyFigures[];

  @Field(() => WardOccupancyFigures, { description: 'All the wards together.' })
  total!: WardOccupancyFigures;

  @Field(() => Boolean, { description: 'Whether the service filter applied.' })
  filteredByService!: boolean;
}

@ObjectType({ description: 'Cases of the period that ended one way.' })
export class EmergencyOutcomeCount {
  @Field(() => EmergencyOutcome, { description: 'How the cases ended.' })
  outcome!: EmergencyOutcome;

  @Field(() => Int, { description: 'How many.' })
  cases!: number;
}

@ObjectType({ description: 'The emergency department’s flow over the period.' })
export class EmergencySection {
  @Field(() => Int, { description: 'Cases that arrived in the period.' })
  arrivals!: number;

  @Field(() => Int, { description: 'Of those, cases closed.' })
  closed!: number;

  @Field(() => Int, { description: 'Of those, cases closed by an admission.' })
  admitted!: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from arrival to triage.' })
  medianMinutesToTriage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from arrival to a doctor.' })
  medianMinutesToDoctor!: number | null;

  @Field(() => Float, { nullable: true, description: 'admitted / closed; null when none closed.' })
  admissionRate!: number | null;

  @Field(() => [EmergencyOutcomeCount], { description: 'Closed cases per outcome (every one).' })
  outcomes!: EmergencyOutcomeCount[];
}

@ObjectType({
  description:
    'Issued lines of one kind of act (or the total). Amounts are integer minor units sent as Float (exact up to 2^53; sums may exceed 2^31).',
})
export class RevenueByActKind {
  @Field(() => ActKind, { nullable: true, description: 'Kind of act; null on the total row.' })
  actKind!: ActKind | null;

  @Field(() => Float, { description: 'Lines of invoices issued in the period.' })
  invoicedMinor!: number;

  @Field(() => Float, { description: 'Lines of credit notes issued in the period (negative).' })
  creditedMinor!: number;

  @Field(() => Float, { description: 'Invoiced plus credited.' })
  netMinor!: number;

  @Field(() => Float, { description: 'Insurers’ share of the net.' })
  insurerMinor!: number;

  @Field(() => Float, { description: 'Patients’ share of the net.' })
  patientMinor!: number;
}

@ObjectType({ description: 'Money received in the period by one method (or the total).' })
export class PaymentsByMethod {
  @Field(() => PaymentMethod, { nullable: true, description: 'Method; null on the total row.' })
  method!: PaymentMethod | null;

  @Field(() => Float, { description: 'Payments received, minor units.' })
  receivedMinor!: number;

  @Field(() => Float, { description: 'Refunds given back (negative), minor units.' })
  refundedMinor!: number;

  @Field(() => Float, { description: 'Received plus refunded.' })
  netMinor!: number;
}

@ObjectType({ description: 'Revenue: invoiced, credited, received and still owed.' })
export class RevenueSection {
  @Field(() => String, { description: 'ISO 4217 currency of every amount.' })
  currency!: string;

  @Field(() => Int, { description: 'Invoices issued in the period.' })
  invoicesIssued!: number;

  @Field(() => Int, { description: 'Credit notes issued in the period.' })
  creditNotesIssued!: number;

  @Field(() => [RevenueByActKind], { description: 'Per kind of act with lines in the period.' })
  byActKind!: RevenueByActKind[];

  @Field(() => RevenueByActKind, { description: 'Every kind together.' })
  total!: RevenueByActKind;

  @Field(() => [PaymentsByMethod], { description: 'Per payment method used in the period.' })
  paymentsByMethod!: PaymentsByMethod[];

  @Field(() => PaymentsByMethod, { description: 'Every method together.' })
  payments!: PaymentsByMethod;

  @Field(() => Float, {
    description: 'Patients’ share still owed at the period’s end (invoices issued by then).',
  })
  outstandingPatientMinor!: number;

  @Field(() => Float, { description: 'Insurers’ share still owed at the period’s end.' })
  outstandingInsurerMinor!: number;

  @Field(() => Float, { description: 'Both together.' })
  outstandingMinor!: number;
}

@ObjectType({ description: 'Write-offs of one reason (or the total).' })
export class WriteOffsByReason {
  @Field(() => String, { nullable: true, description: 'EXPIRED, DAMAGED or OTHER; null: total.' })
  reason!: string | null;

  @Field(() => Int, { description: 'Units written off.' })
  units!: number;

  @Field(() => Float, { description: 'Their value at weighted average cost, minor units.' })
  valueMinor!: number;
}

@ObjectType({ description: 'Expenses: stock bought and stock lost.' })
export class ExpensesSection {
  @Field(() => String, { description: 'ISO 4217 currency of every amount.' })
  currency!: string;

  @Field(() => Float, { description: 'Receipts in the period at their unit cost, minor units.' })
  purchasesMinor!: number;

  @Field(() => Int, { description: 'Units received.' })
  purchasedUnits!: number;

  @Field(() => [WriteOffsByReason], { description: 'Per reason with write-offs in the period.' })
  writeOffsByReason!: WriteOffsByReason[];

  @Field(() => WriteOffsByReason, { description: 'Every reason together.' })
  writeOffs!: WriteOffsByReason;

  @Field(() => Float, { description: 'Purchases plus write-offs.' })
  totalMinor!: number;

  @Field(() => Boolean, {
    description: 'Whether the service filter applied (stock locations of its wards only).',
  })
  filteredByService!: boolean;
}

@ObjectType({
  description:
    'The manager’s dashboard for a period. A doctor gets their own appointments only; the other sections are then null.',
})
export class Dashboard {
  @Field(() => LocalDate, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the period (included).' })
  to!: string;

  @Field(() => ID, { nullable: true, description: 'The service filtered on, if any.' })
  serviceId!: string | null;

  @Field(() => Boolean, { description: 'Whether narrowed to the caller’s own activity.' })
  ownActivityOnly!: boolean;

  @Field(() => DemographicsSection, { nullable: true, description: 'Patients seen.' })
  demographics!: DemographicsSection | null;

  @Field(() => AppointmentsSection, { description: 'Appointments per practitioner.' })
  appointments!: AppointmentsSection;

  @Field(() => OccupancySection, { nullable: true, description: 'Beds per ward.' })
  occupancy!: OccupancySection | null;

  @Field(() => EmergencySection, { nullable: true, description: 'Emergency flow.' })
  emergency!: EmergencySection | null;

  @Field(() => RevenueSection, { nullable: true, description: 'Revenue.' })
  revenue!: RevenueSection | null;

  @Field(() => ExpensesSection, { nullable: true, description: 'Expenses.' })
  expenses!: ExpensesSection | null;
}

@ObjectType({ description: 'An exported report: a CSV table or the PDF summary.' })
export class ReportFile {
  @Field(() => String, { description: 'A file name to save it under.' })
  fileName!: string;

  @Field(() => String, { description: 'text/csv; charset=utf-8, or application/pdf.' })
  contentType!: string;

  @Field(() => String, { description: 'The file’s bytes, base64 (a CSV starts with a UTF-8 BOM).' })
  base64!: string;
}
