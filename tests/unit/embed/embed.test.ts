import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  buildEmbedSnippet,
  createParentBridge,
  embedConfigFrom,
  embedMessageSchema,
  EMBED_PANELS,
  isFramed,
  originOrNull,
  readyMessage,
  resizeMessage,
  scenarioChangedMessage,
} from '../../../src/embed';

describe('embedConfigFrom', () => {
  it('defaults to the full page with every panel, auto theme and nothing locked', () => {
    expect(embedConfigFrom({})).toEqual({
      embed: false,
      framed: false,
      panels: [...EMBED_PANELS],
      theme: 'auto',
      locked: [],
      parentOrigin: null,
    });
  });

  it('reads every view parameter, keeping the canonical order', () => {
    expect(
      embedConfigFrom({
        embed: '1',
        panels: 'chart,verdict',
        theme: 'dark',
        lock: 'is,tpm',
        parentOrigin: 'https://docs.example.org',
      }),
    ).toMatchObject({
      embed: true,
      panels: ['verdict', 'chart'],
      theme: 'dark',
      locked: ['tpm', 'is'],
      parentOrigin: 'https://docs.example.org',
    });
    expect(embedConfigFrom({ lock: 'all' }).locked).toEqual([
      'tpm',
      'is',
      'uc',
    ]);
  });

  it('falls back parameter by parameter on junk', () => {
    expect(
      embedConfigFrom({
        embed: 'yes please',
        panels: 'nothing,useful',
        theme: 'purple',
        lock: '<script>',
        parentOrigin: 'javascript:alert(1)',
      }),
    ).toEqual({
      embed: false,
      framed: false,
      panels: [...EMBED_PANELS],
      theme: 'auto',
      locked: [],
      parentOrigin: null,
    });
  });

  it('detects a frame, and treats a refused check as framed', () => {
    const w = {} as Window;
    expect(isFramed({ self: w, top: w })).toBe(false);
    expect(isFramed({ self: w, top: {} as Window })).toBe(true);
    const hostile = {
      self: w,
      get top(): Window {
        throw new Error('cross-origin');
      },
    };
    expect(isFramed(hostile)).toBe(true);
  });
});

describe('originOrNull', () => {
  it.each([
    ['https://docs.example.org', 'https://docs.example.org'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['https://Example.org', 'https://example.org'],
  ])('accepts %s', (s, o) => expect(originOrNull(s)).toBe(o));
  it.each([
    '*',
    'null',
    'https://x.org/path',
    'https://x.org/',
    'ftp://x.org',
    'https://*.x.org',
    'https://x.org?q',
    '',
  ])('refuses %j', (s) => expect(originOrNull(s)).toBeNull());
});

describe('protocol', () => {
  it('builds versioned, prefixed messages that pass their own schema', () => {
    for (const m of [
      readyMessage(812.4),
      resizeMessage(900),
      scenarioChangedMessage('?v=1&tpm=2B'),
    ]) {
      expect(embedMessageSchema.parse(m)).toEqual(m);
      expect(m.type.startsWith('crossover:')).toBe(true);
      expect(m.version).toBe(1);
    }
    expect(readyMessage(812.4).height).toBe(813);
  });
});

describe('createParentBridge', () => {
  it('sends ready and resize (height only) to any parent, dropping repeats', () => {
    const postMessage = vi.fn();
    const bridge = createParentBridge({ postMessage }, null);
    bridge.ready(500);
    bridge.resize(500);
    bridge.resize(640.2);
    bridge.resize(641);
    expect(postMessage.mock.calls).toEqual([
      [readyMessage(500), '*'],
      [resizeMessage(641), '*'],
    ]);
  });

  it('sends the scenario only to the named origin, and never without one', () => {
    const postMessage = vi.fn();
    createParentBridge({ postMessage }, null).scenarioChanged('?v=1&tpm=2B');
    expect(postMessage).not.toHaveBeenCalled();
    createParentBridge(
      { postMessage },
      'https://docs.example.org',
    ).scenarioChanged('?v=1');
    expect(postMessage).toHaveBeenCalledWith(
      scenarioChangedMessage('?v=1'),
      'https://docs.example.org',
    );
    expect(postMessage.mock.calls.every(([, origin]) => origin !== '*')).toBe(
      true,
    );
  });

  it('survives a parent that throws', () => {
    const bridge = createParentBridge(
      {
        postMessage: () => {
          throw new Error('detached');
        },
      },
      'https://a.org',
    );
    expect(() => {
      bridge.ready(1);
      bridge.resize(2);
      bridge.scenarioChanged('');
    }).not.toThrow();
  });
});

describe('the embed accepts no messages (ADR-4)', () => {
  it('no source file listens for message events', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(f)) files.push(p);
      }
    };
    walk(join(__dirname, '../../../src'));
    // embed-snippet.ts holds the *host page's* listener as text, for pasting.
    // The engine worker (ADR-28) is the one other channel, and not a window's:
    // the page hears its own Worker object, the worker its own scope, which
    // only the page that started it can post to.
    const ownWorker = ['app/worker-evaluator.ts', 'app/engine-worker.ts'];
    const listening = files
      .filter((f) => !f.endsWith('embed-snippet.ts'))
      .filter((f) => !ownWorker.some((w) => f.endsWith(w)))
      .filter((f) =>
        /addEventListener\(\s*['"]message['"]|onmessage\s*=/.test(
          readFileSync(f, 'utf8'),
        ),
      );
    expect(listening).toEqual([]);
  });

  it('the engine worker’s two files listen only on the worker, never on a window', () => {
    const dir = join(__dirname, '../../../src/app');
    const page = readFileSync(join(dir, 'worker-evaluator.ts'), 'utf8');
    const worker = readFileSync(join(dir, 'engine-worker.ts'), 'utf8');
    for (const text of [page, worker]) {
      expect(text).not.toMatch(/window\s*\.\s*(addEventListener|onmessage)/);
      expect(text).not.toMatch(/onmessage\s*=/);
    }
    // The page side: every message listener is on the Worker it started.
    expect(page.match(/\b(\w+)\.addEventListener\(\s*'message'/g)).toEqual([
      "w.addEventListener('message'",
    ]);
    // The worker side: on its own scope, installed only inside a worker.
    expect(worker.match(/\b(\w+)\.addEventListener\(\s*'message'/g)).toEqual([
      "scope.addEventListener('message'",
    ]);
    expect(worker).toMatch(
      /if \(isWorkerScope\(globalThis\)\) serveEngine\(globalThis\)/,
    );
  });
});

describe('buildEmbedSnippet', () => {
  const src = 'https://example.org/crossover/?v=1&tpm=2B&embed=1';

  it('builds a titled, lazy, full-width, borderless iframe with its src escaped', () => {
    const { iframe, html } = buildEmbedSnippet({
      src,
      title: 'Cost "calculator" <x>',
      heightPx: 900,
      autoResize: false,
    });
    expect(iframe).toBe(
      '<iframe id="crossover-embed" src="https://example.org/crossover/?v=1&amp;tpm=2B&amp;embed=1" title="Cost &quot;calculator&quot; &lt;x&gt;" loading="lazy" style="width:100%;height:900px;border:0"></iframe>',
    );
    expect(html).toBe(iframe);
  });

  it('adds a listener that checks the frame, the origin, the type and the version', () => {
    const { script } = buildEmbedSnippet({
      src,
      title: 'Crossover',
      heightPx: 900,
      autoResize: true,
    });
    expect(script).toContain('e.source !== frame.contentWindow');
    expect(script).toContain('e.origin !== "https://example.org"');
    expect(script).toContain(
      '(d.type === "crossover:ready" || d.type === "crossover:resize") && d.version === 1',
    );
    expect(script.split('\n').length).toBeLessThanOrEqual(10);
  });

  it('runs: the listener resizes only from its own frame', () => {
    const { script } = buildEmbedSnippet({
      src,
      title: 'Crossover',
      heightPx: 900,
      autoResize: true,
    });
    const body = script.replace(/<\/?script>/g, '');
    const frame = { contentWindow: {}, style: { height: '' } };
    let handler: (e: unknown) => void = () => {};
    const window = {
      addEventListener: (_: string, h: (e: unknown) => void) => (handler = h),
    };
    const document = { getElementById: () => frame };
    new Function('window', 'document', body)(window, document);
    handler({
      source: {},
      origin: 'https://example.org',
      data: { type: 'crossover:resize', version: 1, height: 700 },
    });
    expect(frame.style.height).toBe('');
    handler({
      source: frame.contentWindow,
      origin: 'https://evil.org',
      data: { type: 'crossover:resize', version: 1, height: 700 },
    });
    expect(frame.style.height).toBe('');
    handler({
      source: frame.contentWindow,
      origin: 'https://example.org',
      data: { type: 'crossover:resize', version: 1, height: 700 },
    });
    expect(frame.style.height).toBe('700px');
    // The first message sizes the frame already: no click needed (issue 14 item 5).
    handler({
      source: frame.contentWindow,
      origin: 'https://example.org',
      data: { type: 'crossover:ready', version: 1, height: 1306 },
    });
    expect(frame.style.height).toBe('1306px');
    handler({
      source: frame.contentWindow,
      origin: 'https://example.org',
      data: { type: 'crossover:scenario-changed', version: 1, height: 50 },
    });
    expect(frame.style.height).toBe('1306px');
  });
});
