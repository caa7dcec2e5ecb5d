/**
 * The printed report and the export figures' stage (issue 14 item 4, ADR-29).
 * Composed here because they draw on several features (features never import
 * each other): the exports feature's heading and assumptions, the
 * recommendation feature's verdict, the cost-chart and latency features'
 * export figures. The whole module is a lazy chunk (out of the 200 kB first
 * load); scenario-tools.tsx loads it after the page is idle, so a print
 * started with Ctrl+P finds it ready and renders it synchronously in
 * `beforeprint`.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { CATALOG_VERSION, loadCatalogSources } from '../catalog';
import { loadCostFigures } from '../features/cost-chart';
import { loadReportParts } from '../features/exports';
import { loadLatencyFigure } from '../features/latency-panel';
import { VerdictPanel } from '../features/recommendation';
import { selectInputs, useCalculatorStore, useCatalog } from '../state';
import './report-view.css';

/** The feature modules the report and the stage draw with, loaded once. */
export type ReportModules = {
  readonly cost: Awaited<ReturnType<typeof loadCostFigures>>;
  readonly latency: Awaited<ReturnType<typeof loadLatencyFigure>>;
  readonly parts: Awaited<ReturnType<typeof loadReportParts>>;
};

let loaded: Promise<ReportModules> | null = null;

/** Loads the figures, the report's parts and the catalog's source texts (once). */
export function loadReportModules(): Promise<ReportModules> {
  loaded ??= Promise.all([
    loadCostFigures(),
    loadLatencyFigure(),
    loadReportParts(),
    loadCatalogSources(),
  ]).then(([cost, latency, parts]) => ({ cost, latency, parts }));
  return loaded;
}

export type PrintViewProps = {
  readonly modules: ReportModules;
  readonly link: string;
  readonly date: string;
  readonly name: string | null;
  readonly importedPrices: string | null;
};

/**
 * The report as printed: title and scenario, the verdict with its reasons
 * expanded, the cost chart with its legend and table, the assumptions and
 * sources, link and date; no controls. Two A4 pages for the default
 * scenario (an e2e test prints it and counts them). A child of <body>, so the
 * print stylesheet can hide the page beside it.
 */
export function PrintView({
  modules,
  link,
  date,
  name,
  importedPrices,
}: PrintViewProps) {
  const { cost, parts } = modules;
  return createPortal(
    <div className="print-view" data-testid="print-report">
      <parts.ReportHeader
        link={link}
        date={date}
        name={name}
        catalogVersion={CATALOG_VERSION}
        importedPrices={importedPrices}
      />
      <div className="report-verdict">
        <VerdictPanel />
      </div>
      <section className="report-cost" aria-labelledby="report-cost-title">
        <h2 id="report-cost-title">Monthly cost comparison</h2>
        <cost.CostFigure
          subtitle="US$ per month against tokens per month"
          width={700}
          height={300}
        />
        <cost.CostFigureLegend />
        <cost.CostTableFigure />
      </section>
      <parts.ReportAssumptions />
    </div>,
    document.body,
  );
}

/**
 * Every chart as an export figure, off screen, while the Export dialog is
 * open: the dialog's PNG and SVG files are composed from these, so a chart
 * exports whichever view the page shows.
 */
export function FigureStage({ modules }: { readonly modules: ReportModules }) {
  const { cost, latency, parts } = modules;
  const inputs = useCalculatorStore(selectInputs);
  const catalog = useCatalog();
  const subtitle = parts.scenarioSentence(inputs, catalog);
  return createPortal(
    <div
      className="figure-stage"
      id="figure-stage"
      aria-hidden="true"
      data-testid="figure-stage"
    >
      <cost.CostFigure subtitle={subtitle} />
      <cost.BreakdownFigure subtitle={subtitle} />
      <cost.TornadoFigure subtitle={subtitle} />
      <latency.LatencyFigure subtitle={subtitle} />
    </div>,
    document.body,
  );
}

/** The link and the time the report was made: read when printing starts. */
type Printing = { readonly link: string; readonly date: string };

/** "1 December 2026 at 14:05 UTC": unambiguous for a reader in another time zone. */
function madeAt(): string {
  return `${new Date().toLocaleString('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  })} UTC`;
}

export type ReportHostProps = {
  /** The share link now. */
  readonly getLink: () => string;
  readonly name: string | null;
  readonly importedPrices: string | null;
  /** The Export dialog is open: draw the export figures. */
  readonly stage: boolean;
  /** Bumped by "Print report": render the report, then open the print dialog. */
  readonly printRequests: number;
};

/**
 * The report while printing — on "Print report", and on Ctrl+P: once this
 * module is here, `beforeprint` renders the report synchronously (flushSync)
 * before the browser lays the print out; `afterprint` removes it — and the
 * off-screen figures while the Export dialog is open.
 */
export function ReportHost({
  getLink,
  name,
  importedPrices,
  stage,
  printRequests,
}: ReportHostProps) {
  const [modules, setModules] = useState<ReportModules | null>(null);
  const [printing, setPrinting] = useState<Printing | null>(null);
  const ready = useRef(false);
  const linkRef = useRef(getLink);
  useEffect(() => {
    linkRef.current = getLink;
  });
  useEffect(() => {
    let live = true;
    void loadReportModules().then((m) => {
      if (!live) return;
      ready.current = true;
      setModules(m);
      // Says Ctrl+P now prints the report (the e2e tests wait for it).
      document.documentElement.dataset['printReady'] = '';
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const before = () => {
      if (ready.current)
        flushSync(() =>
          setPrinting({ link: linkRef.current(), date: madeAt() }),
        );
    };
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  useEffect(() => {
    if (printRequests === 0 || !modules) return;
    flushSync(() => setPrinting({ link: linkRef.current(), date: madeAt() }));
    // Two frames: the dialog has closed and the report is laid out.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => window.print());
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [printRequests, modules]);
  if (!modules) return null;
  return (
    <>
      {printing ? (
        <PrintView
          modules={modules}
          link={printing.link}
          date={printing.date}
          name={name}
          importedPrices={importedPrices}
        />
      ) : null}
      {stage ? <FigureStage modules={modules} /> : null}
    </>
  );
}
