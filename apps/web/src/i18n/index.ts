import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da';
import en, { type Translation } from './en';

export const languages = ['en', 'da'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'clustermeet.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored === 'en' || stored === 'da') return stored;
  return navigator.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

/** Locale for Intl formatting of dates and numbers. */
export function currentLocale(): string {
  return i18n.language === 'da' ? 'da-DK' : 'en-GB';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, da: { translation: da } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
});
document.documentElement.lang = i18n.language;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

export default i18n;
