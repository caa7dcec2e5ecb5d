import type { HostedComparator } from '../../engine';
import {
  hostedModelLabel,
  optionShortLabel,
  useCatalog,
  type OptionState,
} from '../../state';
import { COMPARATOR_COLOR, COMPARATOR_DASH } from '../../ui';
import { Swatch } from './option-card';
import { QualityBadge } from './quality-badge';

type ComparatorRowProps = {
  readonly comparator: HostedComparator;
  readonly options: readonly OptionState[];
  readonly costText: string;
  /** False when the list is full: the host cannot become an option. */
  readonly canAdd: boolean;
  readonly onAdd: () => void;
};

/**
 * A host the page added for comparison (it has no OptionState: nothing to
 * edit or remove): "Added for comparison: the same model as Llama 3.3 70B on
 * 2× H100, hosted by DeepInfra", with a button that makes it the user's own.
 */
export function ComparatorRow({
  comparator,
  options,
  costText,
  canAdd,
  onAdd,
}: ComparatorRowProps) {
  const catalog = useCatalog();
  const label = hostedModelLabel(comparator.apiModelId, catalog);
  const model = catalog.byId.apiModels[comparator.apiModelId];
  const provider =
    (model && catalog.byId.providers[model.providerId]?.name) ??
    model?.providerId ??
    comparator.apiModelId;
  const forNames = comparator.forSelfHostOptionIds.map((id) => {
    const o = options.find((x) => x.id === id);
    return o ? optionShortLabel(o, catalog) : id;
  });
  return (
    <li className="option-card comparator">
      <div className="option-row">
        <Swatch color={COMPARATOR_COLOR} dash={COMPARATOR_DASH} />
        <span className="option-kind">Hosted</span>
        <span className="option-name">
          {label} <QualityBadge apiModelId={comparator.apiModelId} />
        </span>
        <span className="option-cost">{costText}</span>
        <span className="option-buttons">
          <button
            type="button"
            disabled={!canAdd}
            aria-label={`Add ${label} as an option`}
            onClick={onAdd}
          >
            Add as an option
          </button>
        </span>
      </div>
      <div className="option-notes">
        <p className="derived-line">
          Added for comparison: the same model as {forNames.join(' and ')},
          hosted by {provider}.
        </p>
      </div>
    </li>
  );
}
