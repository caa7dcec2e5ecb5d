/**
 * The page's entry script (ADR-21, ADR-34): the prerendered first screen
 * paints before any of the app's JavaScript is fetched or runs. A module
 * script runs as soon as the document is parsed, often before the first
 * frame, and the app's first run (hydration) would hold that frame back; its
 * ~800 kB of chunks, fetched and parsed meanwhile, would compete with the
 * frame's layout and raster for the same cores. So this waits until the
 * first contentful paint is on screen, then imports the app; Vite's preload
 * helper fetches all of the app's chunks at once.
 */
// The page's styles are the entry's: a stylesheet link in index.html's head,
// so the first paint is styled (the app's chunk would load them late).
import './styles.css';
import './early-print.css';
import { afterFirstPaint } from './after-first-paint';
import { findAgain, holdEarlyInput, locate, type Found } from './early-input';

// Ctrl+P before the report's code has arrived prints the page itself
// (early-print.css): with its link, as it is when printed.
const printLink = document.getElementById('print-link');
const showLink = () => {
  if (printLink) printLink.textContent = `Link: ${window.location.href}`;
};
showLink();
window.addEventListener('beforeprint', showLink);
// A link's own scenario (or the embed) is not the prerendered default page:
// its first paint shows numbers that are not the link's, so its app starts
// at once rather than after that paint, and until the app has rendered,
// print says so instead of printing the default numbers.
const root = document.documentElement;
const ownScenario = window.location.search !== '';
if (ownScenario) root.dataset['appPending'] = '';
let started = false;
// A click on a prerendered control before the app has run would do nothing
// (its handler is not there yet): the last one is held and replayed once
// React has the page. Hydration keeps the prerendered nodes, so the replay
// goes to the same element; a link's page is rendered afresh over the
// prerendered one (main.tsx), so there it goes to the element that takes the
// held one's place: the same kind, name and text, at the same rank among
// those alike, once React has committed it. Links and <details> work
// without the app and are left alone.
const REPLAYED =
  'button, [role="button"], input[type="checkbox"], input[type="radio"]';
const REPLACEMENT_WAIT_MS = 5000;
const identityOf = (el: Element) =>
  [
    el.tagName,
    el.id,
    el.getAttribute('name') ?? '',
    el.getAttribute('value') ?? '',
    el.getAttribute('aria-label') ?? '',
    (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
  ].join('\u0000');
type HeldClick = { node: HTMLElement; found: Found };
let heldClick: HeldClick | null = null;
const holdClick = (event: MouseEvent) => {
  const target = event.target;
  const control =
    target instanceof Element ? target.closest<HTMLElement>(REPLAYED) : null;
  if (!control) return;
  event.preventDefault();
  heldClick = {
    node: control,
    found: locate(document, REPLAYED, identityOf, control),
  };
  start();
};
// The click on the control in the held one's place. A reader's click (or
// Enter) focused the held control, and the focus went with it when the page
// was rendered afresh: its replacement takes it first, as the reader's own
// click would have given it, so a dialog it opens hands the focus back to it
// on close, not to the page's body.
const clickInPlace = (el: HTMLElement) => {
  const active = document.activeElement;
  if (active === null || active === document.body) el.focus();
  el.click();
};
const replay = (held: HeldClick) => {
  if (held.node.isConnected) {
    held.node.click();
    return;
  }
  const find = () =>
    findAgain<HTMLElement>(document, REPLAYED, identityOf, held.found);
  const now = find();
  if (now) {
    clickInPlace(now);
    return;
  }
  const watch = new MutationObserver(() => {
    const found = find();
    if (!found) return;
    stop();
    clickInPlace(found);
  });
  const stop = () => {
    watch.disconnect();
    clearTimeout(giveUp);
  };
  const giveUp = setTimeout(stop, REPLACEMENT_WAIT_MS);
  watch.observe(document.body, { childList: true, subtree: true });
};
document.addEventListener('click', holdClick, { capture: true });
// A slider moved, a number typed or a choice made before then would be
// undone when React takes the page; those, and the focus, are held too and
// handed to the app's fields once it has committed (early-input.ts).
const earlyInput = holdEarlyInput(document, REPLAYED, identityOf);
const start = () => {
  if (started) return;
  started = true;
  void import('./main').then(({ firstCommit, hydrates }) => {
    // From here React has the page: an input is handled (or replayed by hydration).
    const handOverClick = () => {
      document.removeEventListener('click', holdClick, { capture: true });
      delete root.dataset['appPending'];
      root.dataset['app'] = 'started';
      const held = heldClick;
      heldClick = null;
      if (held) replay(held);
    };
    if (hydrates) {
      // The same nodes: React's listeners are on them now, and an input
      // still held as well would be applied twice.
      handOverClick();
      earlyInput.stop();
      void firstCommit.then(earlyInput.replay);
    } else {
      // A link's page: the prerendered one stays until the app's is in,
      // and what the reader does on it meanwhile is held too.
      void firstCommit.then(() => {
        handOverClick();
        earlyInput.replay();
      });
    }
  });
};
// A reader who reaches for a control before the first paint was reported
// gets the app at once: the prerendered controls do nothing by themselves.
for (const type of ['pointerdown', 'keydown', 'focusin'] as const)
  document.addEventListener(type, start, { capture: true, once: true });

if (ownScenario) start();
else afterFirstPaint(start);
