import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { catalog as realCatalog, type Catalog } from '../../src/catalog';
import {
  CalculatorProvider,
  createCalculatorStore,
  defaultInputs,
  type CalculatorInputs,
} from '../../src/state';

/** Renders UI inside a fresh store (one per test, architecture §3.10). */
export function renderWithStore(
  ui: ReactElement,
  {
    catalog = realCatalog,
    inputs,
  }: { catalog?: Catalog; inputs?: CalculatorInputs } = {},
) {
  const store = createCalculatorStore(
    inputs ?? defaultInputs(catalog),
    catalog,
  );
  const utils = render(
    <CalculatorProvider
      catalog={catalog}
      initialInputs={store.getState().inputs}
      store={store}
    >
      {ui}
    </CalculatorProvider>,
  );
  return { ...utils, store };
}
