/** What other parts of the app use of the offline shift pack; the vault loads after sign-in. */
export { OfflineShiftCard } from './OfflineShiftCard';
