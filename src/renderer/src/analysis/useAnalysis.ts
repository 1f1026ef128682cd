import { useEffect, useState } from 'react';
import type { ArgsOf, Command, ResultOf } from '../../../shared/api';
import { LecternError } from '../../../shared/errors';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

export interface AnalysisState<C extends Command> {
  result: ResultOf<C> | null;
  loading: boolean;
  /** A query or tag the engine refused, in its words. */
  problem: string | null;
}

/** Runs one analysis command whenever its arguments change (null: not yet asked); the latest answer wins. */
export function useAnalysis<C extends Command>(command: C, args: ArgsOf<C> | null): AnalysisState<C> {
  const api = useApi();
  const { report } = useErrors();
  const key = args === null ? null : JSON.stringify(args);
  const [state, setState] = useState<{
    key: string | null;
    result: ResultOf<C> | null;
    problem: string | null;
  }>({
    key: null,
    result: null,
    problem: null,
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    api
      .call(command, JSON.parse(key) as ArgsOf<C>)
      .then((result) => {
        if (current) setState({ key, result, problem: null });
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof LecternError && error.code === 'invalid-argument')
          setState({ key, result: null, problem: error.message });
        else report(error, 'The analysis failed');
      });
    return () => {
      current = false;
    };
  }, [api, command, key, report]);
  const fresh = state.key === key;
  return {
    result: fresh ? state.result : null,
    loading: key !== null && !fresh,
    problem: fresh ? state.problem : null,
  };
}
