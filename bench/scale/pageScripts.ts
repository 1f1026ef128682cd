/**
 * Functions run inside the page by bench/scale.bench.ts (passed as strings with page.evaluate).
 * Each starts its clock in the page, acts, and resolves at the animation frame after the frame
 * that first showed the awaited state ("painted"), so Playwright's round trips are not counted.
 */

/** Shared helpers, prepended to every script. */
const HELPERS = `
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const until = async (test, timeoutMs) => {
    const t0 = performance.now();
    for (;;) {
      if (test()) { await frame(); return performance.now(); }
      if (performance.now() - t0 > timeoutMs) throw new Error('timed out waiting');
      await frame();
    }
  };
  const typeInto = (input, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const rows = () => [...document.querySelectorAll('.library-table tbody tr[data-id]')];
`;
const script = (body: string) => `async (arg) => { ${HELPERS} ${body} }`;

/** Time from navigation start to the first library row painted, and the longest task so far. */
export const FIRST_ROW = script(`
  const painted = await until(() => rows().length > 0, arg.timeoutMs);
  return { ms: painted, longestTask: Math.max(0, ...(window.__longTasks ?? [])), domNodes: document.getElementsByTagName('*').length };
`);

/** Registers a long-task observer before the app starts (addInitScript). */
export const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

/** Clicks a column's sort button; resolves when the first row is a different document, painted. */
export const SORT_BY = script(`
  const before = rows()[0]?.dataset.id;
  const button = document.querySelector('.library-table th.' + arg.column + ' .sort-button');
  const t0 = performance.now();
  button.click();
  const painted = await until(() => {
    const first = document.querySelector('.library-table tbody tr[aria-rowindex="2"][data-id]');
    return first && first.dataset.id !== before;
  }, arg.timeoutMs);
  return painted - t0;
`);

/** Jumps the library to a fraction of its height; resolves when every row in view is loaded. */
export const SCROLL_TO = script(`
  const scroller = document.querySelector('.library-table').parentElement;
  const t0 = performance.now();
  scroller.scrollTop = scroller.scrollHeight * arg.fraction;
  const painted = await until(() => {
    const box = scroller.getBoundingClientRect();
    const inView = [...document.querySelectorAll('.library-table tbody tr[aria-rowindex]')].filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.bottom > box.top + 30 && r.top < box.bottom;
    });
    return inView.length > 0 && inView.every((tr) => tr.dataset.id);
  }, arg.timeoutMs);
  return painted - t0;
`);

/** Types into the library filter; resolves when the count says "N of M" and rows are painted. */
export const FILTER = script(`
  const input = document.querySelector('.library-filter');
  const count = document.querySelector('.library-header .pane-count');
  const t0 = performance.now();
  typeInto(input, arg.text);
  const want = arg.text ? / of / : /documents?$/;
  const pane = document.querySelector('section[aria-label="Library"]');
  // Settled: the rows and count of the new filter have arrived (aria-busy clears).
  await frame();
  const painted = await until(
    () => pane.getAttribute('aria-busy') !== 'true' && want.test(count.textContent) && (rows().length > 0 || /^0 of/.test(count.textContent)),
    arg.timeoutMs,
  );
  return painted - t0;
`);

/** Types a search; resolves when its results are painted. Then clears it until the library is back. */
export const SEARCH_CYCLE = script(`
  const box = document.querySelector('input[aria-label="Search documents"]');
  const t0 = performance.now();
  typeInto(box, arg.query);
  const shown = await until(() => {
    const list = document.querySelector('[role="listbox"][aria-label^="Results for"]');
    return list && list.getAttribute('aria-label').includes(arg.query) && list.querySelector('[role="option"]');
  }, arg.timeoutMs);
  const t1 = performance.now();
  typeInto(box, '');
  const back = await until(() => rows().length > 0, arg.timeoutMs);
  return { search: shown - t0, clear: back - t1 };
`);

/** Clicks the n-th visible library row; resolves when the reader shows its title. */
export const OPEN_ROW = script(`
  const row = rows()[arg.index];
  const title = row.querySelector('.doc-title').textContent;
  const t0 = performance.now();
  row.click();
  const painted = await until(() => {
    const h1 = document.querySelector('section[aria-label="Reader"]:not([hidden]) h1');
    const body = document.querySelector('section[aria-label="Reader"]:not([hidden]) .reader-body');
    return h1 && h1.textContent === title && body && body.textContent.length > 0;
  }, arg.timeoutMs);
  return painted - t0;
`);

/** The queries the scale benches type: rare and common words, a phrase, a prefix (Brown corpus). */
export const SCALE_QUERIES = [
  'jury',
  'county',
  'president',
  'church',
  'water',
  '"new york"',
  'govern*',
  'music',
  'atlanta',
  'missile',
];
