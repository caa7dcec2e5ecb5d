import {
  BOUNDS,
  selectActions,
  useCalculatorStore,
  useCatalog,
  type BoundKey,
  type OptionPatch,
  type SelfHostOptionState,
} from '../../state';
import { NumberField, SelectField } from '../../ui';

type Props = { readonly option: SelfHostOptionState };

/** A field of the option, bounded by its BOUNDS entry; `scale` shows it in other units (FTE per 100 GPUs). */
function BoundField({
  option,
  field,
  bound,
  label,
  unit,
  scale = 1,
}: Props & {
  readonly field: keyof OptionPatch & keyof SelfHostOptionState;
  readonly bound: BoundKey;
  readonly label: string;
  readonly unit: string;
  readonly scale?: number;
}) {
  const actions = useCalculatorStore(selectActions);
  const b = BOUNDS[bound];
  const value = option[field] as number;
  // Shown at the step's precision (a catalog default may sit between steps).
  const decimals = Math.max(0, -Math.floor(Math.log10(b.step * scale)));
  return (
    <NumberField
      label={label}
      unit={unit}
      value={Number((value * scale).toFixed(decimals))}
      min={b.min * scale}
      max={b.max * scale}
      onCommit={(v) => actions.optionChanged(option.id, { [field]: v / scale })}
    />
  );
}

/**
 * People beyond the base share (docs/methods.md §19.1) and, for bought
 * hardware, the terms it is paid on (§7.3): every figure "How is this
 * computed?" quotes, editable per option and carried in the link.
 */
export function RunningCostsEditor({ option }: Props) {
  const desk = option.procurement === 'desk';
  const owned = option.procurement === 'owned';
  return (
    <fieldset className="running-costs">
      <legend>People and ownership</legend>
      {desk ? null : (
        <div className="pair-row">
          <BoundField
            option={option}
            field="opsFtePerGpu"
            bound="opsFtePerGpu"
            label="Operations time per 100 GPUs"
            unit="FTE"
            scale={100}
          />
          <BoundField
            option={option}
            field="onCallFte"
            bound="onCallFte"
            label="On-call standby"
            unit="FTE"
          />
        </div>
      )}
      {owned || desk ? <OwnershipFields option={option} /> : null}
    </fieldset>
  );
}

/** Amortisation, resale, capital, power and premises of bought hardware. */
function OwnershipFields({ option }: Props) {
  const owned = option.procurement === 'owned';
  return (
    <>
      <div className="pair-row">
        <BoundField
          option={option}
          field="amortisationMonths"
          bound="amortisationMonths"
          label="Amortisation"
          unit="months"
        />
        <BoundField
          option={option}
          field="resalePercent"
          bound="resalePercent"
          label="Resale value"
          unit="% of price"
        />
      </div>
      <div className="pair-row">
        <BoundField
          option={option}
          field="electricityUsdPerKwh"
          bound="electricityUsdPerKwh"
          label="Electricity"
          unit="USD / kWh"
        />
        {owned ? (
          <BoundField
            option={option}
            field="costOfCapitalPercent"
            bound="costOfCapitalPercent"
            label="Cost of capital"
            unit="% / year"
          />
        ) : null}
      </div>
      {owned ? <RackFields option={option} /> : null}
    </>
  );
}

const COLO = 'colo';
const OWN = 'own';

/** Where the rack stands (colocation rent, or your own premises) and the room's PUE and server overhead. */
function RackFields({ option }: Props) {
  const actions = useCalculatorStore(selectActions);
  const catalog = useCatalog();
  const own = option.colocationUsdPerKwMonth === 0;
  return (
    <>
      <div className="pair-row">
        <SelectField
          label="Where it runs"
          value={own ? OWN : COLO}
          groups={[
            {
              label: '',
              options: [
                { value: COLO, label: 'Colocation (rent per kW)' },
                { value: OWN, label: 'Your own premises (no rent)' },
              ],
            },
          ]}
          onChange={(v) =>
            actions.optionChanged(option.id, {
              colocationUsdPerKwMonth:
                v === OWN
                  ? 0
                  : catalog.costDefaults.ownedHardware.hostingUsdPerKwMonth,
            })
          }
        />
        {own ? null : (
          <BoundField
            option={option}
            field="colocationUsdPerKwMonth"
            bound="colocationUsdPerKwMonth"
            label="Colocation rent"
            unit="USD / kW-month"
          />
        )}
      </div>
      <div className="pair-row">
        <BoundField
          option={option}
          field="pue"
          bound="pue"
          label="PUE of the room"
          unit="×"
        />
        <BoundField
          option={option}
          field="serverOverheadPercent"
          bound="serverOverheadPercent"
          label="Server, network, install"
          unit="% of GPU price"
        />
      </div>
    </>
  );
}
