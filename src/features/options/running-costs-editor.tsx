import {
  BOUNDS,
  useCatalog,
  type BoundKey,
  type OptionPatch,
  type SelfHostOptionState,
} from '../../state';
import { glossary } from '../../lib/glossary';
import { NumberField, SelectField } from '../../ui';
import { flat, useChangeOption } from './editor-helpers';

type Props = { readonly option: SelfHostOptionState };

/** Jargon in these fields' labels and units, explained on hover and focus (issue 14 item 8). */
const TERMS = { FTE: glossary.fte, PUE: glossary.pue };

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
  const change = useChangeOption(option);
  const b = BOUNDS[bound];
  const value = option[field] as number;
  // Shown at the step's precision (a catalog default may sit between steps).
  const decimals = Math.max(0, -Math.floor(Math.log10(b.step * scale)));
  return (
    <NumberField
      label={label}
      unit={unit}
      terms={TERMS}
      value={Number((value * scale).toFixed(decimals))}
      min={b.min * scale}
      max={b.max * scale}
      onCommit={(v) => change({ [field]: v / scale })}
    />
  );
}

type Field = {
  readonly field: keyof OptionPatch & keyof SelfHostOptionState & BoundKey;
  readonly label: string;
  readonly unit: string;
  readonly scale?: number;
  /** Shown only for these options (default: always). */
  readonly when?: (option: SelfHostOptionState) => boolean;
};

const ownedOnly = (o: SelfHostOptionState) => o.procurement === 'owned';

/** People beyond the base share (§19.1): not for a desk machine. */
const PEOPLE: readonly Field[] = [
  {
    field: 'opsFtePerGpu',
    label: 'Operations time per 100 GPUs',
    unit: 'FTE',
    scale: 100,
  },
  { field: 'onCallFte', label: 'On-call standby', unit: 'FTE' },
];

/** The terms bought hardware is paid on (§7.3). */
const OWNERSHIP: readonly Field[] = [
  { field: 'amortisationMonths', label: 'Amortisation', unit: 'months' },
  { field: 'resalePercent', label: 'Resale value', unit: '% of price' },
  { field: 'electricityUsdPerKwh', label: 'Electricity', unit: 'USD / kWh' },
  {
    field: 'costOfCapitalPercent',
    label: 'Cost of capital',
    unit: '% / year',
    when: ownedOnly,
  },
];

/** The room an owned rack stands in. */
const ROOM: readonly Field[] = [
  { field: 'pue', label: 'PUE of the room', unit: '×' },
  {
    field: 'serverOverheadPercent',
    label: 'Server, network, install',
    unit: '% of GPU price',
  },
];

/** The fields that apply to this option, two to a row. */
function FieldRows({
  option,
  fields,
}: Props & { readonly fields: readonly Field[] }) {
  const shown = fields.filter((f) => f.when?.(option) ?? true);
  const rows: Field[][] = [];
  for (let i = 0; i < shown.length; i += 2) rows.push(shown.slice(i, i + 2));
  return (
    <>
      {rows.map((row) => (
        <div className="pair-row" key={row[0]?.field}>
          {row.map((f) => (
            <BoundField
              key={f.field}
              option={option}
              field={f.field}
              bound={f.field}
              label={f.label}
              unit={f.unit}
              scale={f.scale ?? 1}
            />
          ))}
        </div>
      ))}
    </>
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
      {desk ? null : <FieldRows option={option} fields={PEOPLE} />}
      {owned || desk ? <FieldRows option={option} fields={OWNERSHIP} /> : null}
      {owned ? <RackFields option={option} /> : null}
    </fieldset>
  );
}

const COLO = 'colo';
const OWN = 'own';

/** Where the rack stands (colocation rent, or your own premises) and the room's PUE and server overhead. */
function RackFields({ option }: Props) {
  const change = useChangeOption(option);
  const catalog = useCatalog();
  const own = option.colocationUsdPerKwMonth === 0;
  return (
    <>
      <div className="pair-row">
        <SelectField
          label="Where it runs"
          value={own ? OWN : COLO}
          groups={flat([
            { value: COLO, label: 'Colocation (rent per kW)' },
            { value: OWN, label: 'Your own premises (no rent)' },
          ])}
          onChange={(v) =>
            change({
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
      <FieldRows option={option} fields={ROOM} />
    </>
  );
}
