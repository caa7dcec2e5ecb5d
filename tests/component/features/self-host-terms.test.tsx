/**
 * Issue 14 item 8: the self-hosted editor's jargon — quantization, W8A8 and
 * the KV cache — is explained on keyboard focus (and hover), as FTE, PUE and
 * TTFT are elsewhere; the word is a button described by its tooltip.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SelfHostEditor } from '../../../src/features/options/self-host-editor';
import { SelfHostServingFields } from '../../../src/features/options/self-host-serving-fields';
import { glossary } from '../../../src/lib/glossary';
import {
  selfHostOptionFrom,
  useCalculatorStore,
  type SelfHostOptionState,
} from '../../../src/state';
import { pageCatalog } from '../../fixtures/page-catalog';
import { handCheckedInputs, renderWithStore } from '../render-with-store';

const option = (quantId: string) =>
  selfHostOptionFrom(pageCatalog, {
    id: 's1',
    colorIndex: 2,
    openModelId: 'llama-3.1-8b-instruct',
    quantId,
    engineId: 'vllm',
    hardwareId: 'h100-sxm-80gb',
    gpusPerReplica: 1,
    procurement: 'on-demand',
  });

function Editor({ serving }: { readonly serving: boolean }) {
  const o = useCalculatorStore(
    (s) => s.inputs.options.find((x) => x.id === 's1') as SelfHostOptionState,
  );
  return serving ? (
    <SelfHostServingFields option={o} />
  ) : (
    <SelfHostEditor option={o} />
  );
}

function render(quantId: string, serving = false) {
  renderWithStore(<Editor serving={serving} />, {
    inputs: { ...handCheckedInputs(pageCatalog), options: [option(quantId)] },
  });
}

function explainedOnFocus(word: string, meaning: string) {
  const button = screen.getByRole('button', { name: word });
  fireEvent.focus(button);
  expect(button).toHaveAccessibleDescription(meaning);
}

describe('the self-hosted editor explains its jargon', () => {
  it('quantization, and W8A8 when the chosen quant is W8A8', () => {
    render('int8');
    explainedOnFocus('quantization', glossary.quant);
    explainedOnFocus('W8A8', glossary.w8a8);
  });

  it('FTE in the operations time, and the field keeps its name', () => {
    render('fp8');
    explainedOnFocus('FTE', glossary.fte);
    expect(
      screen.getByRole('textbox', { name: /^Operations time/ }),
    ).toBeInTheDocument();
  });

  it('says nothing of W8A8 for a weight-only 4-bit quant', () => {
    render('awq-int4');
    expect(screen.getByRole('button', { name: 'quantization' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'W8A8' })).toBeNull();
  });

  it('the KV cache, beside its precision', () => {
    render('fp8', true);
    explainedOnFocus('KV cache', glossary.kvCache);
  });
});
