import { useMemo } from 'react';
import { useEngineQuery } from '../app/useEngineQuery';

/** Spellings offered as suggestions in the speaker fields: those of the most quoted people. */
const SUGGESTED_PEOPLE = 200;

/**
 * How many people are quoted (for the Speakers tab) and the spellings of the most quoted ones
 * (the speaker fields' suggestions): one page from the engine, refreshed after coding changes —
 * never the whole list (the Speakers pane pages it itself).
 */
export function useSpeakers(): { names: string[]; count: number | null } {
  const page = useEngineQuery(
    'speakers-top',
    (api) => api.call('speakers-page', { limit: SUGGESTED_PEOPLE }),
    {
      refreshOn: { 'on-coding-changed': true },
      refresh: { idle: 1000 },
      failure: 'Could not list the speakers',
      // Most coding changes touch no speaker: the shell, which holds this, then stays as it is.
      same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    },
  ).data;
  const names = useMemo(
    () =>
      [...new Set((page?.rows ?? []).flatMap((s) => [s.speaker, ...s.aliases]))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [page],
  );
  return { names, count: page?.total ?? null };
}
