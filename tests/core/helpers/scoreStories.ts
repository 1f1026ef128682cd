import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEWS_DIR } from './scoreNewsMetadata';
import { tempWorkbench } from './tempProject';

const HEADLINES = ['Update:', 'Breaking:', 'Report:'];

/**
 * Reprints built from each text of the news development set, as outlets publish a wire story:
 * (a) another outlet — its own headline, site name and cookie banner, two words changed;
 * (b) a trimmed copy — the last paragraph cut, a newsletter box added;
 * (c) a corrected re-post — one number changed and a correction note.
 * The 47 originals include unrelated articles on the same topics (Georgia's agents law in three
 * languages, the Armenian–Azerbaijani border commission, central bank rates), which must not group.
 * Returns precision and recall over pairs of documents.
 */
export async function scoreStories(): Promise<{
  documents: number;
  pairs: number;
  precision: number;
  recall: number;
  misses: string[];
}> {
  const names = readdirSync(NEWS_DIR).filter((name) => name.endsWith('.txt'));
  const files: Array<{ name: string; data_base64: string; story: string }> = [];
  for (const [i, name] of names.entries()) {
    const text = readFileSync(join(NEWS_DIR, name), 'utf8').trim();
    const paragraphs = text.split(/\n\n+/);
    const [head, ...rest] = paragraphs;
    const edited = rest
      .join('\n\n')
      .replace(/\b(said|sagte|заявил|a déclaré|dijo)\b/, (word) => (word === 'said' ? 'stated' : word))
      .replace(/\b(on|am|в|le|el) /, (word) => word);
    const variants = {
      a: `Regional Herald\n\n${HEADLINES[i % 3]} ${head}\n\n${edited}\n\nWe use cookies to improve our website. By continuing you accept our cookie policy.\n\nRegional Herald`,
      b: `Daily Wire\n\n${paragraphs.slice(0, Math.max(2, paragraphs.length - 1)).join('\n\n')}\n\nSubscribe to our newsletter for the latest news.`,
      c: `${text.replace(/\d+/, (n) => String(Number(n) + 1))}\n\nThis article was corrected to fix a number in the first paragraph.`,
    };
    files.push({ name, data_base64: Buffer.from(text).toString('base64'), story: name });
    for (const [key, variant] of Object.entries(variants))
      files.push({
        name: `${key}-${name}`,
        data_base64: Buffer.from(variant).toString('base64'),
        story: name,
      });
  }
  const workbench = tempWorkbench();
  const report = await workbench.call('import-uploads', {
    files: files.map(({ name, data_base64 }) => ({ name, data_base64 })),
  });
  const storyOfFile = new Map(files.map((file) => [file.name, file.story]));
  // Uploads keep no path, so each document's file is named by the import report.
  const fileOf = new Map(
    report.outcomes.flatMap((outcome) => (outcome.status === 'imported' ? [[outcome.id, outcome.file]] : [])),
  );
  const docs = (await workbench.call('documents-list', {})).map((doc) => ({
    name: fileOf.get(doc.id)!,
    truth: storyOfFile.get(fileOf.get(doc.id)!)!,
    found: doc.story_id,
  }));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const [a, b] = [docs[i]!, docs[j]!];
      const same = a.truth === b.truth;
      const grouped = a.found !== null && a.found === b.found;
      if (same && grouped) tp++;
      else if (grouped) {
        fp++;
        misses.push(`grouped but different stories: ${a.name} + ${b.name}`);
      } else if (same) {
        fn++;
        misses.push(`same story not grouped: ${a.name} + ${b.name}`);
      }
    }
  }
  return {
    documents: report.imported,
    pairs: tp + fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    misses,
  };
}
