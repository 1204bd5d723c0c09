import { useMutation } from '@apollo/client/react';
import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { useSessionManager } from '../../app/session/SessionContext';
import { UpdateMyProfileDocument } from '../../gql/graphql';
import { isLanguage, LANGUAGES, setLanguage, type Language } from '../../i18n';

/** English / Français; remembered on this device and, when signed in, on the account. */
export function LanguageSwitch({ persistOnServer }: { persistOnServer: boolean }) {
  const { t, i18n } = useTranslation();
  const session = useSessionManager();
  const [update] = useMutation(UpdateMyProfileDocument);
  const current = isLanguage(i18n.language) ? i18n.language : 'en';

  function choose(lang: Language) {
    if (lang === current) return;
    void setLanguage(i18n, lang);
    if (persistOnServer) {
      session.updateUser({ locale: lang });
      update({ variables: { input: { locale: lang } } }).catch(() => {
        // The device keeps the choice; the account keeps its previous language.
      });
    }
  }

  return (
    <div className="cg-language" role="group" aria-labelledby="cg-language-label">
      <p id="cg-language-label" className="cg-muted">
        {t('language.label')}
      </p>
      <div className="cg-language-buttons">
        {LANGUAGES.map((lang) => (
          <IonButton
            key={lang}
            lang={lang}
            fill={lang === current ? 'solid' : 'outline'}
            aria-pressed={lang === current}
            data-testid={`lang-${lang}`}
            onClick={() => {
              choose(lang);
            }}
          >
            {t(`language.${lang}`)}
          </IonButton>
        ))}
      </div>
    </div>
  );
}
