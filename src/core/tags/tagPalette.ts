// The palette and the choice of a new tag's colour live in shared/tagColors (the reader picks
// colours for tags it creates too, knowing what the open document shows).
export { pickTagColor, TAG_PALETTE } from '../../shared/tagColors';

export function isColor(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}
