/**
 * Code that runs inside the page for bench/notesUi.bench.ts, kept as plain JavaScript source (see
 * bench/coding/pageScripts.ts: tsx would wrap named functions in a `__name` helper the page does
 * not have, and bench/ is type-checked without the DOM library). Call with `inPage` from there.
 *
 * "Painted" follows the double-requestAnimationFrame rule: a DOM state first seen in the rAF
 * callback of frame N is on screen once frame N has been drawn, i.e. at the rAF of frame N+1.
 */

/**
 * Clicks the Notes-tab row of `title` and reports, in ms after the click, when the centre note pane
 * showed that note with its editor editable, all `blocks` top-level blocks and all `embeds` quote
 * embeds in the DOM — and when that state was painted. Also long tasks and Api requests meanwhile.
 */
export const OPEN_NOTE = `async ({ title, blocks, embeds, timeoutMs }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const row = [...document.querySelectorAll('[data-testid="note-row"] button')]
    .find((b) => ((b.querySelector('.note-row-title') || b).textContent || '').trim() === title);
  if (!row) return { error: 'no [data-testid="note-row"] button for ' + title };
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
  let seen = null, painted = null, last = null;
  const state = () => {
    const pane = document.querySelector('.note-pane.centre');
    const input = pane && pane.querySelector('.note-title');
    const editor = pane && pane.querySelector('[data-testid="note-editor"]');
    if (!input || input.value !== title || !editor) return { editable: false };
    return {
      editable: editor.getAttribute('contenteditable') === 'true',
      blocks: editor.childElementCount,
      embeds: editor.querySelectorAll('[data-testid="passage-embed"]').length,
    };
  };
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (seen !== null) { painted = now - t0; return resolve(); }
      last = state();
      if (last.editable && last.blocks >= blocks && last.embeds === embeds) seen = now - t0;
      if (now - t0 > timeoutMs) return resolve();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  if (observer) observer.disconnect();
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= t0)
    .map((e) => [e.name.split('/api/')[1].split('?')[0], Math.round(e.startTime - t0), Math.round(e.responseEnd - t0)]);
  return { seen, painted, last, longTasks: longTasks.length, blockedMs: longTasks.reduce((a, b) => a + b, 0), api };
}`;

/**
 * Starts recording typing: for every key that types a character, performance.now() at keydown (a
 * capturing listener on window, so before the editor's own handlers), at the next rAF, when that
 * frame's rendering was done (a message posted from that rAF runs after style, layout and paint),
 * and at the rAF after (double rAF: the frame is on screen). Event Timing entries of 16 ms or more
 * and long tasks are collected alongside. Stop with TYPING_STOP.
 */
export const TYPING_START = `() => {
  const keys = [], events = [], longTasks = [];
  const onKey = (event) => {
    if (event.key.length !== 1) return;
    const key = { key: event.key, timeStamp: event.timeStamp, down: performance.now(), raf1: null, rendered: null, raf2: null };
    keys.push(key);
    requestAnimationFrame(() => {
      key.raf1 = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { key.rendered = performance.now(); channel.port1.close(); };
      channel.port2.postMessage(0);
      requestAnimationFrame(() => { key.raf2 = performance.now(); });
    });
  };
  window.addEventListener('keydown', onKey, true);
  let eventObserver = null, eventError = null, longObserver = null;
  try {
    eventObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 });
    });
    eventObserver.observe({ type: 'event', durationThreshold: 16, buffered: false });
  } catch (error) { eventError = String(error); }
  try {
    longObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
    longObserver.observe({ type: 'longtask', buffered: false });
  } catch {}
  const supported = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('event');
  window.__notesBenchTyping = { keys, events, longTasks, eventError, supported,
    stop() {
      window.removeEventListener('keydown', onKey, true);
      if (eventObserver) { for (const e of eventObserver.takeRecords()) events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId || 0 }); eventObserver.disconnect(); }
      if (longObserver) longObserver.disconnect();
    } };
  return supported;
}`;

/** Stops recording (after two frames, so the last key's rAFs have run) and returns what was seen. */
export const TYPING_STOP = `async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame(); await frame(); await frame();
  const typing = window.__notesBenchTyping;
  typing.stop();
  delete window.__notesBenchTyping;
  return { keys: typing.keys, events: typing.events, longTasks: typing.longTasks, eventError: typing.eventError, supported: typing.supported };
}`;

/** The index (among the editor's top-level <p> children) of the paragraph nearest the middle. */
export const MIDDLE_PARAGRAPH = `() => {
  const editor = document.querySelector('.note-pane.centre [data-testid="note-editor"]');
  if (!editor) return -1;
  const paragraphs = [...editor.children].filter((child) => child.tagName === 'P');
  return Math.floor(paragraphs.length / 2);
}`;
