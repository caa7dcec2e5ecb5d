import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Catalog } from '../../src/catalog';
import { pageCatalog } from '../fixtures/page-catalog';
import {
  CalculatorProvider,
  createCalculatorStore,
  type CalculatorInputs,
} from '../../src/state';
import { decodeLink } from '../../src/url';

/**
 * The scenario these component tests were hand-checked on: the 2024
 * first-visit set (GPT-4o, GPT-4o mini, Llama 3.3 70B on 2×H100, Llama 3.1 8B
 * on one H100 and on a Mac), as a version-1 link without `o` still means it
 * (ADR-24). The page's own first visit, today's models, is tested in
 * tests/component/features/todays-defaults.test.tsx.
 */
export function handCheckedInputs(catalog: Catalog): CalculatorInputs {
  return decodeLink('v=1', { catalog }).inputs;
}

/** Renders UI inside a fresh store (one per test), on the pinned page catalog and the hand-checked scenario by default. */
export function renderWithStore(
  ui: ReactElement,
  {
    catalog = pageCatalog,
    inputs,
  }: { catalog?: Catalog; inputs?: CalculatorInputs } = {},
) {
  const store = createCalculatorStore(
    inputs ?? handCheckedInputs(catalog),
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
