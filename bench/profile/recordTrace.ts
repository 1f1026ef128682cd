import { writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { loads } from '../coding/uiPreflight';
import { eventToFrame, summarizeProfile, summarizeTrace, type TraceEvent } from './summarizeTrace';

/**
 * Runs `action` under a Chromium trace and a CPU profile, writes both to /tmp/profile-<label>.*
 * (for DevTools) and prints their summary by kind of work and hottest functions.
 */
export async function record<T>(cdp: CDPSession, label: string, action: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  let profile: unknown;
  const { events, result } = await traceEvents(cdp, async () => {
    await cdp.send('Profiler.start');
    const value = await action();
    profile = (await cdp.send('Profiler.stop')).profile;
    return value;
  });
  writeFileSync(`/tmp/profile-${label}.json`, JSON.stringify({ traceEvents: events }));
  writeFileSync(`/tmp/profile-${label}.cpuprofile`, JSON.stringify(profile));
  console.log(`\n== ${label} (load ${loads()}) ==`);
  console.log(eventToFrame(events));
  console.log(summarizeTrace(events));
  console.log(summarizeProfile(profile as Parameters<typeof summarizeProfile>[0], 25));
  return result;
}

/**
 * Runs `action` under a Chromium trace (devtools.timeline) and returns the trace's events.
 * TRACE_EXTRA adds categories, e.g. `,disabled-by-default-devtools.timeline.invalidationTracking`
 * to see which element and which rule made the browser restyle.
 */
export async function traceEvents<T>(
  cdp: CDPSession,
  action: () => Promise<T>,
): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: Array<Record<string, unknown>> }) =>
    events.push(...(data.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing' +
      (process.env.TRACE_EXTRA ?? ''),
    transferMode: 'ReportEvents',
  });
  // The renderer starts recording a moment after the browser answers.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const result = await action();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { events, result };
}
