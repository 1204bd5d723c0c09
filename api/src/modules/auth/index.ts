export { User } from './user.entity.js';
export { Session, RefreshToken } from './session.entity.js';
export { AuthResolver } from './auth.resolver.js';
export { UsersResolver } from './users.resolver.js';
export { authRules } from './auth.rules.js';
export { REFRESH_COOKIE } from './auth.service.js';
export { passwordProblem } from './password-policy.js';
export { temporaryPassword } from './users.service.js';
