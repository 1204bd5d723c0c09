import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Credentials and tokens are redacted wherever they appear; patient data is never
 * passed to the logger in the first place (errors are logged by code and request id).
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'caregraph-api' },
    redact: {
      paths: [
        'password',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        'token',
        '*.token',
        '*.accessToken',
        '*.refreshToken',
        // Two-step verification: the sign-in challenge, authenticator secrets, recovery codes.
        '*.challenge',
        '*.secret',
        '*.recoveryCodes',
        'req.headers.authorization',
        'req.headers.cookie',
      ],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
