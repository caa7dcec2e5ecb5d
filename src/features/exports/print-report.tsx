import { useEffect, useState } from 'react';

export type PrintReportProps = {
  /** The share link, read when printing starts (the scenario may have changed). */
  readonly getLink: () => string;
  readonly name: string | null;
  readonly catalogVersion: string;
  readonly importedPrices: string | null;
};

function today(): string {
  return new Date().toLocaleString(undefined, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

/**
 * The printed report's heading, shown only in print (the print stylesheet
 * hides the controls): what the scenario is, the link that reproduces it, when
 * it was printed and which prices it used.
 */
export function PrintReport({
  getLink,
  name,
  catalogVersion,
  importedPrices,
}: PrintReportProps) {
  const [snapshot, setSnapshot] = useState(() => ({
    link: getLink(),
    date: today(),
  }));
  useEffect(() => {
    const update = () => setSnapshot({ link: getLink(), date: today() });
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [getLink]);
  return (
    <div className="print-only print-report" data-testid="print-report">
      <p className="print-report-title">
        <strong>Crossover report{name ? `: ${name}` : ''}</strong>
      </p>
      <dl>
        <dt>Link</dt>
        <dd>{snapshot.link}</dd>
        <dt>Printed</dt>
        <dd>{snapshot.date}</dd>
        <dt>Prices</dt>
        <dd>
          Catalog {catalogVersion}
          {importedPrices ? `, API prices imported from ${importedPrices}` : ''}
        </dd>
      </dl>
    </div>
  );
}
