import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { featureNamespaces } from './feature-namespaces';
import { zhCN } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'crm.language';

const nsFor = (lng: Language) =>
  Object.fromEntries(Object.entries(featureNamespaces).map(([ns, b]) => [ns, b[lng]]));
export const resources = {
  'zh-CN': { translation: zhCN, ...nsFor('zh-CN') },
  en: { translation: en, ...nsFor('en') },
};

function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** One i18next instance for the app; zh-CN unless the user switched (remembered on this device). */
export function createI18n(lng: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  instance.on('languageChanged', (l) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, l);
    } catch {
      // private mode: the choice lasts for the session only
    }
    if (globalThis.document) document.documentElement.lang = l;
  });
  return instance;
}
