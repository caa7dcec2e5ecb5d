import { afterEach, describe, expect, it, vi } from 'vitest';

// ADR-21: the prerendered page is hydrated only where the reader's browser
// formats numbers as the build did (data-prerendered). A probe that checks
// one plain number let en-GB ("US$15.75", "50m") and ja-JP ("5000万") readers
// hydrate a page written with "$15.75" and "50M": React error #418.

const RealNumberFormat = Intl.NumberFormat;

/** The probe and the page's formatters as a browser in `locale` computes them. */
async function inLocale(locale: string) {
  vi.resetModules();
  const InLocale = function (
    l?: string | string[],
    options?: Intl.NumberFormatOptions,
  ) {
    return new RealNumberFormat(l ?? locale, options);
  } as unknown as typeof Intl.NumberFormat;
  vi.stubGlobal('Intl', { ...Intl, NumberFormat: InLocale });
  const probe = await import('../../../src/app/prerender-probe');
  const format = await import('../../../src/lib/format');
  return {
    probe: probe.formattedProbe(),
    page: [
      format.formatUsdPerMonth(15.75),
      format.formatUsdPerMonth(20_275),
      format.formatTokensPerMonth(5e7),
      format.formatTokensPerMonth(6.44e10),
      format.formatPercent(0.9),
      format.formatInteger(50_000),
    ].join(' '),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the prerender format probe', () => {
  it('is the same for two browsers in the same locale', async () => {
    expect((await inLocale('en-US')).probe).toBe(
      (await inLocale('en-US')).probe,
    );
  });

  it.each(['en-GB', 'en-AU', 'ja-JP', 'zh-CN', 'ko-KR', 'de-DE', 'en-IN'])(
    'differs from en-US in %s, where the page writes its figures differently',
    async (locale) => {
      const build = await inLocale('en-US');
      const reader = await inLocale(locale);
      // The case matters: the page's own figures differ in this locale…
      expect(reader.page).not.toBe(build.page);
      // …so the probe must too (a fresh render, not a mismatched hydration).
      expect(reader.probe).not.toBe(build.probe);
    },
  );
});
