import { AuditChangesSubscriber, AuditEvent } from '../modules/audit/index.js';
import { RefreshToken, Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Allergy, Patient } from '../modules/patients/index.js';

/** Every entity of the application; the one list the ORM reads. */
export const entities = [User, Session, RefreshToken, Patient, Allergy, AuditEvent];

/** ORM event subscribers: the audit trail's change collector. */
export const subscribers = [new AuditChangesSubscriber()];

export const ormApp = { entities, subscribers };
