/** Sums of a Chromium trace's main-thread work by kind, and a CPU profile's hottest functions. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike dur, not stretched by other processes on the cores. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  UpdateLayer: 'paint',
  Commit: 'commit',
  HitTest: 'hit test',
  ParseHTML: 'parse',
  'IntersectionObserverController::computeIntersections': 'intersection',
};

/** Top-level time per kind on the renderer main thread (nested events counted once, in their parent kind). */
export function summarizeTrace(events: TraceEvent[]): string {
  const main = events.find((e) => e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const totals = new Map<string, { ms: number; count: number }>();
  // Self-time per event name, for style/layout/paint which nest inside script.
  for (const e of onMain) {
    const kind = KINDS[e.name];
    if (!kind) continue;
    const entry = totals.get(e.name) ?? { ms: 0, count: 0 };
    entry.ms += (e.dur ?? 0) / 1000;
    entry.count++;
    totals.set(e.name, entry);
  }
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const long = tasks.filter((e) => (e.dur ?? 0) > 50_000);
  // CPU time per thread of the renderer process (top-level tasks only), ms.
  const names = new Map(
    events
      .filter((e) => e.name === 'thread_name' && main && e.pid === main.pid)
      .map((e) => [e.tid, String(e.args?.name)]),
  );
  const cpu = new Map<string, { wall: number; cpu: number }>();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.ph !== 'X') continue;
    if (
      e.name !== 'ThreadControllerImpl::RunTask' &&
      e.name !== 'RunTask' &&
      e.name !== 'TaskGraphRunner::RunTask'
    )
      continue;
    const thread = (names.get(e.tid) ?? String(e.tid)).replace(/\d+$/, '');
    const entry = cpu.get(thread) ?? { wall: 0, cpu: 0 };
    entry.wall += (e.dur ?? 0) / 1000;
    entry.cpu += (e.tdur ?? 0) / 1000;
    cpu.set(thread, entry);
  }
  const threads = [...cpu.entries()]
    .sort((a, b) => b[1].cpu - a[1].cpu)
    .slice(0, 5)
    .map(([name, { wall, cpu: time }]) => `${name} ${time.toFixed(0)} ms CPU (${wall.toFixed(0)} wall)`)
    .join('; ');
  const lines = [...totals.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([name, { ms, count }]) => `  ${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  ×${count}`);
  const cpuOf = (name: string) =>
    onMain.filter((e) => e.name === name).reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
  lines.push(
    `  CPU: script ${cpuOf('FunctionCall').toFixed(0)}, style ${cpuOf('UpdateLayoutTree').toFixed(0)}, layout ${cpuOf('Layout').toFixed(0)}, pre-paint ${cpuOf('PrePaint').toFixed(0)}, paint ${cpuOf('Paint').toFixed(0)} ms`,
  );
  const layouts = onMain
    .filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree')
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5)
    .map(
      (e) =>
        `    ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args?.beginData ?? e.args?.elementCount ?? '').slice(0, 120)}`,
    );
  return [
    `  tasks ${tasks.length}, over 50 ms: ${long.length}`,
    `  threads: ${threads}`,
    ...lines,
    '  longest style/layout:',
    ...layouts,
  ].join('\n');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** Self time per function of a V8 CPU profile, hottest first. */
export function summarizeProfile(
  profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] },
  top: number,
): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n');
}

/** What eventToFrameTimes finds: ms of wall time and of the renderer main thread's CPU time. */
export interface EventToFrame {
  wall: number;
  cpu: number;
  /** CPU of the event's own task, and of the frame's. */
  task: number;
  frame: number;
  kinds: { style: number; layout: number; prePaint: number; hitTest: number; paint: number };
}

/**
 * From the first key press or click in the trace to the end of the first frame painted after its
 * task (the frame that shows what it changed, when the change is made in the event's task):
 * wall time, and the main thread's CPU time over it — the event's task, the frame's, any between
 * — which other processes on the cores do not stretch. A string says what was missing.
 */
export function eventToFrameTimes(events: TraceEvent[]): EventToFrame | string {
  const isInput = (e: TraceEvent) =>
    e.ph === 'X' &&
    e.name === 'EventDispatch' &&
    ['keydown', 'click'].includes(String((e.args?.data as { type?: string })?.type));
  // Several pages trace into one trace: the main thread is the renderer's that saw the event.
  const mains = events.filter(
    (e) => e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain',
  );
  if (mains.length === 0) return 'no renderer main thread in the trace';
  const main = mains.find((m) => events.some((e) => e.pid === m.pid && e.tid === m.tid && isInput(e)));
  if (!main) return 'no keydown or click in the trace';
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const event = onMain.find(isInput)!;
  // Top-level tasks only: a task runs nested inside another's trace event at times.
  const outermost = (list: TraceEvent[]) => {
    const kept: TraceEvent[] = [];
    for (const e of list) {
      const last = kept[kept.length - 1];
      if (!last || e.ts >= last.ts + (last.dur ?? 0)) kept.push(e);
    }
    return kept;
  };
  const tasks = outermost(
    onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
  );
  const first = tasks.find((t) => t.ts <= event.ts && t.ts + (t.dur ?? 0) >= event.ts + (event.dur ?? 0));
  const paint = onMain.find((e) => e.name === 'Paint' && e.ts > event.ts + (event.dur ?? 0));
  const frame = paint && tasks.find((t) => t.ts <= paint.ts && t.ts + (t.dur ?? 0) >= paint.ts);
  if (!first || !frame) return 'no painted frame after the event';
  const end = frame.ts + (frame.dur ?? 0);
  const within = tasks.filter((t) => t.ts >= first.ts && t.ts + (t.dur ?? 0) <= end);
  const cpu = (list: TraceEvent[]) => list.reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0);
  const kind = (name: string) =>
    cpu(outermost(onMain.filter((e) => e.name === name && e.ts >= first.ts && e.ts <= end)));
  return {
    wall: (end - event.ts) / 1000,
    cpu: cpu(within),
    task: cpu([first]),
    frame: cpu([frame]),
    kinds: {
      style: kind('UpdateLayoutTree'),
      layout: kind('Layout'),
      prePaint: kind('PrePaint'),
      hitTest: kind('HitTest'),
      paint: kind('Paint'),
    },
  };
}

/** eventToFrameTimes as a line. */
export function eventToFrame(events: TraceEvent[]): string {
  const times = eventToFrameTimes(events);
  if (typeof times === 'string') return `  event → frame: ${times}`;
  const { wall, cpu, task, frame, kinds } = times;
  return (
    `  event → end of the next painted frame: ${wall.toFixed(1)} ms wall, ` +
    `${cpu.toFixed(1)} ms main-thread CPU (the event's task ${task.toFixed(1)}, ` +
    `the frame's ${frame.toFixed(1)}; style ${kinds.style.toFixed(1)}, layout ${kinds.layout.toFixed(1)}, ` +
    `pre-paint ${kinds.prePaint.toFixed(1)}, hit test ${kinds.hitTest.toFixed(1)}, paint ${kinds.paint.toFixed(1)})`
  );
}
