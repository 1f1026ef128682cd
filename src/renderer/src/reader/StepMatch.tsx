import type { TermNavigation } from './useTermNavigation';

/** ‹ or ›: the previous or next highlighted match (search terms or find in document). */
export function StepMatch({ navigation, by }: { navigation: TermNavigation; by: -1 | 1 }) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={by < 0 ? 'Previous match' : 'Next match'}
      disabled={navigation.count === 0}
      onClick={() => navigation.go(navigation.current + by)}
    >
      {by < 0 ? '‹' : '›'}
    </button>
  );
}
