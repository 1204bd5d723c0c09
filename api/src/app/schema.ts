import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../modules/audit/index.js';
import {
  AccountTokensResolver,
  AuthResolver,
  MfaResolver,
  UsersResolver,
} from '../modules/auth/index.js';
import { PatientsResolver, RegistrationResolver } from '../modules/patients/index.js';
import { MailResolver } from '../modules/mail/index.js';
import { NotificationsResolver } from '../modules/notifications/index.js';
import {
  AppointmentResolver,
  PractitionerResolver,
  WaitlistResolver,
  WorkingHoursResolver,
} from '../modules/scheduling/index.js';
import {
  BedsideResolver,
  ChartResolver,
  EncountersResolver,
  LabResolver,
  MedicationsResolver,
} from '../modules/records/index.js';
import {
  AdmissionResolver,
  BedStayResolver,
  RoomResolver,
  WardsResolver,
} from '../modules/wards/index.js';
import { ShiftPackResolver } from '../modules/shift-pack/index.js';
import { EmergencyResolver } from '../modules/emergency/index.js';
import {
  PharmacyResolver,
  StockAlertResolver,
  StockLocationResolver,
  StockLotResolver,
  StockMovementResolver,
} from '../modules/pharmacy/index.js';
import { BillingResolver, CashUpResolver } from '../modules/billing/index.js';
import { ReportsResolver } from '../modules/reports/index.js';
import { EmergencyAccessResolver } from '../modules/break-glass/index.js';
import { PatientRightsResolver } from '../modules/patient-rights/index.js';
import { pubSub } from '../kernel/pubsub.js';
import { CapabilitiesResolver } from './capabilities.js';
import { wireDomainEvents } from './events.js';
import { mutationPipeline } from './mutation-pipeline.js';
import { buildPermissions } from './permissions.js';

/** Every resolver of the application; the one list the schema reads. */
export const resolvers = [
  AuthResolver,
  UsersResolver,
  AccountTokensResolver,
  MfaResolver,
  AuditResolver,
  NotificationsResolver,
  MailResolver,
  PatientsResolver,
  RegistrationResolver,
  PractitionerResolver,
  AppointmentResolver,
  WaitlistResolver,
  WorkingHoursResolver,
  ChartResolver,
  EncountersResolver,
  MedicationsResolver,
  BedsideResolver,
  LabResolver,
  WardsResolver,
  RoomResolver,
  AdmissionResolver,
  BedStayResolver,
  ShiftPackResolver,
  EmergencyResolver,
  PharmacyResolver,
  BillingResolver,
  CashUpResolver,
  ReportsResolver,
  StockMovementResolver,
  StockLotResolver,
  StockLocationResolver,
  StockAlertResolver,
  EmergencyAccessResolver,
  PatientRightsResolver,
  CapabilitiesResolver,
] as const;

/** The schema as type-graphql builds it, before permissions; its modules' events wired. */
export function buildBareSchema(): Promise<GraphQLSchema> {
  wireDomainEvents();
  return buildSchema({
    resolvers,
    validate: false,
    pubSub,
    globalMiddlewares: [mutationPipeline],
  });
}

/** The schema served: type-graphql resolvers wrapped by the permission layer. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildBareSchema(), buildPermissions());
}

/** The SDL committed in `schema/schema.graphql`: sorted, so it diffs cleanly. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
