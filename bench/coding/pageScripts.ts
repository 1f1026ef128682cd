/**
 * Code that runs inside the page, kept as plain JavaScript source: tsx would otherwise wrap named
 * functions in a `__name` helper the page does not have, and bench/ is type-checked without the
 * DOM library. Each script is an async function of one JSON argument; `inPage` builds the call.
 *
 * "Painted" is detected with the double-requestAnimationFrame rule: a DOM state first seen in the
 * rAF callback of frame N is on screen once frame N has been drawn, i.e. at the rAF of frame N+1.
 */

export const inPage = (script: string, arg: unknown) => `(${script})(${JSON.stringify(arg)})`;

const HELPERS = `
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const bars = () => document.querySelectorAll('[data-testid="passage-bar"]');
  /**
   * New bars, looked for in the paragraphs under the range being coded (its pending marks) while
   * those stay in the page: a query of the whole page's 2,000 bars in each frame's rAF (~0.7 ms)
   * was the bench's own cost, counted in the frame it measures. Call before the event.
   */
  const newBarWatch = () => {
    const before = new Set(bars());
    const near = [...new Set([...document.querySelectorAll('.pending-mark')].flatMap((mark) => {
      const r = mark.getBoundingClientRect();
      return document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
        .filter((element) => element.classList.contains('para'));
    }))];
    const candidates = () => near.length > 0 && near.every((para) => para.isConnected)
      ? near.flatMap((para) => [...para.querySelectorAll('[data-testid="passage-bar"]')])
      : [...bars()];
    return () => candidates().some((bar) => !before.has(bar));
  };
  const readerText = (title, head) => {
    const reader = document.querySelector('section[aria-label="Reader"]');
    const h1 = reader && reader.querySelector('h1');
    if (!h1 || !h1.textContent.includes(title)) return false;
    const body = reader.querySelector('.reader-body') || reader;
    return body.textContent.includes(head);
  };
  /** Polls every frame until done(now) returns a value; gives up (null) after timeoutMs. */
  const everyFrame = (done, timeoutMs) => new Promise((resolve) => {
    const started = performance.now();
    const tick = () => {
      const now = performance.now();
      const value = done(now);
      if (value !== undefined) return resolve(value);
      if (now - started > timeoutMs) return resolve(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
`;

/**
 * Clicks the library row of `title` and reports, in ms after the click: when the reader's heading
 * and the text's first words were painted; when the passage bars in the view (in the paragraphs
 * the scroller shows) stopped changing in number (`settleFrames` frames without change) — the
 * time their final count was painted; and when the bars of the whole document did (the reader
 * measures far paragraphs in idle time), or null if that took over `allMs` more.
 */
export const OPEN_DOCUMENT = `async ({ title, head, expectBars, settleFrames, timeoutMs, allMs = 5000 }) => {
  ${HELPERS}
  const row = [...document.querySelectorAll('tbody tr')].find((tr) => tr.textContent.includes(title));
  if (!row) return { error: 'no library row for ' + title };
  const inView = () => {
    const scroller = document.querySelector('section[aria-label="Reader"] .reader-scroll');
    if (!scroller) return 0;
    const view = scroller.getBoundingClientRect();
    const paragraphs = scroller.querySelectorAll('.reader-body .para');
    let low = 0, high = paragraphs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (paragraphs[mid].getBoundingClientRect().bottom <= view.top) low = mid + 1; else high = mid;
    }
    let n = 0;
    for (let i = low; i < paragraphs.length && paragraphs[i].getBoundingClientRect().top < view.bottom; i++)
      n += paragraphs[i].querySelectorAll('[data-testid="passage-bar"]').length;
    return n;
  };
  await frame();
  const longTasks = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); });
    observer.observe({ type: 'longtask', buffered: false });
  } catch {}
  performance.clearResourceTimings();
  const t0 = performance.now();
  row.click();
  let textSeen = false, textPainted = null, frameIndex = 0;
  // A count's settling: the frame it last changed, and when that frame was painted.
  const watch = () => ({ count: 0, seenAt: -1, painted: null, lastChange: 0 });
  const view = watch(), all = watch();
  const track = (w, n, now) => {
    if (w.seenAt === frameIndex - 1 && w.painted === null) w.painted = now - t0;
    if (n !== w.count) { w.count = n; w.seenAt = frameIndex; w.painted = null; w.lastChange = frameIndex; }
  };
  const settled = (w) => w.count > 0 && w.painted !== null && frameIndex - w.lastChange >= settleFrames;
  const blocked = () => {
    if (observer) observer.disconnect();
    const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= t0)
      .map((e) => [e.name.split('/api/')[1].split('?')[0], Math.round(e.startTime - t0), Math.round(e.responseEnd - t0)]);
    return { longTasks: longTasks.length, blockedMs: longTasks.reduce((a, b) => a + b, 0), api };
  };
  let viewDone = null;
  const result = await everyFrame((now) => {
    frameIndex++;
    if (textSeen && textPainted === null) textPainted = now - t0;
    if (!textSeen && readerText(title, head)) textSeen = true;
    track(view, textSeen ? inView() : 0, now);
    track(all, textSeen ? bars().length : 0, now);
    if (textPainted === null) return undefined;
    if (!expectBars) return { textPainted, ...blocked() };
    if (viewDone === null && settled(view)) viewDone = { at: now, barsPainted: view.painted, bars: view.count, ...blocked() };
    if (viewDone === null) return undefined;
    if (settled(all)) return { textPainted, ...viewDone, allPainted: all.painted, allBars: all.count };
    if (now - viewDone.at > allMs) return { textPainted, ...viewDone, allPainted: null, allBars: all.count };
    return undefined;
  }, timeoutMs + allMs);
  if (result) return result;
  return { textPainted, barsPainted: null, bars: view.count, timedOut: true, ...blocked() };
}`;

/**
 * Scrolls the reader from top to bottom in `durationMs`, moving it once per frame (a steady
 * programmatic fling), and returns the rAF frame intervals plus long tasks seen meanwhile.
 */
export const SCROLL_READER = `async ({ durationMs }) => {
  ${HELPERS}
  const scroller = document.querySelector('section[aria-label="Reader"] .reader-scroll')
    || document.querySelector('.reader-scroll');
  if (!scroller) return { error: 'no reader scroll container' };
  scroller.scrollTop = 0;
  await frame(); await frame();
  const max = scroller.scrollHeight - scroller.clientHeight;
  const longTasks = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); });
    observer.observe({ type: 'longtask', buffered: false });
  } catch {}
  const intervals = [];
  await new Promise((resolve) => {
    let start = null, last = null;
    const step = (time) => {
      if (start === null) start = time;
      if (last !== null) intervals.push(time - last);
      last = time;
      const progress = Math.min(1, (time - start) / durationMs);
      scroller.scrollTop = progress * max;
      if (progress < 1) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  await frame();
  if (observer) observer.disconnect();
  return { intervals, height: scroller.scrollHeight, longTasks };
}`;

/**
 * Codes a range through the Api from the page (as another window or the CLI would) and reports
 * when the UI painted a passage bar that was not there before: ms after the Api answered.
 */
export const APPLY_VIA_API = `async ({ documentId, start, end, tagId, timeoutMs }) => {
  ${HELPERS}
  const before = new Set(bars());
  await frame();
  const t0 = performance.now();
  const response = await fetch('/api/passages-create', {
    method: 'POST',
    headers: { 'x-lectern-token': sessionStorage.getItem('lectern.token') || '', 'content-type': 'application/json' },
    body: JSON.stringify({ document_id: documentId, start, end, tag_ids: [tagId] }),
  });
  const envelope = await response.json();
  const answered = performance.now();
  if (!envelope.ok) return { error: JSON.stringify(envelope.error) };
  let seen = false;
  const painted = await everyFrame((now) => {
    if (seen) return now;
    for (const bar of bars()) if (!before.has(bar)) { seen = true; break; }
    return undefined;
  }, timeoutMs);
  return { api: answered - t0, painted: painted === null ? null : painted - answered, id: envelope.value.id };
}`;

/** Selects `length` characters at the start of the first body paragraph visible in the reader. */
export const SELECT_IN_READER = `async ({ length }) => {
  const scroller = document.querySelector('section[aria-label="Reader"] .reader-scroll');
  const top = scroller.getBoundingClientRect().top;
  const paragraph = [...scroller.querySelectorAll('.reader-body p')].find((p) => p.getBoundingClientRect().top > top + 40
    && (p.textContent || '').length > length + 10);
  if (!paragraph) return { error: 'no paragraph in view' };
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode(), offset = 0;
  const range = document.createRange();
  let startSet = false;
  while (node) {
    const text = node.textContent || '';
    if (!startSet) { range.setStart(node, 0); startSet = true; }
    if (offset + text.length >= length) { range.setEnd(node, length - offset); break; }
    offset += text.length;
    node = walker.nextNode();
  }
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  return { text: selection.toString(), start: Number(paragraph.dataset.start) };
}`;

/**
 * Arms a watcher for a key the caller is about to press (e.g. Enter in the tag palette): resolves
 * with the ms from that keydown to the paint of a passage bar that was not there before.
 */
export const WATCH_NEW_BAR = `async ({ key, timeoutMs }) => {
  ${HELPERS}
  const hasNewBar = newBarWatch();
  let t0 = null;
  addEventListener('keydown', (event) => { if (event.key === key && t0 === null) t0 = performance.now(); }, { capture: true });
  let seen = false;
  const painted = await everyFrame((now) => {
    if (seen) return now;
    if (t0 !== null && hasNewBar()) seen = true;
    return undefined;
  }, timeoutMs);
  return { painted: painted === null || t0 === null ? null : painted - t0, pressed: t0 !== null };
}`;

/**
 * Arms a watcher for the event the caller is about to cause (`event`: 'keydown' for `key`, or
 * 'click') and reports, in ms after that event reached the page (a capturing listener on window,
 * so before the app's own handlers), when the change was on screen: `change` 'new' is a passage bar
 * that was not there before, 'gone' is the bar of passage `passageId` taken away. Three figures:
 *   rendered — the first frame whose rAF sees the change has been styled, laid out and painted
 *              (a message posted from that rAF runs after its rendering): "in the first frame"
 *              means this is under 16.7 ms and `frame` is 1;
 *   painted  — the rAF after that frame (double rAF: that frame has been drawn);
 *   eventMs  — the Event Timing entry of the event (event → next paint, rounded to 8 ms), or null
 *              when there is none: entries exist only from 16 ms, so null means under 16 ms.
 */
export const WATCH_CHANGE = `async ({ event, key, change, passageId, timeoutMs }) => {
  ${HELPERS}
  const hasNewBar = change === 'new' ? newBarWatch() : null;
  const floor = document.getElementById('bench-floor');
  const pressed = floor ? floor.textContent : null;
  // 'gone': looked for in the paragraphs that show the bar (while they are in the page): a query
  // of the whole page (14,000 elements, ~1 ms) in each frame's rAF was the bench's own cost,
  // counted in the frame it measures.
  const selector = '[data-testid="passage-bar"][data-passage-id="' + passageId + '"]';
  const holders = change === 'gone'
    ? [...new Set([...document.querySelectorAll(selector)].map((bar) => bar.closest('.para')))]
    : [];
  const gone = () => holders.length > 0 && holders.every((para) => para && para.isConnected)
    ? !holders.some((para) => para.querySelector(selector))
    : !document.querySelector(selector);
  const seen = () => change === 'floor'
    ? floor.textContent !== pressed
    : change === 'new'
    ? hasNewBar()
    : gone();
  const entries = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) entries.push(e); });
    observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
  } catch {}
  const result = await new Promise((resolve) => {
    let t0 = null, stamp = null, frames = 0, scripted = null;
    const timer = setTimeout(() => resolve(null), timeoutMs);
    const onEvent = (e) => {
      if (t0 !== null || (key && e.key !== key)) return;
      t0 = performance.now();
      stamp = e.timeStamp;
      removeEventListener(event, onEvent, true);
      // The app's own work: the event → its first change of the DOM (a mutation observer's
      // callback comes in the microtask checkpoint after the commit that made it).
      const mutations = new MutationObserver(() => {
        if (scripted === null) scripted = performance.now() - t0;
        mutations.disconnect();
      });
      mutations.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const tick = () => {
        frames++;
        if (!seen()) return void requestAnimationFrame(tick);
        // Both are awaited: after an input, Chromium may run the next frame before the message.
        let rendered = null, painted = null;
        const done = () => {
          if (rendered === null || painted === null) return;
          clearTimeout(timer);
          resolve({ rendered, painted, frame: frames, stamp, scripted });
        };
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { rendered = performance.now() - t0; channel.port1.close(); done(); };
        channel.port2.postMessage(0);
        requestAnimationFrame(() => { painted = performance.now() - t0; done(); });
      };
      requestAnimationFrame(tick);
    };
    addEventListener(event, onEvent, true);
  });
  await frame(); await frame(); await frame();
  if (observer) { entries.push(...observer.takeRecords()); observer.disconnect(); }
  if (!result) return null;
  const entry = entries.find((e) => e.name === event && Math.abs(e.startTime - result.stamp) < 1);
  return { rendered: result.rendered, painted: result.painted, frame: result.frame,
    eventMs: entry ? entry.duration : null, eventTiming: observer !== null, scripted: result.scripted };
}`;

/**
 * The floor for WATCH_CHANGE: a small box in the corner whose text a key (F9) changes, with no
 * other work — an event that needs nothing but a frame, so what it measures is the browser's
 * own event → frame time on this machine and load.
 */
export const FLOOR_KEY = `() => {
  if (document.getElementById('bench-floor')) return;
  const box = document.createElement('div');
  box.id = 'bench-floor';
  box.style.cssText = 'position:fixed;right:0;bottom:0;font:10px monospace;z-index:9';
  box.textContent = '0';
  document.body.append(box);
  addEventListener('keydown', (e) => { if (e.key === 'F9') box.textContent = String(Number(box.textContent) + 1); }, true);
}`;

/**
 * Clicks `target` (found by the caller and marked with data-bench-target) and reports when the
 * first passage row was painted, and when the total (any of `totals`) was on screen with it —
 * looked for in the rows' section only, so polling stays cheap. `api` lists the Api requests
 * made meanwhile: [command, sent, answered] in ms after the click.
 */
export const OPEN_BROWSER = `async ({ totals, needTotal, timeoutMs }) => {
  ${HELPERS}
  const target = document.querySelector('[data-bench-target]');
  if (!target) return { error: 'target gone' };
  // Outside a section the total may already be on screen (a count in the codebook): count them.
  const occurrences = (text) => totals.reduce((n, total) => n + text.split(total).length - 1, 0);
  const already = occurrences(document.body.textContent);
  await frame();
  performance.clearResourceTimings();
  const t0 = performance.now();
  target.click();
  let rowSeen = false, rowPainted = null, totalSeen = false, totalPainted = null;
  const done = await everyFrame((now) => {
    if (rowSeen && rowPainted === null) rowPainted = now - t0;
    if (totalSeen && totalPainted === null) totalPainted = now - t0;
    const row = document.querySelector('[data-testid="passage-row"]');
    if (!rowSeen && row) rowSeen = true;
    if (row && !totalSeen && needTotal) {
      const section = row.closest('section');
      totalSeen = section ? occurrences(section.textContent) > 0 : occurrences(document.body.textContent) > already;
    }
    return rowPainted !== null && (totalPainted !== null || !needTotal) ? true : undefined;
  }, timeoutMs);
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= t0)
    .map((e) => [e.name.split('/api/')[1].split('?')[0], Math.round(e.startTime - t0), Math.round(e.responseEnd - t0)]);
  return { rowPainted, totalPainted, rows: document.querySelectorAll('[data-testid="passage-row"]').length, timedOut: !done, api };
}`;

/**
 * Scrolls the passage list (the scrollable ancestor of the rows) to its middle and reports when
 * rows that were not there before were painted, and how many rows the DOM holds (virtualised?).
 * Rows are told apart by data-passage-id (or their text); placeholders carry no test id.
 */
export const SCROLL_BROWSER = `async ({ timeoutMs }) => {
  ${HELPERS}
  const first = document.querySelector('[data-testid="passage-row"]');
  if (!first) return { error: 'no passage rows' };
  let scroller = first.parentElement;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 10
    && ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  if (!scroller) return { error: 'no scrollable container around the passage rows' };
  const identity = (row) => row.dataset.passageId || row.textContent;
  const before = new Set([...document.querySelectorAll('[data-testid="passage-row"]')].map(identity));
  await frame();
  const t0 = performance.now();
  scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
  let seen = false;
  const painted = await everyFrame((now) => {
    if (seen) return now - t0;
    const view = scroller.getBoundingClientRect();
    for (const row of document.querySelectorAll('[data-testid="passage-row"]')) {
      const box = row.getBoundingClientRect();
      if (!before.has(identity(row)) && box.bottom > view.top && box.top < view.bottom) { seen = true; break; }
    }
    return undefined;
  }, timeoutMs);
  return { painted, height: scroller.scrollHeight, rowsInDom: document.querySelectorAll('[data-testid="passage-row"]').length };
}`;

/**
 * Marks (data-bench-target) the element that opens the passage browser for a tag: its codebook
 * row by data-tag-id, else a tree item labelled with its name, else a button or link named so.
 */
export const FIND_TAG_TARGET = `({ tagId, name }) => {
  document.querySelectorAll('[data-bench-target]').forEach((el) => el.removeAttribute('data-bench-target'));
  const byId = document.querySelector('[role="treeitem"][data-tag-id="' + tagId + '"]')
    || document.querySelector('[data-tag-id="' + tagId + '"]');
  const labelled = [...document.querySelectorAll('[role="treeitem"]')]
    .find((el) => (el.getAttribute('aria-label') || '').startsWith(name));
  const named = [...document.querySelectorAll('button, a, [role="row"], li')]
    .filter((el) => (el.textContent || '').replace(/^[^A-Za-z]+/, '').trim().startsWith(name))
    .sort((a, b) => a.querySelectorAll('*').length - b.querySelectorAll('*').length)[0];
  const target = byId || labelled || named;
  if (!target) return false;
  target.setAttribute('data-bench-target', '');
  const role = target.getAttribute('role');
  return target.tagName.toLowerCase() + (role ? '[role=' + role + ']' : '') + (target.dataset.tagId ? '[data-tag-id]' : '');
}`;

/** Calls the Api over HTTP from the page `runs` times: ms to the parsed answer, and its size. */
export const TIME_API = `async ({ command, args, runs }) => {
  const call = async () => {
    const response = await fetch('/api/' + command, {
      method: 'POST',
      headers: { 'x-lectern-token': sessionStorage.getItem('lectern.token') || '', 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    const text = await response.text();
    const envelope = JSON.parse(text);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    return text.length;
  };
  await call();
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bytes = await call();
    times.push(performance.now() - t0);
  }
  return { times, bytes };
}`;
