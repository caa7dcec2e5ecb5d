import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Catalog } from '../../src/catalog';
import { pageCatalog } from '../fixtures/page-catalog';
import {
  CalculatorProvider,
  createCalculatorStore,
  defaultInputs,
  type CalculatorInputs,
} from '../../src/state';

/** Renders UI inside a fresh store (one per test), on the pinned page catalog by default. */
export function renderWithStore(
  ui: ReactElement,
  {
    catalog = pageCatalog,
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
