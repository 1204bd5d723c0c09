export { CloseAccount } from './CloseAccount';
export { RecordDownload } from './RecordDownload';
