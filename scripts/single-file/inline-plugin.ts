import { createHash } from 'node:crypto';
import type { OutputAsset, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * Inlines the build's one JavaScript chunk and its CSS into index.html, so
 * the page works opened from disk (file://), where a browser refuses to load
 * module scripts from other files. Needs a build without code splitting
 * (`output.codeSplitting: false`): lazy chunks are folded into the one script.
 *
 * The inlined script cannot run under `script-src 'self'`, so the page
 * carries its own CSP <meta> allowing exactly that script by its SHA-256
 * hash, and no network access at all (docs/decisions/0012-single-file-build.md).
 */
export function inlineSingleFile(): Plugin {
  return {
    name: 'crossover-inline-single-file',
    apply: 'build',
    enforce: 'post',
    // order: 'post' runs after Vite's own generateBundle work (its preload
    // helper placeholders are filled in there).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle).find(
          (f): f is OutputAsset =>
            f.type === 'asset' && f.fileName === 'index.html',
        );
        if (!html)
          this.error('single file: index.html not found in the bundle');
        const chunks = Object.values(bundle).filter(
          (f): f is OutputChunk => f.type === 'chunk',
        );
        if (chunks.length !== 1)
          this.error(
            `single file: expected one JavaScript chunk, got ${chunks.length} (is code splitting off?)`,
          );
        const chunk = chunks[0]!;
        const css = Object.values(bundle).filter(
          (f): f is OutputAsset =>
            f.type === 'asset' && f.fileName.endsWith('.css'),
        );
        // "</script" inside the code would end the element early; "<\/script" means the same in JS.
        const code = chunk.code
          .replace(/<\/(script)/gi, '<\\/$1')
          .replace(/<!--/g, '<\\!--');
        const styles = css
          .map((c) => String(c.source))
          .join('\n')
          .replace(/<\/(style)/gi, '<\\/$1');
        // The hash covers the element's exact text, whitespace included.
        const scriptBody = `\n${code}\n    `;
        const scriptHash = createHash('sha256')
          .update(scriptBody, 'utf8')
          .digest('base64');
        const csp = [
          "default-src 'none'",
          `script-src 'sha256-${scriptHash}'`,
          "style-src 'unsafe-inline'",
          'img-src data: blob:',
          "connect-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ].join('; ');
        let page = String(html.source);
        page = page.replace(
          /\s*<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/,
          '',
        );
        page = page.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
        page = page.replace(/\s*<link rel="stylesheet"[^>]*>/g, '');
        page = page.replace(
          '<meta charset="UTF-8" />',
          () =>
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
        // Replacer functions: a replacement *string* would expand `$&`, `$'`…
        // found in the code itself.
        page = page.replace(
          '</head>',
          () => `    <style>\n${styles}\n    </style>\n  </head>`,
        );
        // Module scripts run after parsing anyway; at the end of <body> it reads in order.
        page = page.replace(
          '</body>',
          () => `    <script type="module">${scriptBody}</script>\n  </body>`,
        );
        html.source = page;
        delete bundle[chunk.fileName];
        for (const c of css) delete bundle[c.fileName];
      },
    },
  };
}
