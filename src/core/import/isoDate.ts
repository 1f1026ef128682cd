/**
 * Builds an ISO date from parts, or null when the parts name no real day. Two-digit years are read
 * as 19xx when above the current year's last two digits, 20xx otherwise (`22` → 2022).
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 100) {
    const century = year > new Date().getFullYear() % 100 ? 1900 : 2000;
    year += century;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
