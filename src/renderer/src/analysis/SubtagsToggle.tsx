/** "including sub-tags": whether a tag's figures count the passages of its sub-tags (Actors counts Actors/Russia). */
export function SubtagsToggle({ checked, onChange }: { checked: boolean; onChange(next: boolean): void }) {
  return (
    <label
      className="analysis-check"
      title="A tag counts the passages of its sub-tags (Actors counts Actors/Russia)"
    >
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />{' '}
      including sub-tags
    </label>
  );
}
