import type {
  FullResult,
  Reporter,
  TestCase,
  TestResult,
} from '@playwright/test/reporter';

/** Prints `playwright: N passed, N failed, N skipped` as the last line. */
export default class PlaywrightSummaryReporter implements Reporter {
  private readonly last = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.last.set(test.id, result.status);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const status of this.last.values()) {
      if (status === 'passed') passed++;
      else if (status === 'skipped') skipped++;
      else failed++;
    }
    if (result.status !== 'passed' && failed === 0 && passed === 0) failed = 1;
    process.stdout.write(
      `playwright: ${passed} passed, ${failed} failed, ${skipped} skipped\n`,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
