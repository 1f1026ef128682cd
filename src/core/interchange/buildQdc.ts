import { APP_VERSION } from '../appVersion';
import type { TagRecord } from './lecternProject';
import { XmlWriter } from './xmlWriter';

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

/**
 * The codebook alone as a REFI-QDA .qdc (valid against Codebook.xsd): the tag tree with colours
 * and memos (as Description), the same GUIDs a .qdpx export of the project uses.
 */
export function buildQdc(tags: TagRecord[], guidOf: (tag: TagRecord) => string): string {
  const children = new Map<number | null, TagRecord[]>();
  for (const tag of tags) {
    const list = children.get(tag.parent_id);
    if (list) list.push(tag);
    else children.set(tag.parent_id, [tag]);
  }
  const xml = new XmlWriter();
  xml.open('CodeBook', { xmlns: CODEBOOK_NS, origin: `Lectern ${APP_VERSION}` }).open('Codes');
  const writeCode = (tag: TagRecord) => {
    const kids = children.get(tag.id) ?? [];
    const attributes = { guid: guidOf(tag), name: tag.name, isCodable: true, color: tag.color };
    if (kids.length === 0 && !tag.memo) {
      xml.leaf('Code', attributes);
      return;
    }
    xml.open('Code', attributes);
    if (tag.memo) xml.leaf('Description', {}, tag.memo);
    for (const kid of kids) writeCode(kid);
    xml.close('Code');
  };
  for (const tag of children.get(null) ?? []) writeCode(tag);
  xml.close('Codes').close('CodeBook');
  return xml.toString();
}
