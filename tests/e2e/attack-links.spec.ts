import { appStarted } from './helpers/app';
import { expect, test, type Page } from '@playwright/test';
import { RESULTS_PENDING } from './helpers/results';

/**
 * Issue 15, item 6: a browser fuzz of mangled links, kept as a test. Every
 * run uses a new seed (printed, and in every failure), so CI explores a
 * different corner each time; `FUZZ_SEED=… FUZZ_LINKS=…` replays or scales a
 * run (10,000 once, by hand). One page is reused: each link is applied with
 * a history change and a `popstate`, the path the page's own Back/Forward
 * decoding takes, and every 100th link is a full load (the start-up path).
 * A link passes when the page still shows the verdict, no part of the page
 * shows its error boundary, no page error was raised and no injected script
 * ran.
 */

const LINKS = Number(process.env['FUZZ_LINKS'] ?? 1000);
// The run stops taking new links after this long, so a loaded machine checks
// fewer links instead of failing on the test's timeout (CI on 26c18b2: 1,000
// links took over 800 s there, 100–110 s on an idle machine). How many were
// checked is printed; fewer than MIN_LINKS fails, as a page that slow is a
// finding of its own.
const BUDGET_S = Number(process.env['FUZZ_BUDGET_S'] ?? 420);
const MIN_LINKS = Math.min(LINKS, 100);
const SEED = Number(
  process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31),
);

/** mulberry32: small, seedable, good enough to pick mutations. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Injected payloads: each, if it ever ran, bumps `window.__pwned`. */
const PAYLOADS = [
  '<img src=x onerror=window.__pwned=(window.__pwned||0)+1>',
  '"><script>window.__pwned=(window.__pwned||0)+1</script>',
  'javascript:window.__pwned=(window.__pwned||0)+1',
  '<svg onload=window.__pwned=(window.__pwned||0)+1>',
  "'-window.__pwned++-'",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__',
  'constructor',
];
const NASTY = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '1e309',
  '-1e308',
  '0x10',
  '1e-400',
  '',
  '%',
  '%E0%A4%A',
  '%00',
  '%uD800',
  '\u202e',
  '\ud800',
  '🙂',
  '&&&',
  '===',
  ',,,',
  '9'.repeat(400),
  'a'.repeat(2000),
];
const KEYS = [
  'v',
  'cat',
  'tpm',
  'uc',
  'o',
  'pv',
  'n',
  'is',
  'tpr',
  'rt',
  'cp',
  'bs',
  'pa',
  'ttft',
  'ots',
  'tok',
  'fte',
  'sm',
  'qf',
  'embed',
  'panels',
  'theme',
  'lock',
  '__proto__',
];
const CHARS =
  '&=,;:%+.-_~!*()[]{}<>"\'`\\/ #?0123456789abcdefxyzABC\u00e9\u4e2d';

/** Percent-encodes what can be; a lone surrogate goes in raw (the browser escapes it). */
function enc(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One mangled query (no leading `?`) from a real share link. */
function mangle(base: string, r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let q = base;
  const steps = 1 + Math.floor(r() * 4);
  for (let s = 0; s < steps; s++) {
    const parts = q.split('&');
    switch (Math.floor(r() * 10)) {
      case 0: {
        // delete a span
        const i = Math.floor(r() * q.length);
        q = q.slice(0, i) + q.slice(i + 1 + Math.floor(r() * 8));
        break;
      }
      case 1: {
        // insert random characters
        const i = Math.floor(r() * (q.length + 1));
        let add = '';
        for (let k = 0; k < 1 + r() * 6; k++) add += pick([...CHARS]);
        q = q.slice(0, i) + add + q.slice(i);
        break;
      }
      case 2: {
        // a value replaced by something nasty
        const i = Math.floor(r() * parts.length);
        const [k] = (parts[i] ?? '').split('=');
        parts[i] = `${k}=${enc(pick(NASTY))}`;
        q = parts.join('&');
        break;
      }
      case 3: // an injected payload, raw or encoded
        q += `&${pick(KEYS)}=${r() < 0.5 ? pick(PAYLOADS) : enc(pick(PAYLOADS))}`;
        break;
      case 4: // a key repeated
        q += `&${pick(parts)}`;
        break;
      case 5: // keys shuffled
        q = parts.sort(() => r() - 0.5).join('&');
        break;
      case 6: {
        // a list value grown long (options, privacy rules)
        const i = Math.floor(r() * parts.length);
        const [k, v = ''] = (parts[i] ?? '').split('=');
        parts[i] =
          `${k}=${Array.from({ length: 20 + Math.floor(r() * 300) }, () => v).join(',')}`;
        q = parts.join('&');
        break;
      }
      case 7: // a version from elsewhere
        q = q.replace(
          /(^|&)v=\d+/,
          `$1v=${pick(['0', '2', '99', '-1', 'x', ''])}`,
        );
        break;
      case 8: {
        // a byte flipped
        const i = Math.floor(r() * q.length);
        q =
          q.slice(0, i) +
          String.fromCharCode(
            (q.charCodeAt(i) + 1 + Math.floor(r() * 90)) % 0x7f,
          ) +
          q.slice(i + 1);
        break;
      }
      default: // truncated
        q = q.slice(0, Math.floor(r() * q.length));
    }
  }
  // Big links too (the 100–270 KB), now and then.
  if (r() < 0.01) q += `&n=${'x'.repeat(100_000 + Math.floor(r() * 150_000))}`;
  return q;
}

/** Real share links of today's page: the fuzz starts from what users send. */
async function corpus(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const start of [
    './?v=1&tpm=2B&embed=1&panels=verdict,sliders&theme=dark&lock=tpm',
    './?v=1&tpm=5B&uc=rag',
    './?v=1&tpm=300M&uc=code&n=Team%20plan',
    './?v=1&tpm=50M',
  ]) {
    await page.goto(start);
    await expect(
      page.getByRole('heading', { name: 'Recommendation' }),
    ).toBeVisible();
    await page.waitForTimeout(400); // the throttled replaceState writes the full link
    out.push((await page.evaluate(() => location.search)).replace(/^\?/, ''));
  }
  return out;
}

type Outcome = {
  broken: string[];
  pwned: number;
  errors: string[];
  checked: number;
  budgetEnded: boolean;
};

/**
 * Applies links in the page through history + popstate, each until the page
 * is quiet (no DOM change for a frame and an idle period: the results that
 * follow a paint, deferred charts and lazy panels included); returns the
 * queries whose page broke, and the verdict's text after the last.
 */
async function applyInPage(
  page: Page,
  queries: string[],
  deadline = Infinity,
): Promise<{
  broken: string[];
  lastVerdict: string;
  slow: { q: string; ms: number }[];
  applied: number;
}> {
  const args = { qs: queries, pending: RESULTS_PENDING, deadline };
  return page.evaluate(async ({ qs, pending, deadline }) => {
    const root = document.getElementById('root')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const idle = () =>
      new Promise((r) => requestIdleCallback(r, { timeout: 10_000 }));
    const quiet = async () => {
      let changed = true;
      const mo = new MutationObserver(() => {
        changed = true;
      });
      mo.observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      // The results current first (ADR-33): the worker computes with no DOM
      // change, so quiet alone could read the previous link's verdict.
      const t0 = performance.now();
      while (
        document.querySelector(pending) !== null &&
        performance.now() - t0 < 10_000
      )
        await frame();
      // At most 40 rounds or 15 s: a page still changing then is read as it is.
      const t1 = performance.now();
      for (
        let n = 0;
        changed && n < 40 && performance.now() - t1 < 15_000;
        n++
      ) {
        changed = false;
        await frame();
        await idle();
      }
      mo.disconnect();
    };
    const broken: string[] = [];
    const slow: { q: string; ms: number }[] = [];
    let applied = 0;
    for (const q of qs) {
      if (Date.now() > deadline) break;
      applied++;
      const started = performance.now();
      try {
        history.pushState(null, '', `${location.pathname}?${q}`);
      } catch {
        continue; // the browser refused the URL itself (too long): nothing for the page to decode
      }
      dispatchEvent(new PopStateEvent('popstate'));
      await quiet();
      const ok =
        root.childElementCount > 0 &&
        document.querySelector('.part-failed') === null &&
        /Recommendation/.test(root.textContent ?? '');
      if (!ok) broken.push(q);
      const ms = performance.now() - started;
      if (ms > 2000) slow.push({ q, ms });
    }
    const lastVerdict =
      document.querySelector('[data-testid="verdict-detail"]')?.textContent ??
      '';
    return { broken, lastVerdict, slow, applied };
  }, args);
}

async function fuzz(
  page: Page,
  seed: number,
  links: number,
  deadline: number,
): Promise<Outcome> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const bases = await corpus(page);
  // The check sees what a link renders: a known link's verdict follows it.
  const calibration = await applyInPage(page, ['v=1&tpm=7B']);
  expect(calibration.lastVerdict).toContain('7B tokens/month');
  const r = rng(seed);
  const broken: string[] = [];
  let checked = 0;
  const all = Array.from({ length: links }, () =>
    mangle(bases[Math.floor(r() * bases.length)]!, r),
  );
  for (let i = 0; i < all.length && Date.now() < deadline; i += 100) {
    // A full load of the first link of each hundred: the start-up decoding path.
    const first = all[i]!;
    // Too long for a request (the server's limit, not the page's): it is
    // applied in the page with the rest of its hundred instead. Node's HTTP
    // server (vite preview) answers 431 once a request's headers, its request
    // line included, pass 16 KiB, and Chromium shows that as its own error
    // page: goto throws net::ERR_HTTP_RESPONSE_CODE_FAILURE (links of 16,610
    // and 44,996 characters here; CI on 39e3134 failed in this goto). Static
    // hosts draw the line at 8–16 KB; the page's own links stay far below.
    const loaded = new URL(`./?${first}`, page.url()).href.length <= 8_000;
    if (loaded) {
      await page.goto(`./?${first}`);
      // The app starts after the first paint (boot.ts, ADR-28), and only the
      // default page is prerendered: wait for the heading as a reader would,
      // instead of asking at the instant the load event fires.
      // An embed link renders the embed (its panels as the link picks them,
      // perhaps without the verdict): its own root is the page.
      const embed = page.locator('.embed-root');
      const ok = await page
        .getByRole('heading', { name: 'Recommendation' })
        .or(embed)
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      if (!ok || (await page.locator('.part-failed').count()) > 0)
        broken.push(first);
      checked++;
      // An embed never navigates in-page to other links (it lives in an
      // iframe with its own link), so the links that follow are applied to
      // the full page, not to an embed without a verdict (seed 432032694: an
      // embed of panels=ver?ict,sliders made its 99 followers look broken).
      // (A link, not the bare page: a bare visit after the fuzz's links hydrates
      // the prerendered default with text that differs — React's #418, seen
      // with seed 610677791 — which is a finding of its own, not this check's.)
      if ((await embed.count()) > 0) {
        await page.goto('./?v=1&tpm=50M');
        await appStarted(page);
      }
    }
    const run = await applyInPage(
      page,
      all.slice(loaded ? i + 1 : i, i + 100),
      deadline,
    );
    broken.push(...run.broken);
    checked += run.applied;
    // A link that took seconds to settle is worth a look even when it passed.
    for (const s of run.slow.slice(0, 3))
      console.log(
        `attack-links: ${Math.round(s.ms)} ms to settle: ${s.q.slice(0, 200)}`,
      );
  }
  const pwned = await page.evaluate(
    () => (window as unknown as { __pwned?: number }).__pwned ?? 0,
  );
  return {
    broken,
    pwned,
    errors,
    checked,
    budgetEnded: Date.now() >= deadline,
  };
}

test(`mangled links never break the page or run script`, async ({ page }) => {
  // ~0.1 s a link idle; the budget ends the run on a loaded machine. The
  // margin covers the corpus, the last link (≤ 10 s pending + 15 s settling)
  // and a full load.
  test.setTimeout((BUDGET_S + 150) * 1000);
  console.log(
    `attack-links: seed ${SEED}: up to ${LINKS} links or ${BUDGET_S} s`,
  );
  // Counts payloads that ran on any full load too (the init script survives navigations).
  await page.addInitScript(() => {
    const w = window as unknown as { __pwned?: number };
    w.__pwned = Number(sessionStorage.getItem('pwned') ?? 0);
    addEventListener('pagehide', () =>
      sessionStorage.setItem('pwned', String(w.__pwned ?? 0)),
    );
  });
  const t0 = Date.now();
  const { broken, pwned, errors, checked, budgetEnded } = await fuzz(
    page,
    SEED,
    LINKS,
    t0 + BUDGET_S * 1000,
  );
  const seconds = (Date.now() - t0) / 1000;
  console.log(
    `attack-links: seed ${SEED}: ${checked} of ${LINKS} links in ${seconds.toFixed(1)} s${budgetEnded && checked < LINKS ? ' (the time budget ended the run)' : ''}; broken ${broken.length}, script executions ${pwned}, page errors ${errors.length}`,
  );
  test.info().annotations.push({
    type: 'fuzz',
    description: `seed ${SEED}, ${checked} of ${LINKS} links`,
  });
  const replay = `replay with FUZZ_SEED=${SEED} FUZZ_LINKS=${LINKS}`;
  expect(
    checked,
    `links checked within ${BUDGET_S} s (${replay})`,
  ).toBeGreaterThanOrEqual(MIN_LINKS);
  expect(
    broken.slice(0, 3).map((q) => q.slice(0, 300)),
    `broken pages (${replay})`,
  ).toEqual([]);
  expect(pwned, `script executions (${replay})`).toBe(0);
  expect(errors.slice(0, 3), `page errors (${replay})`).toEqual([]);
});
