export {};

/**
 * Crossover's command line: `npm run cli -- <command> [options]`.
 * Each command lives in scripts/cli/<command>-command.ts and exports `run(args)`,
 * which returns the process exit code (0 ok, 2 bad arguments, 1 failure).
 */
type Command = { run: (args: readonly string[]) => Promise<number> | number };

const commands: Record<string, () => Promise<Command>> = {
  catalog: () => import('./cli/catalog-command.ts'),
  evaluate: () => import('./cli/evaluate-command.ts'),
  estimate: () => import('./cli/estimate-command.ts'),
};

const usage = `usage: npm run cli -- <command> [options]
commands:
  catalog   [--kind api|provider|open-model|quant|hardware|cloud|engine|privacy|hybrid] [--json]
  evaluate  <scenario.json>
  estimate  --model <id> --hardware <id> --quant <id> --engine <id> [--gpus N] [--batch N]
            [--prompt-tokens N] [--output-tokens N] [--json]`;

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
    if (/Cannot find module|ERR_MODULE_NOT_FOUND/.test(message)) {
      process.stderr.write(
        `crossover: command "${name}" is not available yet\n`,
      );
      return 2;
    }
    process.stderr.write(`crossover: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
