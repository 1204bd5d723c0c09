import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kernel/graphql/connection.js';
import { LabOrder } from './lab-order.entity.js';
import { LabResult } from './lab-result.entity.js';

@ObjectType({ description: 'A page of lab orders.' })
export class LabOrderConnection extends Connection(LabOrder, 'LabOrder') {}

@ObjectType({ description: 'A page of lab results.' })
export class LabResultConnection extends Connection(LabResult, 'LabResult') {}
