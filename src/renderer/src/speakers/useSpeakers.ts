import { useEffect, useMemo, useRef, useState } from 'react';
import type { Speaker } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { whenIdle } from '../app/whenIdle';
import { useErrors } from '../app/ErrorProvider';

/** Everyone quoted in the corpus (accepted and suggested), refreshed after coding changes. */
export function useSpeakers(): { speakers: Speaker[]; names: string[]; loaded: boolean } {
  const api = useApi();
  const { report } = useErrors();
  const [speakers, setSpeakers] = useState<Speaker[]>([]);
  const [loaded, setLoaded] = useState(false);
  const request = useRef(0);

  useEffect(() => {
    const load = (): void => {
      const mine = ++request.current;
      api
        .call('speakers-list', {})
        .then((list) => {
          if (mine !== request.current) return;
          setSpeakers(list);
          setLoaded(true);
        })
        .catch((error: unknown) => report(error, 'Could not list the speakers'));
    };
    load();
    const refresh = whenIdle(load, 1000);
    const off = api.on('on-coding-changed', () => refresh.schedule());
    return () => {
      off();
      refresh.cancel();
    };
  }, [api, report]);

  // Every spelling, for the speaker field's suggestions.
  const names = useMemo(
    () => [...new Set(speakers.flatMap((s) => [s.speaker, ...s.aliases]))].sort((a, b) => a.localeCompare(b)),
    [speakers],
  );
  return { speakers, names, loaded };
}
