import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function freshLeave() {
  const replace = vi.fn();
  vi.stubGlobal('window', { location: { replace } });
  const leave = await import('./leave');
  return { ...leave, replace };
}

describe('leaveForSignIn', () => {
  it('leaves only once the wipes held before it have settled, failed ones too', async () => {
    const { finishBeforeLeaving, leaveForSignIn, replace, SIGN_IN } = await freshLeave();
    let endWipe!: () => void;
    const wipe = finishBeforeLeaving(
      () =>
        new Promise<void>((resolve) => {
          endWipe = resolve;
        }),
    );
    const failing = finishBeforeLeaving(() => Promise.reject(new Error('blocked'))).catch(
      (error: unknown) => error,
    );
    const left = leaveForSignIn();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replace).not.toHaveBeenCalled();
    endWipe();
    await wipe;
    expect(await failing).toEqual(new Error('blocked'));
    await left;
    expect(replace).toHaveBeenCalledExactlyOnceWith(SIGN_IN);
  });

  it('waits for a wipe that the session’s end starts in the same turn', async () => {
    const { finishBeforeLeaving, leaveForSignIn, replace } = await freshLeave();
    const order: string[] = [];
    const left = leaveForSignIn().then(() => order.push('left'));
    // As a sign-out does: the state changes (the app starts leaving), then the wipe is held.
    void finishBeforeLeaving(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push('wiped');
    });
    await left;
    expect(order).toEqual(['wiped', 'left']);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('leaves once however many times it is asked', async () => {
    const { leaveForSignIn, replace } = await freshLeave();
    await Promise.all([leaveForSignIn(), leaveForSignIn(), leaveForSignIn()]);
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
