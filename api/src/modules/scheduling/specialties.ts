import { Field, ObjectType } from 'type-graphql';

/** The maintained list of specialties, with French and English names. */
export const SPECIALTIES = [
  { code: 'GENERAL_PRACTICE', fr: 'Médecine générale', en: 'General practice' },
  { code: 'CARDIOLOGY', fr: 'Cardiologie', en: 'Cardiology' },
  { code: 'PAEDIATRICS', fr: 'Pédiatrie', en: 'Paediatrics' },
  { code: 'DERMATOLOGY', fr: 'Dermatologie', en: 'Dermatology' },
  { code: 'GYNAECOLOGY', fr: 'Gynécologie-obstétrique', en: 'Obstetrics and gynaecology' },
  { code: 'NEUROLOGY', fr: 'Neurologie', en: 'Neurology' },
  { code: 'PSYCHIATRY', fr: 'Psychiatrie', en: 'Psychiatry' },
  { code: 'OPHTHALMOLOGY', fr: 'Ophtalmologie', en: 'Ophthalmology' },
  { code: 'ENT', fr: 'Oto-rhino-laryngologie', en: 'Ear, nose and throat' },
  { code: 'ORTHOPAEDICS', fr: 'Orthopédie', en: 'Orthopaedics' },
  { code: 'GASTROENTEROLOGY', fr: 'Gastro-entérologie', en: 'Gastroenterology' },
  { code: 'PULMONOLOGY', fr: 'Pneumologie', en: 'Pulmonology' },
  { code: 'ENDOCRINOLOGY', fr: 'Endocrinologie', en: 'Endocrinology' },
  { code: 'NEPHROLOGY', fr: 'Néphrologie', en: 'Nephrology' },
  { code: 'RHEUMATOLOGY', fr: 'Rhumatologie', en: 'Rheumatology' },
  { code: 'UROLOGY', fr: 'Urologie', en: 'Urology' },
  { code: 'ONCOLOGY', fr: 'Oncologie', en: 'Oncology' },
  { code: 'GERIATRICS', fr: 'Gériatrie', en: 'Geriatrics' },
  { code: 'EMERGENCY', fr: 'Médecine d’urgence', en: 'Emergency medicine' },
  { code: 'GENERAL_SURGERY', fr: 'Chirurgie générale', en: 'General surgery' },
] as const;

export type SpecialtyCode = (typeof SPECIALTIES)[number]['code'];

export function isSpecialty(code: string): code is SpecialtyCode {
  return SPECIALTIES.some((s) => s.code === code);
}

@ObjectType({ description: 'A medical specialty.' })
export class Specialty {
  @Field(() => String, { description: 'Stable code.' })
  code!: string;

  @Field(() => String, { description: 'French name.' })
  labelFr!: string;

  @Field(() => String, { description: 'English name.' })
  labelEn!: string;
}

export function specialtyOf(code: string): Specialty | null {
  const s = SPECIALTIES.find((x) => x.code === code);
  return s ? { code: s.code, labelFr: s.fr, labelEn: s.en } : null;
}
