import type { CloudOffer, CloudOfferTier } from '../../catalog';
import {
  BOUNDS,
  cloudOffersFor,
  deskable,
  isDefaultTierOffer,
  offerAtPrice,
  PROCUREMENT_LABELS,
  rentedDiscountsFor,
  selectPrivacyRuleIds,
  useCalculatorStore,
  useCatalog,
  type ProcurementChoice,
} from '../../state';
import { NumberField, SelectField } from '../../ui';
import { flat, useChangeOption, type SectionProps } from './editor-helpers';

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
export function ProcurementRow({ option }: SectionProps) {
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
