import { useMemo } from 'react';
import { selectInputs, useCalculatorStore, useCatalog } from '../../state';
import { buildShareUrl } from '../../url';

/**
 * The embed's way out: the full calculator with the same scenario, in a new
 * tab (`rel="noopener"`: the new page gets no handle on this one), OWID's footer.
 */
export function OpenInCrossoverLink({ baseUrl }: { baseUrl: string }) {
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  const href = useMemo(
    () => buildShareUrl(baseUrl, inputs, { catalog }),
    [baseUrl, inputs, catalog],
  );
  return (
    <a className="open-in-crossover" href={href} target="_blank" rel="noopener">
      Open in Crossover
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
