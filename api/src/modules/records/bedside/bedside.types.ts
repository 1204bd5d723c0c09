import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kernel/graphql/connection.js';
import { CareNote } from './care-note.entity.js';
import { VitalSigns } from './vital-signs.entity.js';

@ObjectType({ description: 'A page of vital sign sets.' })
export class VitalSignsConnection extends Connection(VitalSigns, 'VitalSigns') {}

@ObjectType({ description: 'A page of care notes.' })
export class CareNoteConnection extends Connection(CareNote, 'CareNote') {}
