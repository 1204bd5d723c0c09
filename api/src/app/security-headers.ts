import helmet from 'helmet';
import type { AppConfig } from '../kernel/config.js';

/** helmet's settings: a strict CSP for the PWA (same-origin everything, inline styles for Ionic). */
function helmetFor(config: Pick<AppConfig, 'env'>) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"], // same-origin ws:/wss: included (CSP 3)
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.env === 'production',
  });
}

/**
 * The headers every answer carries: helmet's, as helmet computes them, and the permissions
 * policy (the camera is for barcode scanning by the app itself; nothing else is ever needed).
 * helmet's headers depend on its settings only, never on the request, so they are computed once
 * here, by running helmet on a recording answer, and set with one loop per request instead of
 * helmet's dozen middlewares.
 */
export function securityHeaders(config: Pick<AppConfig, 'env'>): [string, string][] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader(name: string) {
      return headers.get(name.toLowerCase());
    },
  };
  const finished = { ok: false };
  helmetFor(config)({} as never, recorder as never, (err?: unknown) => {
    if (err) throw err instanceof Error ? err : new Error('helmet failed');
    finished.ok = true;
  });
  if (!finished.ok) throw new Error('helmet did not finish synchronously');
  headers.set(
    'permissions-policy',
    'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  );
  return [...headers];
}
