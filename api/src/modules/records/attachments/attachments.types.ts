import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kernel/graphql/connection.js';
import { Attachment } from './attachment.entity.js';

@ObjectType({ description: 'A page of files.' })
export class AttachmentConnection extends Connection(Attachment, 'Attachment') {}
