import { lazy, Suspense } from 'react';
import type { Catalog, CloudOffer, CloudOfferTier } from '../../catalog';
import {
  BOUNDS,
  cloudOffersFor,
  deskable,
  isDefaultTierOffer,
  offerAtPrice,
  PROCUREMENT_LABELS,
  rentedDiscountsFor,
  selectActions,
  selectPrivacyRuleIds,
  useCalculatorStore,
  useCatalog,
  type OptionPatch,
  type ProcurementChoice,
  type SelfHostOptionState,
} from '../../state';
import { NumberField, SelectField, type SelectGroup } from '../../ui';

const RunningCostsEditor = lazy(() =>
  import('./running-costs-editor').then((m) => ({
    default: m.RunningCostsEditor,
  })),
);

const HARDWARE_KIND_LABELS = {
  'datacenter-gpu': 'Datacenter GPUs',
  'consumer-gpu': 'Consumer and workstation GPUs',
  apple: 'Apple Silicon',
  cpu: 'CPUs',
} as const;

function formatParams(params: number): string {
  return params >= 1e9
    ? `${Number((params / 1e9).toPrecision(3))}B`
    : `${Math.round(params / 1e6)}M`;
}

/** Option groups in first-seen order. */
function groupBy<T>(
  items: readonly T[],
  group: (item: T) => string,
  option: (item: T) => { value: string; label: string },
): SelectGroup[] {
  const out = new Map<string, { value: string; label: string }[]>();
  for (const item of items) {
    const key = group(item);
    const list = out.get(key) ?? [];
    list.push(option(item));
    out.set(key, list);
  }
  return [...out].map(([label, options]) => ({ label, options }));
}

function flat(options: { value: string; label: string }[]): SelectGroup[] {
  return [{ label: '', options }];
}

type SectionProps = { readonly option: SelfHostOptionState };

/** Changes this option in the store. */
function useChangeOption(option: SelfHostOptionState) {
  const actions = useCalculatorStore(selectActions);
  return (patch: OptionPatch) => actions.optionChanged(option.id, patch);
}

/** A self-hosted option's editor: model, serving, hardware, procurement, operations. */
export function SelfHostEditor({ option }: SectionProps) {
  return (
    <div className="option-editor">
      <OpenModelSelect option={option} />
      <ServingRow option={option} />
      <HardwareRow option={option} />
      <ProcurementRow option={option} />
      <OperationsRow option={option} />
      {/* Loaded when an editor first opens: outside the first load. */}
      <Suspense fallback={null}>
        <RunningCostsEditor option={option} />
      </Suspense>
    </div>
  );
}

/** The open model, among those of the same mode (chat or embedding), by family. */
function OpenModelSelect({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  return (
    <SelectField
      label="Open model"
      searchable
      value={option.openModelId}
      groups={groupBy(
        catalog.openModels.filter(
          (m) =>
            m.mode ===
            (catalog.byId.openModels[option.openModelId]?.mode ?? 'chat'),
        ),
        (m) => m.family,
        (m) => ({
          value: m.id,
          label: `${m.name} (${formatParams(m.paramsTotal)}${m.moe ? `, ${formatParams(m.paramsActive)} active` : ''})`,
        }),
      )}
      onChange={(openModelId) => change({ openModelId })}
    />
  );
}

/** A new engine, with the quant and hardware kept when it runs them, else its first ones. */
function engineSwitch(
  catalog: Catalog,
  option: SelfHostOptionState,
  engineId: string,
): OptionPatch {
  const next = catalog.byId.engines[engineId];
  const quantOk =
    catalog.byId.quants[option.quantId]?.engineIds.includes(engineId);
  const hwOk = next?.hardwareKinds.includes(
    catalog.byId.hardware[option.hardwareId]?.kind ?? 'cpu',
  );
  const quant = quantOk
    ? option.quantId
    : (catalog.quants.find((q) => q.engineIds.includes(engineId))?.id ??
      option.quantId);
  const hardware = hwOk
    ? option.hardwareId
    : (catalog.hardware.find((h) => next?.hardwareKinds.includes(h.kind))?.id ??
      option.hardwareId);
  return { engineId, quantId: quant, hardwareId: hardware };
}

/** The serving engine and the quantizations it runs. */
function ServingRow({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const quantsForEngine = catalog.quants.filter((q) =>
    q.engineIds.includes(option.engineId),
  );
  return (
    <div className="pair-row">
      <SelectField
        label="Engine"
        value={option.engineId}
        groups={flat(
          catalog.engines.map((e) => ({ value: e.id, label: e.name })),
        )}
        onChange={(engineId) => change(engineSwitch(catalog, option, engineId))}
      />
      <SelectField
        label="Quantization"
        value={option.quantId}
        groups={flat(
          quantsForEngine.map((q) => ({
            value: q.id,
            label: `${q.name} (${q.bitsPerWeight} bits/weight)`,
          })),
        )}
        onChange={(quantId) => change({ quantId })}
      />
    </div>
  );
}

/** The hardware the engine runs on, by kind, and the GPUs per replica. */
function HardwareRow({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const engine = catalog.byId.engines[option.engineId];
  const hardwareForEngine = catalog.hardware.filter(
    (h) => !engine || engine.hardwareKinds.includes(h.kind),
  );
  return (
    <div className="pair-row">
      <SelectField
        label="Hardware"
        searchable
        value={option.hardwareId}
        groups={groupBy(
          hardwareForEngine,
          (h) => HARDWARE_KIND_LABELS[h.kind],
          (h) => ({ value: h.id, label: `${h.name} (${h.memoryGb} GB)` }),
        )}
        onChange={(hardwareId) => change({ hardwareId })}
      />
      <SelectField
        label="GPUs per replica"
        value={String(option.gpusPerReplica)}
        groups={flat([
          { value: '0', label: 'Auto (cheapest that fits)' },
          ...[1, 2, 4, 8].map((n) => ({
            value: String(n),
            label: String(n),
          })),
        ])}
        onChange={(v) => change({ gpusPerReplica: Number(v) })}
      />
    </div>
  );
}

const TIER_LABELS: Record<CloudOfferTier, string> = {
  hyperscaler: 'hyperscaler',
  'gpu-cloud': 'GPU cloud',
  marketplace: 'marketplace',
  community: 'community cloud',
};

/** "Lambda (GPU cloud) $2.99/GPU-h, 2026-09-25": who rents it, what kind of cloud, at what price, when read. */
export function offerLabel(offer: CloudOffer): string {
  return `${offer.cloudProvider} (${TIER_LABELS[offer.tier]}) $${offer.usdPerGpuHourOnDemand}/GPU-h, ${offer.asOf}`;
}

const OWN_PRICE = 'own';

/**
 * Which offer the GPU-hour price is: the catalog's offers for this GPU (the
 * default hyperscaler / GPU-cloud ones first), or your own figure. A GPU no
 * cloud lists says so instead of showing a made-up price.
 */
function CloudOfferChoice({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const privacyTicked = useCalculatorStore(selectPrivacyRuleIds).length > 0;
  const offers = cloudOffersFor(catalog, option.hardwareId);
  const offer = offerAtPrice(catalog, option.hardwareId, option.usdPerGpuHour);
  if (offers.length === 0)
    return (
      <p className="field-hint warn-text">
        No listed price for this GPU: enter yours.
      </p>
    );
  const thirdParty =
    offer !== null &&
    (offer.tier === 'marketplace' || offer.tier === 'community');
  const discounts = rentedDiscountsFor(
    catalog,
    option.hardwareId,
    option.usdPerGpuHour,
  );
  return (
    <>
      <SelectField
        label="Cloud offer"
        value={offer?.id ?? OWN_PRICE}
        groups={[
          {
            label: 'Hyperscalers and GPU clouds',
            options: offers
              .filter(isDefaultTierOffer)
              .map((o) => ({ value: o.id, label: offerLabel(o) })),
          },
          {
            label: 'Marketplace and community (third-party hosts, no SLA)',
            options: offers
              .filter((o) => !isDefaultTierOffer(o))
              .map((o) => ({ value: o.id, label: offerLabel(o) })),
          },
          {
            label: '',
            options: [{ value: OWN_PRICE, label: 'Your own price' }],
          },
        ].filter((g) => g.options.length > 0)}
        onChange={(v) => {
          const picked = offers.find((o) => o.id === v);
          if (picked) change({ usdPerGpuHour: picked.usdPerGpuHourOnDemand });
        }}
      />
      <p
        className={`field-hint${thirdParty && privacyTicked ? ' warn-text' : ''}`}
      >
        {offer
          ? `${offer.instanceType}: ${offerLabel(offer)}.`
          : 'Your own price (no catalog offer at this figure).'}
        {thirdParty
          ? ` A ${TIER_LABELS[offer.tier]} offer: third parties' machines, no SLA${privacyTicked ? ' — a privacy item is ticked, so it is never the default' : ''}.`
          : ''}
        {option.procurement === 'reserved'
          ? discounts.reservedListed
            ? ' Reserved: the listed 1-year price.'
            : ` Reserved: no listed price, a typical ${Math.round(discounts.reservedDiscount * 100)} % discount.`
          : ''}
        {option.procurement === 'spot'
          ? discounts.spotListed
            ? ' Spot: the listed spot price.'
            : ` Spot: no listed price, a typical ${Math.round(discounts.spotDiscount * 100)} % discount.`
          : ''}
      </p>
    </>
  );
}

/** How you get the hardware, and its price: per GPU-hour when rented, per device when bought. */
function ProcurementRow({ option }: SectionProps) {
  const catalog = useCatalog();
  const change = useChangeOption(option);
  const rented =
    option.procurement === 'on-demand' ||
    option.procurement === 'reserved' ||
    option.procurement === 'spot';
  return (
    <>
      <div className="pair-row">
        <SelectField
          label="How you get it"
          value={option.procurement}
          groups={flat(
            (Object.keys(PROCUREMENT_LABELS) as ProcurementChoice[])
              // A datacenter GPU (SXM boards, passive cooling) does not sit on a desk.
              .filter(
                (p) => p !== 'desk' || deskable(catalog, option.hardwareId),
              )
              .map((p) => ({ value: p, label: PROCUREMENT_LABELS[p] })),
          )}
          onChange={(v) => change({ procurement: v as ProcurementChoice })}
        />
        {rented ? (
          <NumberField
            label="On-demand price"
            unit="USD / GPU-hour"
            value={option.usdPerGpuHour}
            min={BOUNDS.usdPerGpuHour.min}
            max={BOUNDS.usdPerGpuHour.max}
            onCommit={(usdPerGpuHour) => change({ usdPerGpuHour })}
          />
        ) : (
          <NumberField
            label="Purchase price per device"
            unit="USD"
            value={option.capexUsdPerDevice}
            min={BOUNDS.capexUsdPerDevice.min}
            max={BOUNDS.capexUsdPerDevice.max}
            onCommit={(capexUsdPerDevice) => change({ capexUsdPerDevice })}
          />
        )}
      </div>
      {rented ? <CloudOfferChoice option={option} /> : null}
    </>
  );
}

/** Operations: the engineer's share this option needs, and spare replicas. */
function OperationsRow({ option }: SectionProps) {
  const change = useChangeOption(option);
  return (
    <div className="pair-row">
      <NumberField
        label="Operations time"
        unit="FTE"
        value={option.opsFteShare}
        min={BOUNDS.opsFteShare.min}
        max={BOUNDS.opsFteShare.max}
        onCommit={(opsFteShare) => change({ opsFteShare })}
      />
      <NumberField
        label="Spare replicas"
        unit="replicas"
        value={option.extraReplicas}
        min={BOUNDS.extraReplicas.min}
        max={BOUNDS.extraReplicas.max}
        onCommit={(extraReplicas) => change({ extraReplicas })}
      />
    </div>
  );
}
