import { useTranslation } from 'react-i18next';
import { TextField } from '../../../app/components/TextField';

export interface ProfileDraft {
  bio: string;
  languages: string;
  consultationMinutes: string;
}

export function draftOf(p: {
  bio?: string | null;
  languages: readonly string[];
  consultationMinutes: number;
}): ProfileDraft {
  return {
    bio: p.bio ?? '',
    languages: p.languages.join(', '),
    consultationMinutes: String(p.consultationMinutes),
  };
}

/** The draft as API input: language codes split on commas or spaces, minutes as a number. */
export function profileInput(d: ProfileDraft) {
  const minutes = Number.parseInt(d.consultationMinutes, 10);
  return {
    bio: d.bio.trim(),
    languages: d.languages
      .split(/[\s,;]+/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
    ...(Number.isFinite(minutes) ? { consultationMinutes: minutes } : {}),
  };
}

/** Bio, languages and consultation length: what a doctor and an administrator both edit. */
export function PractitionerProfileFields({
  draft,
  onChange,
}: {
  draft: ProfileDraft;
  onChange: (d: ProfileDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="bio"
        label={t('scheduling.profile.bio')}
        helper={t('scheduling.profile.bioHelp')}
        value={draft.bio}
        onChange={(bio) => {
          onChange({ ...draft, bio });
        }}
      />
      <TextField
        name="languages"
        label={t('scheduling.profile.languages')}
        helper={t('scheduling.profile.languagesHelp')}
        value={draft.languages}
        onChange={(languages) => {
          onChange({ ...draft, languages });
        }}
      />
      <TextField
        name="consultationMinutes"
        label={t('scheduling.profile.minutes')}
        value={draft.consultationMinutes}
        onChange={(consultationMinutes) => {
          onChange({ ...draft, consultationMinutes });
        }}
      />
    </>
  );
}
