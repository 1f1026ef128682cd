import type { PassageFilter, PassageRow } from '../../shared/model';
import { printJson, stringOption, type CliCommand } from '../CliCommand';
import { forEachPage, moreLine, PAGING_USAGE, pagingOptions } from '../paging';
import { resolveTag, tagPath } from '../resolveTag';

export const passagesCommand: CliCommand = {
  usage: `passages              coded passages (--tag T [--no-subtags], --speaker S, --source S, --from DATE, --to DATE, --orphaned, ${PAGING_USAGE})`,
  async run({ workbench, options, json }) {
    const tags = await workbench.call('tags-list', {});
    const filter: PassageFilter = {};
    const tagName = stringOption(options, 'tag');
    if (tagName) filter.tag_id = resolveTag(tagName, tags).id;
    if (options.has('no-subtags')) filter.include_subtags = false;
    const speaker = stringOption(options, 'speaker');
    if (speaker) filter.speaker = speaker;
    const source = stringOption(options, 'source');
    if (source) filter.source = source;
    const from = stringOption(options, 'from');
    if (from) filter.date_from = from;
    const to = stringOption(options, 'to');
    if (to) filter.date_to = to;
    if (options.has('orphaned')) filter.status = 'orphaned';
    const paging = pagingOptions(options, json);
    const passages: PassageRow[] = [];
    // passages-list pages by position only, so the "next" handed back is the next position.
    const { shown, total } = await forEachPage(
      paging,
      1_000,
      async (request) => {
        const offset = 'offset' in request ? request.offset : request.after;
        const page = await workbench.call('passages-list', { ...filter, offset, limit: request.limit });
        const end = offset + page.passages.length;
        return { rows: page.passages, offset, total: page.total, next: end < page.total ? end : null };
      },
      (rows) => passages.push(...rows),
    );
    const names = (ids: number[]) =>
      ids.map((id) =>
        tagPath(
          tags.find((t) => t.id === id)!,
          tags,
        ),
      );
    if (json) {
      printJson({
        total,
        passages: passages.map((p) => ({ ...p, tags: names(p.tag_ids) })),
      });
      return 0;
    }
    for (const p of passages) {
      const who = p.speaker ? ` — ${p.speaker}` : '';
      const where = `#${p.document_id} ${p.document_title.slice(0, 60)} (${p.document_published_at ?? 'no date'})`;
      console.log(
        `${p.status === 'orphaned' ? '[orphaned] ' : ''}“${p.exact.replace(/\s+/g, ' ')}”${who}\n   ${where} · ${names(p.tag_ids).join(', ') || 'no tags'}\n`,
      );
    }
    console.log(moreLine('Passages', paging, shown, total) ?? `${shown} passages`);
    return 0;
  },
};
