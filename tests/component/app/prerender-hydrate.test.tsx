import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { defaultPage, renderDefaultPage } from '../../../src/app/prerender';

// ADR-21: index.html carries the default page rendered at build time; the
// browser hydrates it. Any difference between the two trees is a hydration
// error (React reports it and throws the server HTML away).
describe('the prerendered default page', () => {
  it('holds the first screen: header, verdict, workload controls and the chart frame', async () => {
    const { html } = await renderDefaultPage();
    const el = document.createElement('div');
    el.innerHTML = html;
    expect(el.querySelector('.site-header')).not.toBeNull();
    expect(el.querySelector('.verdict-headline')?.textContent).toMatch(/\S/);
    expect(el.querySelector('input[type="range"]')).not.toBeNull();
    expect(el.querySelector('.chart-figure')).not.toBeNull();
  });

  it('hydrates without a mismatch', async () => {
    const el = document.createElement('div');
    el.innerHTML = (await renderDefaultPage()).html;
    document.body.append(el);
    const errors: unknown[] = [];
    (
      globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    ).IS_REACT_ACT_ENVIRONMENT = true;
    const spy = vi.spyOn(console, 'error').mockImplementation((...a) => {
      const text = a.map(String).join(' ');
      // The server and the client renderer share context objects in this one
      // process (never in a browser): React warns about that, not a mismatch.
      if (!text.includes('multiple renderers')) errors.push(text);
    });
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(el, defaultPage(), {
        onRecoverableError: (e) => errors.push(e),
      });
    });
    // Unmount before the test ends: a lazy part that resolves after the
    // environment is torn down would otherwise log into a closed worker.
    await act(async () => root?.unmount());
    spy.mockRestore();
    el.remove();
    expect(errors).toEqual([]);
  });
});
