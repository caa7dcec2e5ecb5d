/**
 * Where each option stands (issue 14 item 1): a ticked rule's exclusion is
 * said with the requirement the option fails, a configuration that cannot
 * run is marked as such, and the verdict names both.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { verdictWords } from '../../../src/features/recommendation/verdict-words';
import { fullResultFor, optionStandings } from '../../../src/state';
import { decodeLink } from '../../../src/url';

const at = (link: string) => {
  const { inputs } = decodeLink(link, { catalog });
  return { inputs, result: fullResultFor(inputs, catalog) };
};
const OPTIONS =
  'o=a1:gpt-4o-mini,a2:gemini-2-5-flash,s3:llama-3.1-405b-instruct:bf16:vllm:l4-24gb:g1';

describe('optionStandings', () => {
  it('HIPAA excludes Gemini: “needs a signed BAA”, and the verdict names it', () => {
    const free = at(`?v=1&${OPTIONS}`);
    const hipaa = at(`?v=1&pv=hipaa-phi&${OPTIONS}`);
    expect(optionStandings(free.result, catalog).get('a2')?.kind).toBe(
      'eligible',
    );
    const gemini = optionStandings(hipaa.result, catalog).get('a2');
    expect(gemini?.kind).toBe('excluded');
    expect(gemini?.kind !== 'eligible' && gemini?.reasons[0]).toMatch(
      /^needs a signed BAA \(HIPAA/,
    );
    const words = verdictWords(hipaa.result, hipaa.inputs.options, catalog);
    expect(words.detail).toMatch(
      /Ruled out: Gemini 2\.5 Flash \(needs a signed BAA/,
    );
    expect(
      verdictWords(free.result, free.inputs.options, catalog).detail,
    ).not.toMatch(/Ruled out/);
  });

  it('air-gapped: every API must run on your own hardware', () => {
    const { result } = at(`?v=1&pv=air-gapped&${OPTIONS}`);
    const standings = optionStandings(result, catalog);
    for (const a of result.api)
      expect(standings.get(a.id)?.kind).toBe('excluded');
  });

  it('a configuration that does not fit is marked infeasible, not eligible', () => {
    const { inputs, result } = at(`?v=1&${OPTIONS}`);
    const s3 = result.selfHost.find((s) => s.id === 's3');
    expect(s3?.feasible).toBe(false);
    expect(optionStandings(result, catalog).get('s3')?.kind).toBe('infeasible');
    expect(verdictWords(result, inputs.options, catalog).detail).toMatch(
      /Cannot run here: .*405B/,
    );
  });
});
