import { printJson, stringOption, type CliCommand } from '../CliCommand';
import { forEachPage, moreLine, PAGING_USAGE, pagingOptions } from '../paging';
import type { QuoteSuggestion } from '../../shared/model';

export const quotesCommand: CliCommand = {
  usage: `quotes                every detected quotation with its proposed or accepted speaker (--speaker S: any spelling or alias, --status open|accepted|dismissed, ${PAGING_USAGE})`,
  async run({ workbench, options, json }) {
    // Complete answers: documents whose quotations and entities are not read yet are read first.
    await workbench.call('quotations-catch-up', {});
    const speaker = stringOption(options, 'speaker');
    const status = stringOption(options, 'status') as 'open' | 'accepted' | 'dismissed' | undefined;
    const paging = pagingOptions(options, json);
    const quotes: QuoteSuggestion[] = [];
    const { shown, total } = await forEachPage(
      paging,
      500,
      (request) =>
        workbench.call('quotes-page', {
          ...(speaker ? { speaker } : {}),
          ...(status ? { status } : {}),
          ...request,
        }),
      (rows) => quotes.push(...rows),
    );
    if (json) {
      printJson(quotes);
      return 0;
    }
    for (const quote of quotes) {
      const text = quote.exact.replace(/\s+/g, ' ');
      console.log(
        `[${quote.status}] ${quote.speaker ?? 'unknown speaker'}${quote.status === 'open' ? ` (${quote.confidence})` : ''}: “${text.length > 160 ? text.slice(0, 159) + '…' : text}”\n   #${quote.document_id} ${quote.document_title.slice(0, 70)}${quote.evidence ? ` · “${quote.evidence}”` : ''}\n`,
      );
    }
    const speakers = new Set(quotes.map((q) => q.speaker).filter(Boolean));
    // The speakers are counted only when every quotation is shown.
    console.log(
      moreLine('Quotations', paging, shown, total) ??
        `${quotes.length} quotations, ${speakers.size} speakers`,
    );
    return 0;
  },
};
