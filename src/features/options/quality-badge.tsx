import { sourceText } from '../../catalog';
import { useCatalog } from '../../state';

type QualityBadgeProps =
  | { readonly apiModelId: string; readonly openModelId?: never }
  | { readonly openModelId: string; readonly apiModelId?: never };

/**
 * "AA index 25.2" beside an option, the source and date in its tooltip; "not
 * rated" where Artificial Analysis gives no index (docs/methods.md §9.1).
 */
export function QualityBadge(props: QualityBadgeProps) {
  const catalog = useCatalog();
  const model =
    props.apiModelId !== undefined
      ? catalog.byId.apiModels[props.apiModelId]
      : catalog.byId.openModels[props.openModelId];
  const index = model?.qualityIndex;
  if (index === undefined)
    return (
      <span
        className="option-quality"
        title="No Artificial Analysis Intelligence Index for this model: a quality floor sets it aside."
      >
        · not rated
      </span>
    );
  const source = model?.fieldSources?.['qualityIndex'];
  return (
    <span
      className="option-quality"
      title={`Artificial Analysis Intelligence Index${source ? ` — ${sourceText(source.source)} (${source.asOf})` : ''}`}
    >
      · AA index {index}
    </span>
  );
}
