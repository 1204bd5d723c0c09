import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyOnce } from './lazy-page';

function Ward() {
  return <p>ward 4</p>;
}

/** What the first render shows: the fallback while the code is missing, else the page. */
function firstRender(Component: () => React.JSX.Element): 'waiting' | 'ward' {
  const html = renderToString(
    <Suspense fallback={<p>waiting</p>}>
      <Component />
    </Suspense>,
  );
  const waiting = html.includes('<p>waiting</p>');
  const ward = html.includes('<p>ward 4</p>');
  if (waiting === ward) throw new Error(`unexpected render: ${html}`);
  return waiting ? 'waiting' : 'ward';
}

describe('lazyOnce', () => {
  it('is one component per loader', () => {
    const load = () => Promise.resolve({ default: Ward });
    expect(lazyOnce(load)).toBe(lazyOnce(load));
  });

  it('suspends until its code has come, and renders at once after a preload', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Ward }));
    const Page = lazyOnce(load);
    expect(firstRender(Page)).toBe('waiting');
    await Page.preload();
    expect(firstRender(Page)).toBe('ward');
    await Page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed fetch', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Ward }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: Ward });
    const Page = lazyOnce(load);
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(firstRender(Page)).toBe('ward');
  });
});
