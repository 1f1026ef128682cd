// The reader's test document, shared by the renderer's unit tests: 50 paragraphs of 90 characters
// (100 apart) and 120 overlapping passages spread over them.
import type { Passage } from '../../src/shared/model';

export const parts = Array.from({ length: 50 }, (_, i) => ({ start: i * 100, end: i * 100 + 90 }));

export function passage(id: number, start: number, end: number, tags = [1]): Passage {
  return {
    id,
    document_id: 1,
    start,
    end,
    exact: '',
    prefix: '',
    suffix: '',
    kind: 'highlight',
    speaker: null,
    memo: '',
    status: 'anchored',
    tag_ids: tags,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}

/** 120 passages of 20–260 characters, in id order (not reading order). */
export const many = Array.from({ length: 120 }, (_, i) =>
  passage(i + 1, (i * 37) % 4900, ((i * 37) % 4900) + 20 + (i % 5) * 60),
);
