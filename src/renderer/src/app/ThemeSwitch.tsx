import { useEffect, useState } from 'react';
import { onThemeChoice, readThemeChoice, setThemeChoice, type ThemeChoice } from './theme';

const CHOICES: Array<[ThemeChoice, string]> = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** System, light or dark, for the whole window; remembered across starts. */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  useEffect(() => onThemeChoice(setChoice), []);
  return (
    <div className="theme-switch" role="radiogroup" aria-label="Theme">
      {CHOICES.map(([value, label]) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={choice === value}
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
