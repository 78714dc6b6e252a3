import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { apiSession } from '../api/client';
import en from './en.json';
import ko from './ko.json';

export const languages = ['ko', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'innohub.lang';

// Both files must hold the same keys: each is checked against the other's shape.
const resources = {
  ko: { translation: ko satisfies typeof en },
  en: { translation: en satisfies typeof ko },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ko };
  }
}

function storedLanguage(): Language | null {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === 'en' || value === 'ko' ? value : null;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'ko';
}

function apply(language: Language) {
  document.documentElement.lang = language;
  apiSession.setLanguage(language);
}

/** Switches the language and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18n.changeLanguage(language);
}

/** A person's saved locale applies until they pick a language on this device. */
export async function adoptPersonLocale(locale: string): Promise<void> {
  if (!storedLanguage() && (locale === 'en' || locale === 'ko') && locale !== currentLanguage()) await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (lng) => apply(lng === 'en' ? 'en' : 'ko'));

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage() ?? 'ko',
  fallbackLng: 'ko',
  interpolation: { escapeValue: false }, // React escapes every string it renders.
  returnNull: false,
});
apply(currentLanguage());

export default i18n;
