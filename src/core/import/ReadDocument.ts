/** What a format reader hands to the analysis: text blocks in order, plus metadata the format states. */
export interface ReadDocument {
  blocks: Array<{ text: string; kind?: 'title' | 'heading' }>;
  meta: {
    title?: string;
    published_at?: string;
    author?: string;
    source?: string;
    language?: string;
  };
}
