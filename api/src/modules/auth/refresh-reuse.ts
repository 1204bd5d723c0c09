/**
 * When a used refresh token may be presented again. A page reloaded (or a phone put to sleep)
 * while its refresh was on the wire loses the answer and the cookie it set, after the server
 * has rotated the token: the next page presents the same token again. Treating that as theft
 * signs the user out for nothing, so a token used less than `graceMs` ago may be presented
 * again while every token issued since is unused — nobody received them. Anything else (a
 * successor already used, or the window passed) is a replay, and the session is revoked.
 * Pure: the caller reads the rows under the session's lock.
 */
export function isRetryOfLostAnswer(
  usedAt: Date,
  successors: readonly { usedAt?: Date | null }[],
  now: Date,
  graceMs: number,
): boolean {
  const elapsed = now.getTime() - usedAt.getTime();
  if (graceMs <= 0 || elapsed < 0 || elapsed >= graceMs) return false;
  return successors.every((t) => !t.usedAt);
}
