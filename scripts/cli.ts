export {};

/**
 * Crossover's command line: `crossover <command> [options]` — from a checkout
 * `npm run cli -- <command>` (through tsx), or the built plain-JavaScript file
 * `node dist-cli/crossover.mjs <command>` (`npm run build:cli`; no dependencies
 * needed at run time). Each command lives in scripts/cli/<command>-command.ts
 * and exports `run(args)`, which returns the process exit code (0 ok, 2 bad
 * arguments or an unknown id, 1 failure).
 */
type Command = { run: (args: readonly string[]) => Promise<number> | number };

const commands: Record<string, () => Promise<Command>> = {
  catalog: () => import('./cli/catalog-command.ts'),
  evaluate: () => import('./cli/evaluate-command.ts'),
  estimate: () => import('./cli/estimate-command.ts'),
};

const usage = `usage: crossover <command> [options]    (from a checkout: npm run cli -- <command>)
commands:
  catalog   [--kind api|provider|open-model|quant|hardware|cloud|engine|privacy|hybrid] [--json]
  evaluate  <scenario.json | crossover-export.json> | --link "https://…/?v=1&…"
            [--sensitivity] [--monte-carlo N] [--seed S] [--curve-samples N] [--compact]
  estimate  --model <id> --hardware <id> --quant <id> --engine <id> [--gpus N] [--batch N]
            [--prompt-tokens N] [--output-tokens N] [--json]
the scenario file format: docs/scenario.schema.json`;

/*
 * A reader that stops early (`crossover catalog --json | head`) closes the
 * pipe: that is a normal end, not a failure — exit quietly instead of
 * printing an EPIPE stack trace.
 */
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${usage}\n`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`crossover: unknown command "${name}"\n${usage}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command.run(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`crossover: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
