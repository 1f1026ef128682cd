/**
 * What a researcher is told when search lists a query's results newest first instead of ranking
 * them (SearchResult.unranked): the same words in the workbench and the CLI.
 */
export function unrankedNotice(query: string, share: number): string {
  // Never rounds up to 100% while some documents do not match.
  const percent = share < 1 ? Math.min(99, Math.round(share * 100)) : 100;
  return `“${query}” is in ${percent}% of the documents, too common to rank by relevance: newest first. Add a rarer word to rank the results.`;
}
