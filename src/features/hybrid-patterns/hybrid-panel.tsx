import { useCatalog, useDeferredScenarioResult } from '../../state';
import { Panel } from '../../ui';
import { HybridCard } from './hybrid-card';
import { HybridSummary } from './hybrid-summary';
import { HybridTable } from './hybrid-table';
import { useHybridComparison } from './use-hybrid-comparison';

/** "Hybrid patterns": each priced next to the pure options, the best one highlighted. */
export function HybridPanel() {
  const { result } = useDeferredScenarioResult();
  const catalog = useCatalog();
  const comparison = useHybridComparison(result);
  const { best } = comparison;
  const verdict = result.recommendation.verdict;
  return (
    <Panel id="hybrids" title="Hybrid patterns">
      <HybridSummary comparison={comparison} />
      <div className="card-grid hybrid-grid">
        {result.hybrids.map((h) => (
          <HybridCard
            key={h.patternId}
            hybrid={h}
            summary={
              catalog.hybridPatterns.find((p) => p.id === h.patternId)?.summary
            }
            isBest={
              best !== undefined && h.feasible && h.patternId === best.patternId
            }
            recommended={
              verdict.kind === 'hybrid' && verdict.patternId === h.patternId
            }
          />
        ))}
      </div>
      <HybridTable comparison={comparison} hybrids={result.hybrids} />
    </Panel>
  );
}
