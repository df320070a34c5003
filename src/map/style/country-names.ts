import { ALPHA3_TO_ALPHA2 } from "./country-codes";

/** Names this short fit wherever the basemap would write a country's abbreviation. */
const SHORT_NAME = 4;

export interface CountryNames {
  /** alpha-3 → the country's name in the language */
  names: Readonly<Record<string, string>>;
  /** alpha-3 → a name short enough for the abbreviation's place (most Chinese names) */
  short: Readonly<Record<string, string>>;
}

/**
 * Every country's name in a language, from the browser's own CLDR data (Intl.DisplayNames): the
 * basemap speaks the reader's language without shipping a gazetteer. Null for English (the
 * basemap's own names) or where the browser has no such data.
 */
export function countryNames(locale: string): CountryNames | null {
  if (locale.split("-")[0] === "en" || typeof Intl.DisplayNames === "undefined") return null;
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  } catch {
    return null;
  }
  const names: Record<string, string> = {};
  const short: Record<string, string> = {};
  for (const [alpha3, alpha2] of Object.entries(ALPHA3_TO_ALPHA2)) {
    const name = display.of(alpha2);
    if (!name) continue;
    names[alpha3] = name;
    if ([...name].length <= SHORT_NAME) short[alpha3] = name;
  }
  return { names, short };
}
