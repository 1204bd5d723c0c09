export { EmergencyAccessBanner, EmergencyAccessOffer } from './EmergencyAccess';
export { EmergencyAccessList } from './EmergencyAccessList';
