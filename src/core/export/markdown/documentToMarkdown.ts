import type { DocumentDetail } from '../../../shared/model';
import { escapeMarkdown } from './escapeMarkdown';
import { humanDate } from './formatCitation';
import { yamlFrontMatter } from './yamlFrontMatter';

/**
 * A source document as Markdown for an Obsidian vault: front matter with its metadata, then
 * each paragraph followed by a block id (^p1, ^p2 …) so a quote can link to its paragraph.
 */
export function documentToMarkdown(doc: DocumentDetail): string {
  const front = yamlFrontMatter({
    title: doc.title,
    source: doc.source,
    author: doc.author,
    published: doc.published_at,
    language: doc.language,
    lectern_document: doc.id,
  });
  const byline = [doc.author, doc.source, humanDate(doc.published_at)].filter(Boolean).join(' · ');
  const paragraphs = doc.paragraphs.map((paragraph, index) => {
    const text = escapeMarkdown(doc.body.slice(paragraph.start, paragraph.end));
    return paragraph.kind === 'heading' ? `## ${text} ^p${index + 1}` : `${text} ^p${index + 1}`;
  });
  return `${front}# ${escapeMarkdown(doc.title)}\n\n${byline ? `*${escapeMarkdown(byline)}*\n\n` : ''}${paragraphs.join('\n\n')}\n`;
}

/** The block id of the paragraph holding a body offset. */
export function paragraphBlockId(doc: Pick<DocumentDetail, 'paragraphs'>, offset: number): string | null {
  const index = doc.paragraphs.findIndex((paragraph) => offset >= paragraph.start && offset < paragraph.end);
  return index >= 0 ? `p${index + 1}` : null;
}
