export { ShiftPackResolver } from './shift-pack.resolver.js';
export { shiftPackRules, SHIFT_PACK_SENSITIVE_FIELDS } from './shift-pack.rules.js';
export { ShiftPackKind } from './shift-pack-kind.js';
