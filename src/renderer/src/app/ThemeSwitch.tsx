import { useEffect, useState } from 'react';
import { onThemeChoice, readThemeChoice, setThemeChoice, type ThemeChoice } from './theme';

const CHOICES: Array<[ThemeChoice, string]> = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/**
 * System, light or dark, for the whole window; remembered across starts. A radio group: one Tab
 * stop (the chosen one), ←/→ to change.
 */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  useEffect(() => onThemeChoice(setChoice), []);
  return (
    <div
      className="theme-switch"
      role="radiogroup"
      aria-label="Theme"
      onKeyDown={(event) => {
        const step =
          event.key === 'ArrowRight' || event.key === 'ArrowDown'
            ? 1
            : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
              ? -1
              : 0;
        if (step === 0) return;
        event.preventDefault();
        const at = CHOICES.findIndex(([value]) => value === choice);
        const next = CHOICES[(at + step + CHOICES.length) % CHOICES.length]![0];
        setThemeChoice(next);
        event.currentTarget.querySelector<HTMLElement>(`[data-choice="${next}"]`)?.focus();
      }}
    >
      {CHOICES.map(([value, label]) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={choice === value}
          tabIndex={choice === value ? 0 : -1}
          data-choice={value}
          className={choice === value ? 'on' : undefined}
          title={value === 'system' ? 'Follow the system’s light or dark setting' : `${label} theme`}
          onClick={() => setThemeChoice(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
