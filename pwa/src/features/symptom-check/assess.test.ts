import { describe, expect, it } from 'vitest';
import {
  ageInMonths,
  asksPregnancy,
  assess,
  holds,
  prune,
  questionsFor,
  symptomsFor,
} from './assess';
import { SYMPTOM_RULES as RULES } from './symptom-rules';
import {
  NO_ANSWERS,
  type Answers,
  type Condition,
  type Duration,
  type Outcome,
  type Severity,
  type Urgency,
} from './types';

/** The codes `specialties { code }` answers (api/src/modules/scheduling/specialties.ts). */
const API_SPECIALTIES = [
  'GENERAL_PRACTICE',
  'CARDIOLOGY',
  'PAEDIATRICS',
  'DERMATOLOGY',
  'GYNAECOLOGY',
  'NEUROLOGY',
  'PSYCHIATRY',
  'OPHTHALMOLOGY',
  'ENT',
  'ORTHOPAEDICS',
  'GASTROENTEROLOGY',
  'PULMONOLOGY',
  'ENDOCRINOLOGY',
  'NEPHROLOGY',
  'RHEUMATOLOGY',
  'UROLOGY',
  'ONCOLOGY',
  'GERIATRICS',
  'EMERGENCY',
  'GENERAL_SURGERY',
];

type Who = Pick<Answers, 'ageMonths' | 'sex' | 'pregnant'>;
const years = (n: number) => n * 12;
const MAN: Who = { ageMonths: years(40), sex: 'MALE', pregnant: null };
const WOMAN: Who = { ageMonths: years(34), sex: 'FEMALE', pregnant: false };
const PREGNANT: Who = { ageMonths: years(29), sex: 'FEMALE', pregnant: true };
const OLDER: Who = { ageMonths: years(81), sex: 'FEMALE', pregnant: null };
const child = (months: number, sex: 'FEMALE' | 'MALE' = 'MALE'): Who => ({
  ageMonths: months,
  sex,
  pregnant: null,
});

/**
 * The answers the flow collects on one path: who, then area, symptom, duration, severity, then
 * every question of that symptom answered — yes to those listed, no to the others.
 */
function walk(
  who: Who,
  area: string,
  symptom: string,
  duration: Duration,
  severity: Severity,
  yes: string[] = [],
): Answers {
  const base: Answers = { ...NO_ANSWERS, ...who, area, symptom, duration, severity };
  for (const id of yes) {
    if (!questionsFor(base, RULES).includes(id)) throw new Error(`${id} is not asked`);
  }
  const answered = Object.fromEntries(
    questionsFor(base, RULES).map((id) => [id, yes.includes(id)]),
  );
  return { ...base, yes: answered };
}

type Expected =
  | { kind: 'EMERGENCY'; flags: string[] }
  | { kind: 'SPECIALTY'; specialty: string; urgency: Urgency; reasons: string[] };

const emergency = (...flags: string[]): Expected => ({ kind: 'EMERGENCY', flags });
const specialty = (code: string, urgency: Urgency, ...reasons: string[]): Expected => ({
  kind: 'SPECIALTY',
  specialty: code,
  urgency,
  reasons,
});

function summary(o: Outcome): Expected {
  return o.kind === 'EMERGENCY'
    ? { kind: 'EMERGENCY', flags: o.flags.map((f) => f.id) }
    : {
        kind: 'SPECIALTY',
        specialty: o.specialty,
        urgency: o.urgency,
        reasons: o.reasons.map((r) => r.id),
      };
}

/** name, answers, exact outcome. */
const TABLE: [string, Answers, Expected][] = [
  // ——— Red flags: each one, on the paths that ask for it ———
  [
    'chest pain with breathlessness',
    walk(MAN, 'CHEST', 'CHEST_PAIN', 'HOURS', 'MODERATE', ['chestBreathless']),
    emergency('CHEST_PAIN'),
  ],
  [
    'chest pain with sweating',
    walk(MAN, 'CHEST', 'CHEST_PAIN', 'HOURS', 'MILD', ['chestSweating']),
    emergency('CHEST_PAIN'),
  ],
  [
    'chest pain spreading to the arm or jaw',
    walk(WOMAN, 'CHEST', 'CHEST_PAIN', 'DAYS', 'MODERATE', ['chestSpreading']),
    emergency('CHEST_PAIN'),
  ],
  [
    'severe chest pain with no other sign',
    walk(MAN, 'CHEST', 'CHEST_PAIN', 'HOURS', 'SEVERE'),
    emergency('CHEST_PAIN'),
  ],
  [
    'palpitations with chest pain',
    walk(MAN, 'CHEST', 'PALPITATIONS', 'HOURS', 'MODERATE', ['chestPainWith']),
    emergency('CHEST_PAIN'),
  ],
  [
    'a swollen leg with chest pain',
    walk(WOMAN, 'LIMBS', 'LEG_SWELLING', 'DAYS', 'MODERATE', ['chestPainWith']),
    emergency('CHEST_PAIN'),
  ],
  [
    'a headache with a drooping face',
    walk(OLDER, 'HEAD', 'HEADACHE', 'HOURS', 'MILD', ['fastFace']),
    emergency('STROKE'),
  ],
  [
    'an arm suddenly weak (from the limbs)',
    walk(MAN, 'LIMBS', 'WEAKNESS_NUMBNESS', 'HOURS', 'MILD', ['fastArm']),
    emergency('STROKE'),
  ],
  [
    'dizziness with trouble speaking',
    walk(OLDER, 'GENERAL', 'DIZZINESS', 'HOURS', 'MODERATE', ['fastSpeech']),
    emergency('STROKE'),
  ],
  [
    'a wound bleeding heavily',
    walk(MAN, 'SKIN', 'WOUND_BURN', 'HOURS', 'MODERATE', ['heavyBleeding']),
    emergency('HEAVY_BLEEDING'),
  ],
  [
    'an injury with bleeding and a blackout: every flag, in the rules’ order',
    walk(MAN, 'LIMBS', 'INJURY', 'HOURS', 'SEVERE', ['lostConsciousness', 'heavyBleeding']),
    emergency('HEAVY_BLEEDING', 'LOSS_OF_CONSCIOUSNESS'),
  ],
  [
    'vomiting blood',
    walk(WOMAN, 'ABDOMEN', 'DIGESTIVE', 'HOURS', 'MODERATE', ['bloodVomitOrStool']),
    emergency('DIGESTIVE_BLEEDING'),
  ],
  [
    'a cough with difficulty breathing at rest',
    walk(MAN, 'CHEST', 'COUGH', 'DAYS', 'MODERATE', ['breathingAtRest']),
    emergency('BREATHING_AT_REST'),
  ],
  [
    'feeling faint and having lost consciousness',
    walk(WOMAN, 'GENERAL', 'DIZZINESS', 'HOURS', 'MILD', ['lostConsciousness']),
    emergency('LOSS_OF_CONSCIOUSNESS'),
  ],
  [
    'an allergic reaction with a swelling throat',
    walk(MAN, 'SKIN', 'ALLERGIC_REACTION', 'HOURS', 'MODERATE', ['faceThroatSwelling']),
    emergency('ANAPHYLAXIS'),
  ],
  [
    'low mood with thoughts of suicide',
    walk(MAN, 'MIND', 'LOW_MOOD', 'WEEKS', 'MODERATE', ['suicidalThoughts']),
    emergency('SUICIDAL_THOUGHTS'),
  ],
  [
    'a 14-year-old, anxious, with thoughts of suicide',
    walk(child(years(14), 'FEMALE'), 'MIND', 'ANXIETY', 'DAYS', 'SEVERE', ['suicidalThoughts']),
    emergency('SUICIDAL_THOUGHTS'),
  ],
  [
    'fever with a stiff neck',
    walk(MAN, 'GENERAL', 'FEVER', 'DAYS', 'MODERATE', ['stiffNeck']),
    emergency('MENINGITIS'),
  ],
  [
    'fever with spots that do not fade',
    walk(child(years(6)), 'GENERAL', 'FEVER', 'HOURS', 'MILD', ['purpleRash']),
    emergency('MENINGITIS'),
  ],
  [
    'a headache with fever and a stiff neck',
    walk(WOMAN, 'HEAD', 'HEADACHE', 'DAYS', 'MODERATE', ['hasFever', 'stiffNeck']),
    emergency('MENINGITIS'),
  ],
  [
    'a rash with fever and spots that do not fade',
    walk(child(years(4)), 'SKIN', 'RASH', 'HOURS', 'MILD', ['hasFever', 'purpleRash']),
    emergency('MENINGITIS'),
  ],
  [
    'severe belly pain with a hard belly',
    walk(MAN, 'ABDOMEN', 'ABDOMINAL_PAIN', 'HOURS', 'SEVERE', ['rigidBelly']),
    emergency('ACUTE_ABDOMEN'),
  ],
  [
    'a baby of 2 months with a fever: stops as soon as the symptom is chosen',
    { ...NO_ANSWERS, ...child(2, 'FEMALE'), area: 'GENERAL', symptom: 'FEVER' },
    emergency('INFANT_FEVER'),
  ],
  [
    'a baby of 1 month coughing, with a fever',
    walk(child(1), 'CHEST', 'COUGH', 'HOURS', 'MILD', ['hasFever']),
    emergency('INFANT_FEVER'),
  ],
  [
    'pregnant, with gynaecological pain and bleeding',
    walk(PREGNANT, 'PELVIS', 'GYNAECOLOGICAL', 'HOURS', 'MILD', ['vaginalBleeding']),
    emergency('PREGNANCY'),
  ],
  [
    'pregnant, with severe belly pain (belly soft)',
    walk(PREGNANT, 'ABDOMEN', 'ABDOMINAL_PAIN', 'HOURS', 'SEVERE'),
    emergency('PREGNANCY'),
  ],
  [
    'pregnant, with a urinary problem and bleeding',
    walk(PREGNANT, 'PELVIS', 'URINARY', 'DAYS', 'MILD', ['vaginalBleeding']),
    emergency('PREGNANCY'),
  ],
  [
    'pregnant, with a severe headache',
    walk(PREGNANT, 'HEAD', 'HEADACHE', 'HOURS', 'SEVERE'),
    emergency('PREGNANCY'),
  ],
  [
    'a sudden headache, the worst ever',
    walk(MAN, 'HEAD', 'HEADACHE', 'HOURS', 'SEVERE', ['suddenWorstHeadache']),
    emergency('THUNDERCLAP_HEADACHE'),
  ],
  [
    'sudden loss of sight',
    walk(OLDER, 'HEAD', 'EYE', 'HOURS', 'MILD', ['suddenVisionLoss']),
    emergency('SUDDEN_VISION_LOSS'),
  ],
  [
    'a boy of 13 with sudden, severe testicular pain',
    walk(child(years(13)), 'PELVIS', 'TESTICULAR_PAIN', 'HOURS', 'SEVERE'),
    emergency('TESTICULAR_TORSION'),
  ],
  [
    'back pain with numbness between the legs',
    walk(MAN, 'LIMBS', 'BACK_PAIN', 'DAYS', 'SEVERE', ['saddleNumbness']),
    emergency('CAUDA_EQUINA'),
  ],
  [
    'a large burn',
    walk(WOMAN, 'SKIN', 'WOUND_BURN', 'HOURS', 'SEVERE', ['largeBurn']),
    emergency('SEVERE_BURN'),
  ],
  [
    'something else, with difficulty breathing at rest',
    walk(MAN, 'MIND', 'OTHER', 'HOURS', 'MODERATE', ['breathingAtRest']),
    emergency('BREATHING_AT_REST'),
  ],
  [
    'chest pain and breathless before duration and severity are asked: stops at once',
    { ...NO_ANSWERS, ...MAN, area: 'CHEST', symptom: 'CHEST_PAIN', yes: { chestBreathless: true } },
    emergency('CHEST_PAIN'),
  ],

  // ——— Head ———
  [
    'a recent headache',
    walk(MAN, 'HEAD', 'HEADACHE', 'DAYS', 'MODERATE'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'HEADACHE_DEFAULT'),
  ],
  [
    'a headache with fever but a supple neck',
    walk(WOMAN, 'HEAD', 'HEADACHE', 'DAYS', 'MODERATE', ['hasFever']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'HEADACHE_FEVER'),
  ],
  [
    'headaches for more than 3 weeks',
    walk(WOMAN, 'HEAD', 'HEADACHE', 'MONTHS', 'MILD'),
    specialty('NEUROLOGY', 'WEEK', 'HEADACHE_LONG'),
  ],
  [
    'long-lasting headaches, severe today: the specialty stays, the urgency rises',
    walk(MAN, 'HEAD', 'HEADACHE', 'MONTHS', 'SEVERE'),
    specialty('NEUROLOGY', 'TODAY', 'HEADACHE_LONG', 'SEVERE'),
  ],
  [
    'dizziness where everything spins',
    walk(MAN, 'HEAD', 'DIZZINESS', 'DAYS', 'MODERATE', ['spinning']),
    specialty('ENT', 'WEEK', 'DIZZINESS_SPINNING'),
  ],
  [
    'a painful eye with blurred sight',
    walk(MAN, 'HEAD', 'EYE', 'HOURS', 'MODERATE', ['blurredVision']),
    specialty('OPHTHALMOLOGY', 'TODAY', 'EYE_PAINFUL'),
  ],
  [
    'a red eye, sight normal',
    walk(WOMAN, 'HEAD', 'EYE', 'DAYS', 'MILD'),
    specialty('OPHTHALMOLOGY', 'WEEK', 'EYE_DEFAULT'),
  ],
  [
    'a blocked nose for more than 3 weeks',
    walk(MAN, 'HEAD', 'EAR_NOSE_THROAT', 'MONTHS', 'MILD'),
    specialty('ENT', 'WEEK', 'ENT_LONG'),
  ],
  [
    'a sore throat with fever',
    walk(WOMAN, 'HEAD', 'EAR_NOSE_THROAT', 'DAYS', 'MODERATE', ['hasFever']),
    specialty('GENERAL_PRACTICE', 'DAYS', 'ENT_FEVER'),
  ],
  [
    'numbness since this morning, no sign of a stroke',
    walk(MAN, 'HEAD', 'WEAKNESS_NUMBNESS', 'HOURS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'TODAY', 'NUMB_RECENT'),
  ],
  [
    'tingling fingers for weeks',
    walk(WOMAN, 'LIMBS', 'WEAKNESS_NUMBNESS', 'WEEKS', 'MILD'),
    specialty('NEUROLOGY', 'WEEK', 'NUMB_DEFAULT'),
  ],

  // ——— Chest ———
  [
    'moderate chest pain with none of the signs: today, not an emergency',
    walk(MAN, 'CHEST', 'CHEST_PAIN', 'DAYS', 'MODERATE'),
    specialty('CARDIOLOGY', 'TODAY', 'CHEST_PAIN_DEFAULT'),
  ],
  [
    'breathless with swollen legs',
    walk(OLDER, 'CHEST', 'BREATHLESSNESS', 'WEEKS', 'MODERATE', ['legSwelling']),
    specialty('CARDIOLOGY', 'DAYS', 'BREATH_LEGS'),
  ],
  [
    'breathless on exertion for weeks',
    walk(MAN, 'CHEST', 'BREATHLESSNESS', 'WEEKS', 'MILD'),
    specialty('PULMONOLOGY', 'WEEK', 'BREATH_DEFAULT'),
  ],
  [
    'breathless since today',
    walk(WOMAN, 'CHEST', 'BREATHLESSNESS', 'HOURS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'TODAY', 'BREATH_RECENT'),
  ],
  [
    'a cough for more than 3 weeks',
    walk(MAN, 'CHEST', 'COUGH', 'MONTHS', 'MILD'),
    specialty('PULMONOLOGY', 'WEEK', 'COUGH_LONG'),
  ],
  [
    'coughing up blood',
    walk(MAN, 'CHEST', 'COUGH', 'WEEKS', 'MILD', ['coughBlood']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'COUGH_BLOOD'),
  ],
  [
    'a cough with fever',
    walk(WOMAN, 'CHEST', 'COUGH', 'DAYS', 'MODERATE', ['hasFever']),
    specialty('GENERAL_PRACTICE', 'DAYS', 'COUGH_FEVER'),
  ],
  [
    'palpitations on and off for weeks',
    walk(MAN, 'CHEST', 'PALPITATIONS', 'WEEKS', 'MILD'),
    specialty('CARDIOLOGY', 'WEEK', 'PALPITATIONS_DEFAULT'),
  ],
  [
    'palpitations now, with nothing else',
    walk(WOMAN, 'CHEST', 'PALPITATIONS', 'HOURS', 'MODERATE'),
    specialty('GENERAL_PRACTICE', 'TODAY', 'PALPITATIONS_NOW'),
  ],

  // ——— Belly ———
  [
    'a hard belly with moderate pain: today, not an emergency',
    walk(MAN, 'ABDOMEN', 'ABDOMINAL_PAIN', 'HOURS', 'MODERATE', ['rigidBelly']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'ABDO_RIGID'),
  ],
  [
    'severe belly pain with a soft belly: today, not an emergency',
    walk(MAN, 'ABDOMEN', 'ABDOMINAL_PAIN', 'HOURS', 'SEVERE'),
    specialty('GENERAL_PRACTICE', 'TODAY', 'ABDO_DEFAULT', 'SEVERE'),
  ],
  [
    'belly pain on and off for months',
    walk(WOMAN, 'ABDOMEN', 'ABDOMINAL_PAIN', 'MONTHS', 'MILD'),
    specialty('GASTROENTEROLOGY', 'WEEK', 'ABDO_LONG'),
  ],
  [
    'vomiting everything drunk',
    walk(MAN, 'ABDOMEN', 'DIGESTIVE', 'HOURS', 'MODERATE', ['cannotKeepFluids']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'DIGESTIVE_FLUIDS'),
  ],
  [
    'diarrhoea for two days',
    walk(MAN, 'ABDOMEN', 'DIGESTIVE', 'DAYS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'DIGESTIVE_DEFAULT'),
  ],
  [
    'burning urination with back pain on one side',
    walk(WOMAN, 'ABDOMEN', 'URINARY', 'DAYS', 'MODERATE', ['flankPain']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'URINARY_SPREADING'),
  ],
  [
    'blood in the urine, no fever',
    walk(MAN, 'ABDOMEN', 'URINARY', 'DAYS', 'MILD', ['bloodInUrine']),
    specialty('UROLOGY', 'WEEK', 'URINARY_BLOOD'),
  ],
  [
    'pregnant, moderate belly pain, no bleeding',
    walk(PREGNANT, 'ABDOMEN', 'ABDOMINAL_PAIN', 'HOURS', 'MODERATE'),
    specialty('GYNAECOLOGY', 'TODAY', 'ABDO_PREGNANT'),
  ],
  [
    'pregnant, with nausea',
    walk(PREGNANT, 'ABDOMEN', 'DIGESTIVE', 'WEEKS', 'MODERATE'),
    specialty('GYNAECOLOGY', 'DAYS', 'DIGESTIVE_PREGNANT'),
  ],

  // ——— Pelvis ———
  [
    'gynaecological pain, not pregnant',
    walk(WOMAN, 'PELVIS', 'GYNAECOLOGICAL', 'DAYS', 'MODERATE'),
    specialty('GYNAECOLOGY', 'DAYS', 'GYNAECOLOGICAL_DEFAULT'),
  ],
  [
    'severe gynaecological pain, not pregnant: today, not an emergency',
    walk(WOMAN, 'PELVIS', 'GYNAECOLOGICAL', 'HOURS', 'SEVERE'),
    specialty('GYNAECOLOGY', 'TODAY', 'GYNAECOLOGICAL_DEFAULT', 'SEVERE'),
  ],
  [
    'pregnant, gynaecological pain without bleeding',
    walk(PREGNANT, 'PELVIS', 'GYNAECOLOGICAL', 'DAYS', 'MODERATE'),
    specialty('GYNAECOLOGY', 'TODAY', 'GYNAECOLOGICAL_PREGNANT'),
  ],
  [
    'sudden testicular pain, moderate: today, not an emergency',
    walk(MAN, 'PELVIS', 'TESTICULAR_PAIN', 'HOURS', 'MODERATE'),
    specialty('UROLOGY', 'TODAY', 'TESTIS_RECENT'),
  ],
  [
    'severe testicular pain for days: today, not an emergency',
    walk(MAN, 'PELVIS', 'TESTICULAR_PAIN', 'DAYS', 'SEVERE'),
    specialty('UROLOGY', 'TODAY', 'TESTIS_DEFAULT', 'SEVERE'),
  ],
  [
    'pregnant, burning urination, no bleeding',
    walk(PREGNANT, 'PELVIS', 'URINARY', 'DAYS', 'MILD'),
    specialty('GYNAECOLOGY', 'TODAY', 'URINARY_PREGNANT'),
  ],

  // ——— Back and limbs ———
  [
    'back pain for a fortnight',
    walk(MAN, 'LIMBS', 'BACK_PAIN', 'WEEKS', 'MODERATE'),
    specialty('GENERAL_PRACTICE', 'WEEK', 'BACK_DEFAULT'),
  ],
  [
    'back pain for months',
    walk(WOMAN, 'LIMBS', 'BACK_PAIN', 'MONTHS', 'MODERATE'),
    specialty('RHEUMATOLOGY', 'WEEK', 'BACK_LONG'),
  ],
  [
    'back pain with fever',
    walk(MAN, 'LIMBS', 'BACK_PAIN', 'DAYS', 'MODERATE', ['hasFever']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'BACK_FEVER'),
  ],
  [
    'a hot, swollen joint with fever',
    walk(OLDER, 'LIMBS', 'JOINT_PAIN', 'DAYS', 'MODERATE', ['hotRedJoint', 'hasFever']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'JOINT_INFECTED'),
  ],
  [
    'a hot, swollen joint without fever',
    walk(MAN, 'LIMBS', 'JOINT_PAIN', 'DAYS', 'MODERATE', ['hotRedJoint']),
    specialty('GENERAL_PRACTICE', 'WEEK', 'JOINT_DEFAULT'),
  ],
  [
    'an ankle one cannot stand on',
    walk(WOMAN, 'LIMBS', 'INJURY', 'HOURS', 'MODERATE', ['cannotUseLimb']),
    specialty('ORTHOPAEDICS', 'TODAY', 'INJURY_LIMB'),
  ],
  [
    'a sprain still painful after weeks',
    walk(MAN, 'LIMBS', 'INJURY', 'WEEKS', 'MILD'),
    specialty('ORTHOPAEDICS', 'WEEK', 'INJURY_LONG'),
  ],
  [
    'one calf swollen and painful',
    walk(WOMAN, 'LIMBS', 'LEG_SWELLING', 'DAYS', 'MODERATE', ['oneLegOnly']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'LEG_ONE'),
  ],

  // ——— Skin ———
  [
    'an itchy rash',
    walk(MAN, 'SKIN', 'RASH', 'DAYS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'RASH_DEFAULT'),
  ],
  [
    'spots that do not fade, without fever: today, not an emergency',
    walk(MAN, 'SKIN', 'RASH', 'DAYS', 'MILD', ['purpleRash']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'RASH_PURPLE'),
  ],
  [
    'a rash for months',
    walk(WOMAN, 'SKIN', 'RASH', 'MONTHS', 'MILD'),
    specialty('DERMATOLOGY', 'WEEK', 'RASH_LONG'),
  ],
  [
    'an infected wound',
    walk(MAN, 'SKIN', 'WOUND_BURN', 'DAYS', 'MODERATE', ['infectedWound']),
    specialty('GENERAL_PRACTICE', 'TODAY', 'WOUND_INFECTED'),
  ],
  [
    'a mole that changes',
    walk(WOMAN, 'SKIN', 'SKIN_LESION', 'MONTHS', 'MILD', ['moleChanging']),
    specialty('DERMATOLOGY', 'WEEK', 'MOLE_CHANGING'),
  ],
  [
    'a mole to check',
    walk(MAN, 'SKIN', 'SKIN_LESION', 'MONTHS', 'MILD'),
    specialty('DERMATOLOGY', 'ROUTINE', 'SKIN_LESION_DEFAULT'),
  ],

  // ——— Whole body ———
  [
    'a fever since yesterday',
    walk(MAN, 'GENERAL', 'FEVER', 'DAYS', 'MODERATE'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'FEVER_DEFAULT'),
  ],
  [
    'a fever for more than 3 days',
    walk(WOMAN, 'GENERAL', 'FEVER', 'WEEKS', 'MODERATE'),
    specialty('GENERAL_PRACTICE', 'TODAY', 'FEVER_LONG'),
  ],
  [
    'a fever at 81',
    walk(OLDER, 'GENERAL', 'FEVER', 'HOURS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'TODAY', 'FEVER_OLDER'),
  ],
  [
    'a fever at 18 months',
    walk(child(18), 'GENERAL', 'FEVER', 'HOURS', 'MILD'),
    specialty('PAEDIATRICS', 'TODAY', 'FEVER_UNDER_2'),
  ],
  [
    'a fever at exactly 3 months: no longer the infant red flag',
    walk(child(3, 'FEMALE'), 'GENERAL', 'FEVER', 'HOURS', 'MILD'),
    specialty('PAEDIATRICS', 'TODAY', 'FEVER_UNDER_2'),
  ],
  [
    'pregnant, with a fever',
    walk(PREGNANT, 'GENERAL', 'FEVER', 'HOURS', 'MILD'),
    specialty('GYNAECOLOGY', 'TODAY', 'FEVER_PREGNANT'),
  ],
  [
    'tiredness at 81',
    walk(OLDER, 'GENERAL', 'FATIGUE', 'MONTHS', 'MODERATE'),
    specialty('GERIATRICS', 'WEEK', 'FATIGUE_OLDER'),
  ],
  [
    'tiredness with weight loss',
    walk(MAN, 'GENERAL', 'FATIGUE', 'MONTHS', 'MODERATE', ['weightLoss']),
    specialty('GENERAL_PRACTICE', 'DAYS', 'FATIGUE_WEIGHT'),
  ],
  [
    'tiredness',
    walk(WOMAN, 'GENERAL', 'FATIGUE', 'WEEKS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'WEEK', 'FATIGUE_DEFAULT'),
  ],
  [
    'hives, no swelling of the face',
    walk(MAN, 'GENERAL', 'ALLERGIC_REACTION', 'HOURS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'ALLERGY_DEFAULT'),
  ],

  // ——— Mood, stress, sleep ———
  [
    'low mood for more than 3 weeks, no thought of suicide',
    walk(WOMAN, 'MIND', 'LOW_MOOD', 'MONTHS', 'MODERATE'),
    specialty('PSYCHIATRY', 'WEEK', 'MOOD_LONG'),
  ],
  [
    'low mood for a few days',
    walk(MAN, 'MIND', 'LOW_MOOD', 'DAYS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'WEEK', 'MOOD_DEFAULT'),
  ],
  [
    'anxiety for months',
    walk(MAN, 'MIND', 'ANXIETY', 'MONTHS', 'MODERATE'),
    specialty('PSYCHIATRY', 'WEEK', 'ANXIETY_LONG'),
  ],
  [
    'snoring with pauses in breathing',
    walk(MAN, 'MIND', 'SLEEP', 'MONTHS', 'MILD', ['snoringPauses']),
    specialty('PULMONOLOGY', 'ROUTINE', 'SLEEP_APNOEA'),
  ],
  [
    'trouble sleeping',
    walk(WOMAN, 'MIND', 'SLEEP', 'WEEKS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'ROUTINE', 'SLEEP_DEFAULT'),
  ],
  [
    'something else in the chest, nothing alarming',
    walk(MAN, 'CHEST', 'OTHER', 'DAYS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'OTHER_DEFAULT'),
  ],

  // ——— Children and age limits ———
  [
    'a child of 8 with a cough: the paediatrician',
    walk(child(years(8)), 'CHEST', 'COUGH', 'DAYS', 'MILD'),
    specialty('PAEDIATRICS', 'WEEK', 'COUGH_DEFAULT', 'CHILD'),
  ],
  [
    'a child of 15 years 11 months with a rash: still a child',
    walk(child(191, 'FEMALE'), 'SKIN', 'RASH', 'DAYS', 'MILD'),
    specialty('PAEDIATRICS', 'DAYS', 'RASH_DEFAULT', 'CHILD'),
  ],
  [
    'exactly 16 with a rash: an adult',
    walk(child(192, 'FEMALE'), 'SKIN', 'RASH', 'DAYS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'RASH_DEFAULT'),
  ],
  [
    'a baby of 2 months with a mild rash, no fever: today, the paediatrician',
    walk(child(2), 'SKIN', 'RASH', 'HOURS', 'MILD'),
    specialty('PAEDIATRICS', 'TODAY', 'RASH_DEFAULT', 'INFANT', 'CHILD'),
  ],
  [
    'a child of 10 sad for months',
    walk(child(years(10), 'FEMALE'), 'MIND', 'LOW_MOOD', 'MONTHS', 'MODERATE'),
    specialty('PAEDIATRICS', 'WEEK', 'MOOD_LONG', 'CHILD'),
  ],
  [
    'a man of 74 with a fever: not yet the older adults’ rule',
    walk({ ...OLDER, ageMonths: years(75) - 1, sex: 'MALE' }, 'GENERAL', 'FEVER', 'HOURS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'DAYS', 'FEVER_DEFAULT'),
  ],
  [
    'age unknown: the adult paths',
    walk({ ageMonths: null, sex: 'MALE', pregnant: null }, 'CHEST', 'COUGH', 'DAYS', 'MILD'),
    specialty('GENERAL_PRACTICE', 'WEEK', 'COUGH_DEFAULT'),
  ],
  [
    'no symptom chosen yet',
    { ...NO_ANSWERS, ...MAN },
    specialty('GENERAL_PRACTICE', 'DAYS', 'FALLBACK'),
  ],
];

describe('assess: the table', () => {
  it.each(TABLE)('%s', (_name, answers, expected) => {
    expect(summary(assess(answers, RULES))).toEqual(expected);
  });

  it('holds at least 50 cases, covering every red flag and every area', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(50);
    const raised = new Set(TABLE.flatMap(([, , e]) => (e.kind === 'EMERGENCY' ? e.flags : [])));
    expect([...raised].sort()).toEqual(RULES.redFlags.map((f) => f.id).sort());
    const areas = new Set(TABLE.map(([, a]) => a.area).filter((a) => a !== null));
    expect([...areas].sort()).toEqual(RULES.areas.map((a) => a.id).sort());
  });

  it('names 3114 beside 15 and 112 for thoughts of suicide, and no other line otherwise', () => {
    const outcome = assess(
      walk(MAN, 'MIND', 'LOW_MOOD', 'DAYS', 'MILD', ['suicidalThoughts']),
      RULES,
    );
    expect(outcome.kind === 'EMERGENCY' && outcome.flags[0]?.helpline?.number).toBe('3114');
    const other = RULES.redFlags.filter((f) => f.id !== 'SUICIDAL_THOUGHTS');
    expect(other.every((f) => f.helpline === undefined)).toBe(true);
  });

  it('never changes the answers it is given', () => {
    const answers = walk(child(2), 'SKIN', 'RASH', 'HOURS', 'SEVERE');
    const copy = structuredClone(answers);
    assess(answers, RULES);
    expect(answers).toEqual(copy);
  });
});

describe('who is asked what', () => {
  it('asks about pregnancy from 12 to 55, never a man', () => {
    const asks = (who: Partial<Answers>) => asksPregnancy({ ...NO_ANSWERS, ...who }, RULES);
    expect(asks({ sex: 'FEMALE', ageMonths: years(30) })).toBe(true);
    expect(asks({ sex: 'OTHER', ageMonths: years(30) })).toBe(true);
    expect(asks({ sex: 'MALE', ageMonths: years(30) })).toBe(false);
    expect(asks({ sex: 'FEMALE', ageMonths: years(12) - 1 })).toBe(false);
    expect(asks({ sex: 'FEMALE', ageMonths: years(12) })).toBe(true);
    expect(asks({ sex: 'FEMALE', ageMonths: years(56) - 1 })).toBe(true);
    expect(asks({ sex: 'FEMALE', ageMonths: years(56) })).toBe(false);
    expect(asks({ sex: 'FEMALE', ageMonths: null })).toBe(false);
  });

  it('offers testicular pain to men and gynaecological problems to women', () => {
    const offered = (who: Who) => symptomsFor({ ...NO_ANSWERS, ...who, area: 'PELVIS' }, RULES);
    expect(offered(MAN)).toEqual(['TESTICULAR_PAIN', 'URINARY', 'OTHER']);
    expect(offered(WOMAN)).toEqual(['GYNAECOLOGICAL', 'URINARY', 'OTHER']);
    expect(offered({ ...MAN, sex: 'OTHER' })).toEqual([
      'GYNAECOLOGICAL',
      'TESTICULAR_PAIN',
      'URINARY',
      'OTHER',
    ]);
    expect(symptomsFor(NO_ANSWERS, RULES)).toEqual([]);
  });

  it('asks about vaginal bleeding only in pregnancy', () => {
    const at = (who: Who) =>
      questionsFor({ ...NO_ANSWERS, ...who, area: 'ABDOMEN', symptom: 'ABDOMINAL_PAIN' }, RULES);
    expect(at(PREGNANT)).toEqual([
      'vaginalBleeding',
      'rigidBelly',
      'bloodVomitOrStool',
      'hasFever',
    ]);
    expect(at(WOMAN)).toEqual(['rigidBelly', 'bloodVomitOrStool', 'hasFever']);
  });
});

describe('prune', () => {
  it('drops a symptom the new area does not offer, and its answers', () => {
    const before = walk(MAN, 'CHEST', 'COUGH', 'DAYS', 'MILD', ['hasFever']);
    const after = prune({ ...before, area: 'SKIN' }, RULES);
    expect(after.symptom).toBeNull();
    expect(after.yes).toEqual({});
  });

  it('keeps a symptom both areas offer, with its answers', () => {
    const before = walk(WOMAN, 'ABDOMEN', 'URINARY', 'DAYS', 'MILD', ['flankPain']);
    const after = prune({ ...before, area: 'PELVIS' }, RULES);
    expect(after).toEqual({ ...before, area: 'PELVIS' });
  });

  it('drops answers to questions another symptom asked', () => {
    const before = walk(MAN, 'CHEST', 'CHEST_PAIN', 'DAYS', 'MILD');
    const after = prune(
      { ...before, symptom: 'COUGH', yes: { ...before.yes, hasFever: true } },
      RULES,
    );
    expect(after.yes).toEqual({ hasFever: true });
  });

  it('forgets “pregnant” and the pregnancy-only answers when the patient is not asked', () => {
    const before = walk(PREGNANT, 'PELVIS', 'URINARY', 'DAYS', 'MILD');
    expect(before.yes).toHaveProperty('vaginalBleeding', false);
    const after = prune({ ...before, ageMonths: years(60) }, RULES);
    expect(after.pregnant).toBeNull();
    expect(after.yes).not.toHaveProperty('vaginalBleeding');
    expect(assess(after, RULES)).toMatchObject({ specialty: 'GENERAL_PRACTICE' });
  });

  it('returns the very answers when nothing is to drop', () => {
    const answers = walk(MAN, 'HEAD', 'EYE', 'DAYS', 'MILD');
    expect(prune(answers, RULES)).toBe(answers);
  });
});

describe('conditions', () => {
  it('are false while the answer they read is missing', () => {
    const cases: Condition[] = [
      { yes: 'hasFever' },
      { area: ['HEAD'] },
      { symptom: ['FEVER'] },
      { durationAtLeast: 'HOURS' },
      { durationAtMost: 'MONTHS' },
      { severityAtLeast: 'MILD' },
      { ageMonthsBelow: 1000 },
      { ageYearsBelow: 200 },
      { ageYearsAtLeast: 0 },
      { sex: ['FEMALE', 'MALE', 'OTHER'] },
      { pregnant: true },
    ];
    for (const c of cases) expect(holds(c, NO_ANSWERS), JSON.stringify(c)).toBe(false);
  });

  it('combine with all, any and not', () => {
    const a: Answers = { ...NO_ANSWERS, severity: 'MODERATE', duration: 'WEEKS' };
    expect(holds({ all: [{ severityAtLeast: 'MODERATE' }, { durationAtMost: 'WEEKS' }] }, a)).toBe(
      true,
    );
    expect(holds({ any: [{ severityAtLeast: 'SEVERE' }, { durationAtLeast: 'MONTHS' }] }, a)).toBe(
      false,
    );
    expect(holds({ not: { severityAtLeast: 'SEVERE' } }, a)).toBe(true);
    expect(holds({ all: [] }, a)).toBe(true);
    expect(holds({ any: [] }, a)).toBe(false);
  });
});

describe('ageInMonths', () => {
  it('counts full months, the day of the month included', () => {
    expect(ageInMonths('1990-09-14', '2026-12-02')).toBe(434);
    expect(ageInMonths('2026-09-02', '2026-12-02')).toBe(3);
    expect(ageInMonths('2026-09-03', '2026-12-02')).toBe(2);
    expect(ageInMonths('2010-12-02', '2026-12-02')).toBe(192);
    expect(ageInMonths('2026-12-02', '2026-12-02')).toBe(0);
  });

  it('gives null for a date that is not one, or in the future', () => {
    expect(ageInMonths('', '2026-12-02')).toBeNull();
    expect(ageInMonths('12/02/2020', '2026-12-02')).toBeNull();
    expect(ageInMonths('2020-13-01', '2026-12-02')).toBeNull();
    expect(ageInMonths('2027-01-01', '2026-12-02')).toBeNull();
  });
});

describe('the rules file', () => {
  const conditionsOf = (c: Condition): Condition[] =>
    'all' in c
      ? [c, ...c.all.flatMap(conditionsOf)]
      : 'any' in c
        ? [c, ...c.any.flatMap(conditionsOf)]
        : 'not' in c
          ? [c, ...conditionsOf(c.not)]
          : [c];
  const everyCondition = [
    RULES.pregnancy.askWhen,
    ...Object.values(RULES.questions).flatMap((q) => (q.askWhen ? [q.askWhen] : [])),
    ...Object.values(RULES.symptoms).flatMap((s) => [
      ...(s.shownWhen ? [s.shownWhen] : []),
      ...s.recommend.flatMap((r) => (r.when ? [r.when] : [])),
    ]),
    ...RULES.redFlags.map((f) => f.when),
    ...RULES.escalations.map((e) => e.when),
  ].flatMap(conditionsOf);

  it('is versioned, and says whether and when a clinician reviewed it', () => {
    expect(RULES.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(RULES.reviewedBy === null).toBe(RULES.reviewedOn === null);
    if (RULES.reviewedOn !== null) expect(RULES.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(RULES.sources.length).toBeGreaterThan(0);
  });

  it('uses only specialty codes the API knows, each named in both languages', () => {
    const used = [
      RULES.fallback.specialty,
      RULES.children.specialty,
      ...Object.values(RULES.symptoms).flatMap((s) => s.recommend.map((r) => r.specialty)),
    ];
    for (const code of used) {
      expect(API_SPECIALTIES, code).toContain(code);
      expect(RULES.specialties[code], code).toBeDefined();
    }
  });

  it('refers only to areas, symptoms and questions it defines, and uses every one', () => {
    const symptomIds = Object.keys(RULES.symptoms);
    const areaIds = RULES.areas.map((a) => a.id);
    const offered = new Set(RULES.areas.flatMap((a) => a.symptoms));
    expect([...offered].sort()).toEqual([...symptomIds].sort());
    const asked = new Set(Object.values(RULES.symptoms).flatMap((s) => s.questions));
    expect([...asked].sort()).toEqual(Object.keys(RULES.questions).sort());
    for (const c of everyCondition) {
      if ('yes' in c) expect(Object.keys(RULES.questions), c.yes).toContain(c.yes);
      if ('symptom' in c) for (const s of c.symptom) expect(symptomIds).toContain(s);
      if ('area' in c) for (const a of c.area) expect(areaIds).toContain(a);
    }
  });

  it('gives every symptom a default recommendation last, and only last', () => {
    for (const [id, s] of Object.entries(RULES.symptoms)) {
      const defaults = s.recommend.map((r) => r.when === undefined);
      expect(defaults.at(-1), id).toBe(true);
      expect(defaults.filter(Boolean), id).toHaveLength(1);
    }
  });

  it('names every area, symptom, question and flag in both languages, ids unique', () => {
    const texts = [
      ...RULES.areas.flatMap((a) => [a.label, a.hint]),
      ...Object.values(RULES.symptoms).map((s) => s.label),
      ...Object.values(RULES.questions).flatMap((q) => [q.text, ...(q.hint ? [q.hint] : [])]),
      ...RULES.redFlags.map((f) => f.label),
      ...Object.values(RULES.symptoms).flatMap((s) => s.recommend.map((r) => r.reason)),
      ...RULES.escalations.map((e) => e.reason),
    ];
    for (const t of texts) {
      expect(t.fr.trim(), t.en).not.toBe('');
      expect(t.en.trim(), t.fr).not.toBe('');
    }
    const ids = [
      ...Object.values(RULES.symptoms).flatMap((s) => s.recommend.map((r) => r.id)),
      ...RULES.redFlags.map((f) => f.id),
      ...RULES.escalations.map((e) => e.id),
      RULES.fallback.id,
      'CHILD',
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
