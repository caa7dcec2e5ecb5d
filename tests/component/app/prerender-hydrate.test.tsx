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
    expect(el.querySelector('.cost-panel .chart-summary')?.textContent).toMatch(
      /\S/,
    );
  });

  it('carries the first screen only: the panels below the fold are placeholders (ADR-34)', async () => {
    const { html } = await renderDefaultPage();
    const el = document.createElement('div');
    el.innerHTML = html;
    // The options list (20 kB of cards, laid out in the first frame though off screen) is not prerendered.
    expect(el.querySelector('#options-title')).toBeNull();
    expect(el.querySelector('.option-card')).toBeNull();
    const placeholders = [...el.querySelectorAll('.panel-loading h2')].map(
      (h) => h.textContent,
    );
    expect(placeholders).toContain('Options');
    // Every placeholder sits below the fold, inside a content-visibility wrapper.
    for (const p of el.querySelectorAll('.panel-loading'))
      expect(p.closest('.on-approach')).not.toBeNull();
  });

  it('folds the Advanced section to its summary line: its fields arrive with the app (ADR-34, 2026-12-03)', async () => {
    const { html } = await renderDefaultPage();
    const el = document.createElement('div');
    el.innerHTML = html;
    const advanced = el.querySelector('details.advanced');
    expect(advanced?.querySelector('summary')?.textContent).toMatch(
      /^Advanced: caching, batch/,
    );
    expect(advanced?.querySelector('input, select')).toBeNull();
    // What is left in the first HTML: the first screen's own controls.
    expect(el.querySelectorAll('input').length).toBeLessThanOrEqual(8);
  });

  it('keeps an Advanced section opened before the app ran open, and fills it', async () => {
    const el = document.createElement('div');
    el.innerHTML = (await renderDefaultPage()).html;
    document.body.append(el);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    (
      globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    ).IS_REACT_ACT_ENVIRONMENT = true;
    const details = el.querySelector<HTMLDetailsElement>('details.advanced')!;
    details.open = true; // a reader's click on the prerendered summary
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(el, defaultPage());
    });
    await vi.waitFor(
      () => {
        expect(
          details.querySelector('input[aria-label], input[id]'),
        ).not.toBeNull();
      },
      { timeout: 5000 },
    );
    expect(el.querySelector('details.advanced')).toBe(details);
    expect(details.open).toBe(true);
    await act(async () => root?.unmount());
    spy.mockRestore();
    el.remove();
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
    // The largest paint (the chart's summary) and the verdict are the
    // server's nodes, kept by hydration: a replaced node would be a new LCP.
    const summary = el.querySelector('.cost-panel .chart-summary');
    const verdict = el.querySelector('.verdict-headline');
    const shellText = [summary?.textContent, verdict?.textContent];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(el, defaultPage(), {
        onRecoverableError: (e) => errors.push(e),
      });
    });
    expect(el.querySelector('.cost-panel .chart-summary')).toBe(summary);
    expect(el.querySelector('.verdict-headline')).toBe(verdict);
    expect([summary?.textContent, verdict?.textContent]).toEqual(shellText);
    expect(summary?.isConnected).toBe(true);
    // Unmount before the test ends: a lazy part that resolves after the
    // environment is torn down would otherwise log into a closed worker.
    await act(async () => root?.unmount());
    spy.mockRestore();
    el.remove();
    expect(errors).toEqual([]);
  });
});
