/**
 * Month names as news text writes them, in the languages of the corpora Lectern meets (English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Ukrainian), full
 * and abbreviated (ANSA's "16 MAG"),
 * lower case → 1–12.
 * Russian and Ukrainian appear in the genitive ("3 марта") as dates write them.
 */
export const MONTHS: Record<string, number> = {};

const NAMES = [
  'january jan januar jänner jän janvier janv enero ene gennaio gen января янв январь січня січ janeiro stycznia styczeń ocak januari',
  'february feb februar février févr fevrier febrero febbraio февраля фев февр февраль лютого лют fevereiro fev lutego luty şubat februari',
  'march mar märz maerz mars marzo марта мар март березня бер março marco marca marzec mart maart',
  'april apr avril avr abril abr aprile апреля апр апрель квітня квіт kwietnia kwiecień nisan',
  'may mai mayo maggio mag мая май травня трав maio maja maj mayıs mei',
  'june jun juni juin junio giugno giu июня июн июнь червня черв junho czerwca czerwiec haziran',
  'july jul juli juillet juil julio luglio lug июля июл июль липня лип julho lipca lipiec temmuz',
  'august aug août aout agosto ago августа авг август серпня серп sierpnia sierpień ağustos augustus',
  'september sep sept septembre septiembre settembre set сентября сен сент сентябрь вересня вер setembro września wrzesień eylül',
  'october oct oktober okt octobre octubre oct ottobre ott октября окт октябрь жовтня жовт outubro października październik ekim',
  'november nov novembre noviembre ноября ноя нояб ноябрь листопада лист novembro listopada listopad kasım',
  'december dec dezember dez décembre decembre diciembre dic dicembre декабря дек декабрь грудня груд dezembro grudnia grudzień aralık',
];
NAMES.forEach((names, index) => {
  for (const name of names.split(' ')) MONTHS[name] = index + 1;
});

/**
 * A regex alternation of every month name, longest first, with an optional abbreviation dot; in
 * lower case, Capitalised and UPPER case, so patterns need no `i` flag (which would make `\p{Lu}`
 * match lower-case letters too).
 */
export const MONTH_PATTERN =
  '(' +
  Object.keys(MONTHS)
    .flatMap((name) => [name, name[0]!.toUpperCase() + name.slice(1), name.toUpperCase()])
    .sort((a, b) => b.length - a.length)
    .join('|') +
  ')\\.?';

/** The month number of a name as written ("März", "Sept.", "марта"), or 0. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Weekday names (English, German, French, Spanish, Russian) that may precede a date. */
export const WEEKDAY_PATTERN =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|' +
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|' +
  'понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье)';

/** A month-day without a year as a partial ISO date (`--08-21`), or null when impossible. */
export function monthDay(month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // 2024 is a leap year, so 29 February counts as a real day.
  if (day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) return null;
  return `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
