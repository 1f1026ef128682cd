import { writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { loads } from '../coding/uiPreflight';
import { eventToFrame, summarizeProfile, summarizeTrace, type TraceEvent } from './summarizeTrace';

/**
 * Runs `action` under a Chromium trace and a CPU profile, writes both to /tmp/profile-<label>.*
 * (for DevTools) and prints their summary by kind of work and hottest functions.
 */
export async function record<T>(cdp: CDPSession, label: string, action: () => Promise<T>): Promise<T> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: Array<Record<string, unknown>> }) =>
    events.push(...(data.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  writeFileSync(`/tmp/profile-${label}.json`, JSON.stringify({ traceEvents: events }));
  writeFileSync(`/tmp/profile-${label}.cpuprofile`, JSON.stringify(profile));
  console.log(`\n== ${label} (load ${loads()}) ==`);
  console.log(eventToFrame(events));
  console.log(summarizeTrace(events));
  console.log(summarizeProfile(profile, 25));
  return result;
}
