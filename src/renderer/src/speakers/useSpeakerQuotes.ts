import { useCallback, useState } from 'react';
import type { QuotePage, QuoteSuggestion } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { usePagedList, type PagedList, type PageRequest } from '../app/usePagedList';

export type StatusFilter = 'all' | QuoteSuggestion['status'];

type Counts = NonNullable<QuotePage['counts']>;

/**
 * The quotations of one speaker (any spelling or alias of their entity), accepted and suggested,
 * or with `speaker` empty every open suggestion of the corpus — as pages from the engine
 * (quotes-page), with the counts by status; the rows in view are read again after coding changes.
 */
export function useSpeakerQuotes(
  speaker: string,
  status: StatusFilter,
): { pages: PagedList<QuoteSuggestion>; counts: Counts | null } {
  const api = useApi();
  // The counts are of the speaker's quotations whatever the status shown: kept across statuses.
  const [counts, setCounts] = useState<{ speaker: string; counts: Counts } | null>(null);
  const fetch = useCallback(
    ({ offset, limit, count, after }: PageRequest<QuoteSuggestion>) =>
      api
        .call('quotes-page', {
          ...(speaker ? { speaker } : {}),
          ...(status !== 'all' ? { status } : {}),
          ...(after ? { after: after.id } : { offset }),
          limit,
          count,
        })
        .then((page) => {
          if (page.counts) setCounts({ speaker, counts: page.counts });
          return page;
        }),
    [api, speaker, status],
  );
  const pages = usePagedList({
    key: JSON.stringify({ speaker, status }),
    fetch,
    refreshOn: ['on-coding-changed'],
    failure: 'Could not list the quotations',
  });
  return { pages, counts: counts?.speaker === speaker ? counts.counts : null };
}
