import { LANGUAGES } from "../i18n/i18n";
import { useT } from "../i18n/use-t";
import { setLanguage } from "../state/actions";
import { useExplorerStore } from "../state/store";

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
const NATIVE_NAMES: Readonly<Record<(typeof LANGUAGES)[number], string>> = { en: "English", zh: "中文", ru: "Русский" };

/** The interface language; a language only the data has names in (?lang=mn) stays listed while it is chosen. */
export function LanguageSelect({ id }: { id: string }) {
  const t = useT();
  const lang = useExplorerStore((s) => s.lang);
  const known = (LANGUAGES as readonly string[]).includes(lang);
  return (
    <label className="language-select" htmlFor={id}>
      <span className="visually-hidden">{t("language.label")}</span>
      <select id={id} value={lang} onChange={(event) => void setLanguage(event.currentTarget.value)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
        {known ? null : <option value={lang}>{lang}</option>}
      </select>
    </label>
  );
}
