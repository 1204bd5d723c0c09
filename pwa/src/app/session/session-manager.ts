import type { SessionUserFragment } from '../../gql/graphql';

export type SessionUser = SessionUserFragment;

/** What login, registration and refresh all return. */
export interface SessionTokens {
  accessToken: string;
  /** ISO instant at which the access token stops working. */
  expiresAt: string;
  user: SessionUser;
}

export type SessionStatus =
  /** Restoring from the refresh cookie at start-up. */
  | 'restoring'
  /** The server could not be reached; retried when the network returns. */
  | 'unreachable'
  | 'signedIn'
  | 'signedOut';

export interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /**
   * Signed in from the device's offline data (unlocked with its code) while the server cannot be
   * reached: no token yet; one is fetched as soon as the server answers again.
   */
  offline?: boolean;
}

/** The server said the session is gone (expired, revoked, reused refresh token). */
export class SessionEndedError extends Error {
  constructor() {
    super('session ended');
    this.name = 'SessionEndedError';
  }
}

export interface SessionDeps {
  /** Exchanges the httpOnly refresh cookie for new tokens; throws SessionEndedError when refused. */
  requestRefresh(): Promise<SessionTokens>;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /**
   * Runs `fn` while no other tab refreshes: refresh tokens are single use and the cookie is
   * shared by every tab, so two concurrent refreshes would present the same token twice and the
   * API would revoke the whole session.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** How long before expiry to refresh. */
  leadMs?: number;
  /**
   * A non-secret hint that a refresh cookie may exist, so that a device that never signed in
   * shows the login screen at once instead of waiting for a refresh that must fail.
   */
  hint?: { get(): boolean; set(value: boolean): void };
}

const DEFAULT_LEAD_MS = 60_000;
const MIN_DELAY_MS = 5_000;
/** How often a session opened offline tries the server again. */
const OFFLINE_RETRY_MS = 15_000;

/** Delay until the silent refresh of a token expiring at `expiresAt`. */
export function refreshDelay(expiresAt: number, now: number, leadMs = DEFAULT_LEAD_MS): number {
  const remaining = expiresAt - now;
  // Short-lived tokens refresh at 80 % of their life rather than never or in a loop.
  const lead = Math.min(leadMs, remaining * 0.2);
  return Math.max(MIN_DELAY_MS, remaining - lead);
}

/**
 * Holds the access token in memory only (never in storage), refreshes it silently before it
 * expires and whenever the API answers UNAUTHENTICATED, and tells listeners when the session
 * starts, changes or ends. Refreshes are single-flight within a tab and exclusive across tabs.
 */
export class SessionManager {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private state: SessionState = { status: 'restoring', user: null };
  private inFlight: Promise<string | null> | null = null;
  private timer: unknown = null;
  private readonly listeners = new Set<(s: SessionState) => void>();

  constructor(private readonly deps: SessionDeps) {}

  getState(): SessionState {
    return this.state;
  }

  /** The current bearer token, or null. */
  getAccessToken(): string | null {
    return this.accessToken;
  }

  subscribe(listener: (s: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adopts tokens from login or registration. */
  signIn(tokens: SessionTokens): void {
    this.adopt(tokens);
  }

  /**
   * Opens the app for `user` without the server: their offline data were unlocked with the code
   * chosen at shift start. Queries are answered from those data until a refresh succeeds (retried
   * on a timer); a refresh refused by the server ends the session as usual.
   */
  enterOffline(user: SessionUser): void {
    if (this.state.status === 'signedIn' && !this.state.offline) return;
    this.setState({ status: 'signedIn', user, offline: true });
    this.schedule(MIN_DELAY_MS);
  }

  /** Replaces the signed-in user's data (after a profile or password change). */
  updateUser(patch: Partial<SessionUser>): void {
    if (!this.state.user) return;
    this.setState({ ...this.state, user: { ...this.state.user, ...patch } });
  }

  /** The API refused an operation until the password is changed. */
  requirePasswordChange(): void {
    this.updateUser({ mustChangePassword: true });
  }

  /** The API refused an operation until two-step verification is set up (ADMIN, MANAGER). */
  requireMfaEnrolment(): void {
    this.updateUser({ mfaRequired: true, mfaEnabled: false });
  }

  /**
   * Gets a fresh access token. Concurrent callers share one request; returns null when the
   * session is gone (the state is then signedOut). A network failure keeps the session.
   */
  refresh(): Promise<string | null> {
    this.inFlight ??= this.doRefresh().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /**
   * Restores the session at start-up from the refresh cookie, unless this device has no session
   * to restore.
   */
  restore(): Promise<string | null> {
    if (this.deps.hint && !this.deps.hint.get()) {
      this.signOut();
      return Promise.resolve(null);
    }
    return this.refresh();
  }

  /** Forgets everything about the session, in memory. */
  signOut(): void {
    this.deps.hint?.set(false);
    this.accessToken = null;
    this.expiresAt = 0;
    this.cancelTimer();
    this.setState({ status: 'signedOut', user: null });
  }

  private async doRefresh(): Promise<string | null> {
    try {
      const tokens = await this.deps.exclusive(() => this.deps.requestRefresh());
      this.adopt(tokens);
      return tokens.accessToken;
    } catch (error) {
      if (error instanceof SessionEndedError) {
        this.signOut();
        return null;
      }
      // Offline or server unreachable: keep a live token if there is one, retry later.
      if (this.state.offline) {
        this.schedule(OFFLINE_RETRY_MS);
      } else if (this.state.status === 'restoring' || this.state.status === 'unreachable') {
        this.setState({ status: 'unreachable', user: null });
      } else {
        this.schedule(Math.max(MIN_DELAY_MS, Math.min(30_000, this.expiresAt - this.deps.now())));
      }
      return null;
    }
  }

  private adopt(tokens: SessionTokens): void {
    this.deps.hint?.set(true);
    this.accessToken = tokens.accessToken;
    this.expiresAt = Date.parse(tokens.expiresAt);
    this.schedule(refreshDelay(this.expiresAt, this.deps.now(), this.deps.leadMs));
    this.setState({ status: 'signedIn', user: tokens.user });
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.refresh();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }
}
