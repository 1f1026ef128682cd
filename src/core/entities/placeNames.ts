// A gazetteer of places the corpus writes about, each line one place in its English, German and
// Russian spellings (the first is the name shown). Datelines ("VIENNA, March 4") add places the
// list does not know. Spellings of one place become aliases of one entity.

const PLACES = `Austria Österreich Австрия
Vienna Wien Вена
Graz
Linz
Salzburg
Innsbruck
Tyrol Tirol
Hallstatt
Germany Deutschland Германия
Berlin Берлин
Munich München Мюнхен
Bavaria Bayern
Frankfurt
Hamburg
Russia Russland Россия
Moscow Moskau Москва
Saint Petersburg St. Petersburg Санкт-Петербург
Ukraine Украина
Kyiv Kiew Kiev Киев
Belarus Weißrussland Беларусь
Azerbaijan Aserbaidschan Азербайджан
Baku Баку
Armenia Armenien Армения
Yerevan Eriwan Ереван
Georgia Georgien Грузия
Tbilisi Tiflis Тбилиси
Nagorno-Karabakh Bergkarabach Karabakh Karabach Нагорный Карабах
Turkey Türkei Турция
Ankara
Istanbul
Iran Иран
Tehran Teheran
United States USA US Vereinigte Staaten США
Washington Вашингтон
New York
Florida
Pennsylvania
Utah
Salt Lake City
Denver
Hartford
Tallahassee
Los Angeles
United Kingdom Großbritannien Britain UK Великобритания
London Лондон
France Frankreich Франция
Paris Париж
Brussels Brüssel Брюссель
Belgium Belgien
Netherlands Niederlande
Italy Italien
Rome Rom
Spain Spanien
Poland Polen Польша
Warsaw Warschau
Hungary Ungarn Венгрия
Budapest
Slovenia Slowenien
Spielfeld
Czech Republic Tschechien
Prague Prag
Switzerland Schweiz
Sweden Schweden
Stockholm
Norway Norwegen
Oslo
Estonia Estland
China Китай
Beijing Peking
Japan
India Indien
Israel
Gaza
Syria Syrien
Iraq Irak
Egypt Ägypten
Europe Europa Европа
Caucasus Kaukasus Кавказ
South Caucasus Südkaukasus
Maldives Malediven
Wyoming
Millbrook
Fulton County`;

const byKey = new Map<string, { name: string; spellings: string[] }>();
// First words of every spelling: most capitalised words are no place, and are turned away
// before any phrase is built.
const firstWords = new Set<string>();
for (const line of PLACES.split('\n')) {
  // Multi-word names are written with spaces inside; split on two or more known words is not
  // needed: each line's spellings are separated by single spaces only where a spelling is one word.
  const spellings = splitSpellings(line.trim());
  const place = { name: spellings[0]!, spellings };
  for (const spelling of spellings) {
    byKey.set(spelling.toLowerCase(), place);
    firstWords.add(spelling.split(' ')[0]!.toLowerCase());
  }
}

/** Splits a gazetteer line into spellings, keeping known multi-word names together. */
function splitSpellings(line: string): string[] {
  const multi = [
    'Saint Petersburg',
    'St. Petersburg',
    'United States',
    'Vereinigte Staaten',
    'New York',
    'Salt Lake City',
    'Los Angeles',
    'United Kingdom',
    'Czech Republic',
    'South Caucasus',
    'Fulton County',
    'Нагорный Карабах',
  ];
  const found: string[] = [];
  let rest = line;
  while (rest) {
    const name = multi.find((m) => rest.startsWith(m));
    const next = name ?? rest.split(' ')[0]!;
    found.push(next);
    rest = rest.slice(next.length).trim();
  }
  return found;
}

/** The place a spelling names (Wien → Vienna), with all its spellings, or undefined. */
export function placeNamed(spelling: string): { name: string; spellings: string[] } | undefined {
  return byKey.get(spelling.toLowerCase());
}

/** Whether a word can open a place's name (a quick test before placeNamed on a phrase). */
export function mayStartPlace(word: string): boolean {
  return firstWords.has(word.toLowerCase());
}

/** The longest number of words a gazetteer spelling has (for phrase look-ups). */
export const MAX_PLACE_WORDS = 3;
