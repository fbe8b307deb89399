import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';

/** Two languages only, so a single toggle labelled in the other language is the clearest switch. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'da' ? 'en' : 'da';
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      lang={other}
      title={t('header.switchLanguageLabel')}
      onClick={() => changeLanguage(other)}
    >
      {t('header.switchLanguage')}
    </Button>
  );
}
