import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog';
import { hostedModelLabel } from '../../../src/state/option-labels';

describe('hostedModelLabel', () => {
  it('names the host once when the model name already carries it', () => {
    expect(hostedModelLabel('groq-gpt-oss-120b', catalog)).toBe(
      'gpt-oss-120b · Groq',
    );
  });

  it('never repeats a host in any hosted open model label', () => {
    for (const m of Object.values(catalog.byId.apiModels)) {
      if (!m.openModelId) continue;
      const label = hostedModelLabel(m.id, catalog);
      const parts = label.split(' · ').map((p) => p.trim());
      const last = parts[parts.length - 1]!;
      const before = parts.slice(0, -1).join(' · ');
      expect(before.includes(last), label).toBe(false);
      // The host is still named: the provider's name holds the label's last part.
      const provider = catalog.byId.providers[m.providerId]!.name;
      expect(provider.includes(last) || last.includes(provider), label).toBe(
        true,
      );
    }
  });

  it('adds the provider to a first-party model name that lacks it', () => {
    const m = Object.values(catalog.byId.apiModels).find(
      (x) => !x.openModelId && !x.name.includes(' · '),
    )!;
    const provider = catalog.byId.providers[m.providerId]!.name;
    expect(hostedModelLabel(m.id, catalog)).toBe(`${m.name} · ${provider}`);
  });
});
