import type { Condition, SymptomRules } from './types';

/*
 * The symptom check's rules: data, read by `assess()`. Every change bumps `version` and goes
 * through a clinical review before release (see README.md, "Reviewing the rules"); the table in
 * `assess.test.ts` pins the outcome of each path and must be updated in the same change.
 */

const SEVERE: Condition = { severityAtLeast: 'SEVERE' };
const FEVER: Condition = { any: [{ symptom: ['FEVER'] }, { yes: 'hasFever' }] };
const PREGNANT: Condition = { pregnant: true };

export const SYMPTOM_RULES: SymptomRules = {
  version: '1.0.0',
  reviewedBy: null,
  reviewedOn: null,
  sources: [
    {
      title: 'Service-Public.fr — Comment alerter les secours (15, 18, 112, 114)',
      url: 'https://www.service-public.fr/particuliers/vosdroits/F33954',
    },
    {
      title: '3114 — numéro national de prévention du suicide',
      url: 'https://3114.fr',
    },
    {
      title: 'Assurance Maladie (ameli.fr) — AVC : la règle VITE, appeler le 15',
      url: 'https://www.ameli.fr',
    },
    {
      title: 'NHS — Stroke symptoms (FAST)',
      url: 'https://www.nhs.uk/conditions/stroke/symptoms/',
    },
    { title: 'NHS — Chest pain', url: 'https://www.nhs.uk/conditions/chest-pain/' },
    {
      title: 'NHS — Meningitis (the glass test)',
      url: 'https://www.nhs.uk/conditions/meningitis/',
    },
    { title: 'NHS — Anaphylaxis', url: 'https://www.nhs.uk/conditions/anaphylaxis/' },
    {
      title: 'NICE NG143 — Fever in under 5s (any fever under 3 months is high risk)',
      url: 'https://www.nice.org.uk/guidance/ng143',
    },
  ],

  specialties: {
    GENERAL_PRACTICE: { fr: 'Médecine générale', en: 'General practice' },
    CARDIOLOGY: { fr: 'Cardiologie', en: 'Cardiology' },
    PAEDIATRICS: { fr: 'Pédiatrie', en: 'Paediatrics' },
    DERMATOLOGY: { fr: 'Dermatologie', en: 'Dermatology' },
    GYNAECOLOGY: { fr: 'Gynécologie-obstétrique', en: 'Obstetrics and gynaecology' },
    NEUROLOGY: { fr: 'Neurologie', en: 'Neurology' },
    PSYCHIATRY: { fr: 'Psychiatrie', en: 'Psychiatry' },
    OPHTHALMOLOGY: { fr: 'Ophtalmologie', en: 'Ophthalmology' },
    ENT: { fr: 'Oto-rhino-laryngologie', en: 'Ear, nose and throat' },
    ORTHOPAEDICS: { fr: 'Orthopédie', en: 'Orthopaedics' },
    GASTROENTEROLOGY: { fr: 'Gastro-entérologie', en: 'Gastroenterology' },
    PULMONOLOGY: { fr: 'Pneumologie', en: 'Pulmonology' },
    RHEUMATOLOGY: { fr: 'Rhumatologie', en: 'Rheumatology' },
    UROLOGY: { fr: 'Urologie', en: 'Urology' },
    GERIATRICS: { fr: 'Gériatrie', en: 'Geriatrics' },
  },

  children: {
    ageYearsBelow: 16,
    specialty: 'PAEDIATRICS',
    reason: {
      fr: 'Avant 16 ans, le pédiatre est le premier médecin à consulter.',
      en: 'Under 16, a paediatrician is the first doctor to see.',
    },
  },

  pregnancy: {
    askWhen: {
      all: [{ sex: ['FEMALE', 'OTHER'] }, { ageYearsAtLeast: 12 }, { ageYearsBelow: 56 }],
    },
  },

  questions: {
    chestBreathless: {
      text: { fr: 'Êtes-vous essoufflé(e) ?', en: 'Are you short of breath?' },
    },
    chestSweating: {
      text: {
        fr: 'Transpirez-vous beaucoup, avez-vous des sueurs froides ?',
        en: 'Are you sweating a lot, or in a cold sweat?',
      },
    },
    chestSpreading: {
      text: {
        fr: 'La douleur s’étend-elle au bras, à la mâchoire, au cou ou au dos ?',
        en: 'Does the pain spread to your arm, jaw, neck or back?',
      },
    },
    chestPainWith: {
      text: {
        fr: 'Avez-vous aussi une douleur dans la poitrine ?',
        en: 'Do you also have pain in your chest?',
      },
    },
    fastFace: {
      text: {
        fr: 'Le visage est-il paralysé ou déformé d’un côté (bouche qui tombe) ?',
        en: 'Has one side of the face drooped or gone numb (a lopsided mouth)?',
      },
      hint: { fr: 'Essayez de sourire devant un miroir.', en: 'Try smiling in a mirror.' },
    },
    fastArm: {
      text: {
        fr: 'Un bras ou une jambe est-il soudain faible ou engourdi, d’un côté ?',
        en: 'Is an arm or a leg suddenly weak or numb, on one side?',
      },
      hint: {
        fr: 'Levez les deux bras : l’un retombe-t-il ?',
        en: 'Raise both arms: does one drift down?',
      },
    },
    fastSpeech: {
      text: {
        fr: 'Avez-vous soudain du mal à parler ou à comprendre ?',
        en: 'Is it suddenly hard to speak or to understand?',
      },
    },
    heavyBleeding: {
      text: {
        fr: 'Saignez-vous abondamment, ou le saignement ne s’arrête-t-il pas malgré une pression ?',
        en: 'Are you bleeding heavily, or does the bleeding not stop when pressed?',
      },
    },
    bloodVomitOrStool: {
      text: {
        fr: 'Vomissez-vous du sang, ou vos selles sont-elles noires ou pleines de sang ?',
        en: 'Are you vomiting blood, or are your stools black or full of blood?',
      },
    },
    breathingAtRest: {
      text: {
        fr: 'Avez-vous du mal à respirer même au repos ?',
        en: 'Is it hard to breathe even at rest?',
      },
      hint: {
        fr: 'Par exemple : impossible de finir une phrase.',
        en: 'For example: unable to finish a sentence.',
      },
    },
    lostConsciousness: {
      text: {
        fr: 'Avez-vous perdu connaissance, même brièvement ?',
        en: 'Have you lost consciousness, even briefly?',
      },
    },
    faceThroatSwelling: {
      text: {
        fr: 'Le visage, les lèvres, la langue ou la gorge gonflent-ils ?',
        en: 'Are your face, lips, tongue or throat swelling?',
      },
    },
    suicidalThoughts: {
      text: {
        fr: 'Avez-vous des idées de suicide, ou envie de vous faire du mal ?',
        en: 'Are you having thoughts of suicide, or of harming yourself?',
      },
    },
    hasFever: {
      text: {
        fr: 'Avez-vous de la fièvre (38 °C ou plus) ?',
        en: 'Do you have a fever (38 °C or more)?',
      },
    },
    stiffNeck: {
      text: {
        fr: 'Avez-vous la nuque raide (impossible de poser le menton sur la poitrine) ?',
        en: 'Is your neck stiff (unable to touch your chest with your chin)?',
      },
    },
    purpleRash: {
      text: {
        fr: 'Avez-vous des taches rouges ou violacées qui ne s’effacent pas quand on appuie dessus ?',
        en: 'Do you have red or purple spots that do not fade when pressed?',
      },
      hint: {
        fr: 'Appuyez un verre transparent sur la peau : les taches restent-elles visibles ?',
        en: 'Press a clear glass on the skin: can you still see the spots?',
      },
    },
    rigidBelly: {
      text: {
        fr: 'Le ventre est-il dur comme du bois, douloureux au moindre toucher ?',
        en: 'Is your belly hard as a board and painful at the lightest touch?',
      },
    },
    suddenWorstHeadache: {
      text: {
        fr: 'Le mal de tête est-il venu d’un coup, le pire de votre vie ?',
        en: 'Did the headache come on suddenly, the worst of your life?',
      },
    },
    suddenVisionLoss: {
      text: {
        fr: 'Avez-vous perdu la vue brutalement, d’un œil ou des deux ?',
        en: 'Have you suddenly lost your sight, in one eye or both?',
      },
    },
    vaginalBleeding: {
      text: { fr: 'Avez-vous des saignements vaginaux ?', en: 'Do you have vaginal bleeding?' },
      askWhen: PREGNANT,
    },
    saddleNumbness: {
      text: {
        fr: 'Ne sentez-vous plus l’entrejambe, ou ne contrôlez-vous plus la vessie ou les selles ?',
        en: 'Are you numb between the legs, or unable to control your bladder or bowels?',
      },
    },
    largeBurn: {
      text: {
        fr: 'La brûlure est-elle plus grande que la paume de la main, ou sur le visage, les mains ou les parties génitales ?',
        en: 'Is the burn larger than the palm of the hand, or on the face, hands or genitals?',
      },
    },
    spinning: {
      text: {
        fr: 'Tout tourne-t-il autour de vous quand vous bougez la tête ?',
        en: 'Does everything spin when you move your head?',
      },
    },
    blurredVision: {
      text: {
        fr: 'L’œil est-il douloureux, ou votre vision est-elle trouble ?',
        en: 'Is the eye painful, or is your vision blurred?',
      },
    },
    legSwelling: {
      text: { fr: 'Vos jambes sont-elles gonflées ?', en: 'Are your legs swollen?' },
    },
    coughBlood: {
      text: { fr: 'Crachez-vous du sang ?', en: 'Are you coughing up blood?' },
    },
    cannotKeepFluids: {
      text: {
        fr: 'Vomissez-vous tout ce que vous buvez ?',
        en: 'Do you vomit everything you drink?',
      },
    },
    flankPain: {
      text: {
        fr: 'Avez-vous mal dans le bas du dos, d’un côté ?',
        en: 'Do you have pain in your lower back, on one side?',
      },
    },
    bloodInUrine: {
      text: { fr: 'Y a-t-il du sang dans les urines ?', en: 'Is there blood in your urine?' },
    },
    hotRedJoint: {
      text: {
        fr: 'L’articulation est-elle rouge, chaude et gonflée ?',
        en: 'Is the joint red, hot and swollen?',
      },
    },
    cannotUseLimb: {
      text: {
        fr: 'Le membre est-il déformé, ou impossible à bouger ou à poser au sol ?',
        en: 'Is the limb misshapen, or impossible to move or to stand on?',
      },
    },
    oneLegOnly: {
      text: {
        fr: 'Une seule jambe est-elle gonflée et douloureuse (mollet) ?',
        en: 'Is only one leg swollen and painful (the calf)?',
      },
    },
    infectedWound: {
      text: {
        fr: 'La plaie est-elle rouge, chaude, avec du pus ?',
        en: 'Is the wound red and hot, with pus?',
      },
    },
    moleChanging: {
      text: {
        fr: 'La tache change-t-elle de taille, de forme ou de couleur, ou saigne-t-elle ?',
        en: 'Is the spot changing in size, shape or colour, or bleeding?',
      },
    },
    weightLoss: {
      text: {
        fr: 'Avez-vous perdu du poids sans le vouloir ?',
        en: 'Have you lost weight without trying?',
      },
    },
    snoringPauses: {
      text: {
        fr: 'Ronflez-vous avec des pauses de respiration pendant le sommeil ?',
        en: 'Do you snore with pauses in your breathing while asleep?',
      },
    },
  },

  areas: [
    {
      id: 'HEAD',
      label: { fr: 'Tête, yeux, oreilles, gorge', en: 'Head, eyes, ears, throat' },
      hint: { fr: 'Mal de tête, vertige, œil, ORL', en: 'Headache, dizziness, eye, ENT' },
      symptoms: ['HEADACHE', 'DIZZINESS', 'EYE', 'EAR_NOSE_THROAT', 'WEAKNESS_NUMBNESS', 'OTHER'],
    },
    {
      id: 'CHEST',
      label: { fr: 'Poitrine et respiration', en: 'Chest and breathing' },
      hint: { fr: 'Douleur, essoufflement, toux, cœur', en: 'Pain, breathlessness, cough, heart' },
      symptoms: ['CHEST_PAIN', 'BREATHLESSNESS', 'COUGH', 'PALPITATIONS', 'OTHER'],
    },
    {
      id: 'ABDOMEN',
      label: { fr: 'Ventre et digestion', en: 'Belly and digestion' },
      hint: {
        fr: 'Douleur, vomissements, diarrhée, urines',
        en: 'Pain, vomiting, diarrhoea, urine',
      },
      symptoms: ['ABDOMINAL_PAIN', 'DIGESTIVE', 'URINARY', 'OTHER'],
    },
    {
      id: 'PELVIS',
      label: { fr: 'Bas-ventre, organes génitaux', en: 'Pelvis and genitals' },
      hint: { fr: 'Saignements, urines, testicules', en: 'Bleeding, urine, testicles' },
      symptoms: ['GYNAECOLOGICAL', 'TESTICULAR_PAIN', 'URINARY', 'OTHER'],
    },
    {
      id: 'LIMBS',
      label: { fr: 'Dos, bras et jambes', en: 'Back, arms and legs' },
      hint: {
        fr: 'Douleur, blessure, articulation, jambe gonflée',
        en: 'Pain, injury, joint, swollen leg',
      },
      symptoms: ['BACK_PAIN', 'JOINT_PAIN', 'INJURY', 'LEG_SWELLING', 'WEAKNESS_NUMBNESS', 'OTHER'],
    },
    {
      id: 'SKIN',
      label: { fr: 'Peau', en: 'Skin' },
      hint: { fr: 'Boutons, plaie, brûlure, grain de beauté', en: 'Rash, wound, burn, mole' },
      symptoms: ['RASH', 'WOUND_BURN', 'SKIN_LESION', 'ALLERGIC_REACTION', 'OTHER'],
    },
    {
      id: 'GENERAL',
      label: { fr: 'Tout le corps', en: 'Whole body' },
      hint: {
        fr: 'Fièvre, fatigue, malaise, allergie',
        en: 'Fever, tiredness, feeling faint, allergy',
      },
      symptoms: ['FEVER', 'FATIGUE', 'DIZZINESS', 'ALLERGIC_REACTION', 'OTHER'],
    },
    {
      id: 'MIND',
      label: { fr: 'Moral, stress, sommeil', en: 'Mood, stress, sleep' },
      hint: { fr: 'Tristesse, angoisse, insomnie', en: 'Low mood, anxiety, sleeplessness' },
      symptoms: ['LOW_MOOD', 'ANXIETY', 'SLEEP', 'OTHER'],
    },
  ],

  symptoms: {
    HEADACHE: {
      label: { fr: 'Mal de tête', en: 'Headache' },
      questions: [
        'suddenWorstHeadache',
        'fastFace',
        'fastArm',
        'fastSpeech',
        'hasFever',
        'stiffNeck',
      ],
      recommend: [
        {
          id: 'HEADACHE_FEVER',
          when: { yes: 'hasFever' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Un mal de tête avec de la fièvre doit être examiné dans la journée.',
            en: 'A headache with a fever should be examined today.',
          },
        },
        {
          id: 'HEADACHE_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'NEUROLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Des maux de tête depuis plus de 3 semaines justifient l’avis d’un neurologue.',
            en: 'Headaches for more than 3 weeks call for a neurologist’s opinion.',
          },
        },
        {
          id: 'HEADACHE_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin généraliste peut examiner un mal de tête récent.',
            en: 'A general practitioner can examine a recent headache.',
          },
        },
      ],
    },
    DIZZINESS: {
      label: { fr: 'Vertige ou malaise', en: 'Dizziness or feeling faint' },
      questions: [
        'lostConsciousness',
        'fastFace',
        'fastArm',
        'fastSpeech',
        'chestPainWith',
        'spinning',
      ],
      recommend: [
        {
          id: 'DIZZINESS_SPINNING',
          when: { yes: 'spinning' },
          specialty: 'ENT',
          urgency: 'WEEK',
          reason: {
            fr: 'Un vertige où tout tourne aux mouvements de la tête relève souvent de l’ORL.',
            en: 'Dizziness where everything spins as the head moves is often an ENT matter.',
          },
        },
        {
          id: 'DIZZINESS_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin généraliste recherche la cause d’un malaise.',
            en: 'A general practitioner looks for the cause of feeling faint.',
          },
        },
      ],
    },
    EYE: {
      label: {
        fr: 'Œil rouge, douloureux ou vision trouble',
        en: 'Red or painful eye, blurred sight',
      },
      questions: ['suddenVisionLoss', 'blurredVision'],
      recommend: [
        {
          id: 'EYE_PAINFUL',
          when: { yes: 'blurredVision' },
          specialty: 'OPHTHALMOLOGY',
          urgency: 'TODAY',
          reason: {
            fr: 'Un œil douloureux ou une vision trouble doivent être vus par un ophtalmologiste dans la journée.',
            en: 'A painful eye or blurred sight should be seen by an ophthalmologist today.',
          },
        },
        {
          id: 'EYE_DEFAULT',
          specialty: 'OPHTHALMOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Un ophtalmologiste examine les problèmes des yeux.',
            en: 'An ophthalmologist examines eye problems.',
          },
        },
      ],
    },
    EAR_NOSE_THROAT: {
      label: { fr: 'Gorge, oreille ou nez', en: 'Throat, ear or nose' },
      questions: ['breathingAtRest', 'faceThroatSwelling', 'hasFever'],
      recommend: [
        {
          id: 'ENT_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'ENT',
          urgency: 'WEEK',
          reason: {
            fr: 'Une gêne ORL de plus de 3 semaines mérite l’avis d’un ORL.',
            en: 'An ear, nose or throat problem for more than 3 weeks deserves an ENT opinion.',
          },
        },
        {
          id: 'ENT_FEVER',
          when: { yes: 'hasFever' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Avec de la fièvre, un médecin généraliste cherche une infection à traiter.',
            en: 'With a fever, a general practitioner looks for an infection to treat.',
          },
        },
        {
          id: 'ENT_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'Un médecin généraliste peut examiner la gorge, les oreilles et le nez.',
            en: 'A general practitioner can examine the throat, ears and nose.',
          },
        },
      ],
    },
    WEAKNESS_NUMBNESS: {
      label: {
        fr: 'Faiblesse, engourdissement, trouble de la parole',
        en: 'Weakness, numbness, trouble speaking',
      },
      questions: ['fastFace', 'fastArm', 'fastSpeech', 'lostConsciousness'],
      recommend: [
        {
          id: 'NUMB_RECENT',
          when: { durationAtMost: 'HOURS' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Un engourdissement apparu depuis moins de 24 heures doit être examiné dans la journée.',
            en: 'Numbness that began less than 24 hours ago should be examined today.',
          },
        },
        {
          id: 'NUMB_DEFAULT',
          specialty: 'NEUROLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Un neurologue explore les engourdissements et les fourmillements.',
            en: 'A neurologist looks into numbness and tingling.',
          },
        },
      ],
    },
    CHEST_PAIN: {
      label: { fr: 'Douleur dans la poitrine', en: 'Chest pain' },
      questions: ['chestBreathless', 'chestSweating', 'chestSpreading', 'lostConsciousness'],
      recommend: [
        {
          id: 'CHEST_PAIN_DEFAULT',
          specialty: 'CARDIOLOGY',
          urgency: 'TODAY',
          reason: {
            fr: 'Une douleur dans la poitrine doit être examinée dans la journée, même sans autre signe.',
            en: 'Chest pain should be examined today, even with no other sign.',
          },
        },
      ],
    },
    BREATHLESSNESS: {
      label: { fr: 'Essoufflement à l’effort', en: 'Breathless on exertion' },
      questions: ['breathingAtRest', 'chestPainWith', 'legSwelling'],
      recommend: [
        {
          id: 'BREATH_LEGS',
          when: { yes: 'legSwelling' },
          specialty: 'CARDIOLOGY',
          urgency: 'DAYS',
          reason: {
            fr: 'Un essoufflement avec des jambes gonflées : le cœur doit être vérifié.',
            en: 'Breathlessness with swollen legs: the heart should be checked.',
          },
        },
        {
          id: 'BREATH_RECENT',
          when: { durationAtMost: 'HOURS' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Un essoufflement apparu depuis moins de 24 heures doit être examiné dans la journée.',
            en: 'Breathlessness that began less than 24 hours ago should be examined today.',
          },
        },
        {
          id: 'BREATH_DEFAULT',
          specialty: 'PULMONOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Un pneumologue explore un essoufflement qui s’installe.',
            en: 'A pulmonologist looks into breathlessness that persists.',
          },
        },
      ],
    },
    COUGH: {
      label: { fr: 'Toux', en: 'Cough' },
      questions: ['breathingAtRest', 'coughBlood', 'hasFever'],
      recommend: [
        {
          id: 'COUGH_BLOOD',
          when: { yes: 'coughBlood' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Cracher du sang doit être examiné dans la journée.',
            en: 'Coughing up blood should be examined today.',
          },
        },
        {
          id: 'COUGH_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'PULMONOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Une toux de plus de 3 semaines justifie l’avis d’un pneumologue.',
            en: 'A cough lasting more than 3 weeks calls for a pulmonologist’s opinion.',
          },
        },
        {
          id: 'COUGH_FEVER',
          when: { yes: 'hasFever' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Une toux avec fièvre : un médecin écoute vos poumons.',
            en: 'A cough with a fever: a doctor listens to your lungs.',
          },
        },
        {
          id: 'COUGH_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'Un médecin généraliste peut examiner une toux.',
            en: 'A general practitioner can examine a cough.',
          },
        },
      ],
    },
    PALPITATIONS: {
      label: {
        fr: 'Palpitations (cœur qui bat vite ou irrégulier)',
        en: 'Palpitations (a fast or irregular heartbeat)',
      },
      questions: ['lostConsciousness', 'chestPainWith', 'breathingAtRest'],
      recommend: [
        {
          id: 'PALPITATIONS_NOW',
          when: { durationAtMost: 'HOURS' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Des palpitations en cours : un électrocardiogramme dans la journée peut les enregistrer.',
            en: 'Palpitations going on now: an ECG today can record them.',
          },
        },
        {
          id: 'PALPITATIONS_DEFAULT',
          specialty: 'CARDIOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Un cardiologue explore les palpitations.',
            en: 'A cardiologist looks into palpitations.',
          },
        },
      ],
    },
    ABDOMINAL_PAIN: {
      label: { fr: 'Douleur au ventre', en: 'Belly pain' },
      questions: ['vaginalBleeding', 'rigidBelly', 'bloodVomitOrStool', 'hasFever'],
      recommend: [
        {
          id: 'ABDO_PREGNANT',
          when: PREGNANT,
          specialty: 'GYNAECOLOGY',
          urgency: 'TODAY',
          reason: {
            fr: 'Pendant la grossesse, une douleur au ventre se fait examiner dans la journée.',
            en: 'During pregnancy, belly pain should be examined today.',
          },
        },
        {
          id: 'ABDO_RIGID',
          when: { yes: 'rigidBelly' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Un ventre dur doit être examiné dans la journée.',
            en: 'A hard belly should be examined today.',
          },
        },
        {
          id: 'ABDO_FEVER',
          when: { yes: 'hasFever' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Une douleur au ventre avec de la fièvre doit être examinée dans la journée.',
            en: 'Belly pain with a fever should be examined today.',
          },
        },
        {
          id: 'ABDO_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'GASTROENTEROLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Des douleurs au ventre depuis plus de 3 semaines justifient l’avis d’un gastro-entérologue.',
            en: 'Belly pain for more than 3 weeks calls for a gastroenterologist’s opinion.',
          },
        },
        {
          id: 'ABDO_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin généraliste examine une douleur au ventre récente.',
            en: 'A general practitioner examines recent belly pain.',
          },
        },
      ],
    },
    DIGESTIVE: {
      label: {
        fr: 'Nausées, vomissements, diarrhée',
        en: 'Nausea, vomiting, diarrhoea',
      },
      questions: ['bloodVomitOrStool', 'cannotKeepFluids', 'hasFever'],
      recommend: [
        {
          id: 'DIGESTIVE_FLUIDS',
          when: { yes: 'cannotKeepFluids' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Ne rien pouvoir garder expose à la déshydratation : consultez dans la journée.',
            en: 'Keeping nothing down risks dehydration: be seen today.',
          },
        },
        {
          id: 'DIGESTIVE_PREGNANT',
          when: PREGNANT,
          specialty: 'GYNAECOLOGY',
          urgency: 'DAYS',
          reason: {
            fr: 'Pendant la grossesse, le suivi de grossesse est le bon interlocuteur.',
            en: 'During pregnancy, your pregnancy care team is the right contact.',
          },
        },
        {
          id: 'DIGESTIVE_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'GASTROENTEROLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Des troubles digestifs depuis plus de 3 semaines justifient l’avis d’un gastro-entérologue.',
            en: 'Digestive trouble for more than 3 weeks calls for a gastroenterologist’s opinion.',
          },
        },
        {
          id: 'DIGESTIVE_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Buvez souvent par petites quantités ; un médecin généraliste peut vous examiner.',
            en: 'Drink little and often; a general practitioner can examine you.',
          },
        },
      ],
    },
    URINARY: {
      label: {
        fr: 'Brûlures ou envies fréquentes d’uriner',
        en: 'Burning or frequent urination',
      },
      questions: ['vaginalBleeding', 'hasFever', 'flankPain', 'bloodInUrine'],
      recommend: [
        {
          id: 'URINARY_PREGNANT',
          when: PREGNANT,
          specialty: 'GYNAECOLOGY',
          urgency: 'TODAY',
          reason: {
            fr: 'Pendant la grossesse, une infection urinaire se traite sans attendre.',
            en: 'During pregnancy, a urinary infection is treated without delay.',
          },
        },
        {
          id: 'URINARY_SPREADING',
          when: { any: [{ yes: 'hasFever' }, { yes: 'flankPain' }] },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Fièvre ou douleur dans le dos : l’infection peut toucher le rein, consultez dans la journée.',
            en: 'Fever or back pain: the infection may reach the kidney, be seen today.',
          },
        },
        {
          id: 'URINARY_BLOOD',
          when: { yes: 'bloodInUrine' },
          specialty: 'UROLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Du sang dans les urines doit être exploré par un urologue.',
            en: 'Blood in the urine should be looked into by a urologist.',
          },
        },
        {
          id: 'URINARY_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'UROLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Des troubles urinaires depuis plus de 3 semaines justifient l’avis d’un urologue.',
            en: 'Urinary trouble for more than 3 weeks calls for a urologist’s opinion.',
          },
        },
        {
          id: 'URINARY_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin généraliste peut rechercher et traiter une infection urinaire.',
            en: 'A general practitioner can test for and treat a urinary infection.',
          },
        },
      ],
    },
    GYNAECOLOGICAL: {
      label: {
        fr: 'Saignements ou douleurs gynécologiques',
        en: 'Vaginal bleeding or gynaecological pain',
      },
      shownWhen: { sex: ['FEMALE', 'OTHER'] },
      questions: ['vaginalBleeding', 'heavyBleeding', 'lostConsciousness'],
      recommend: [
        {
          id: 'GYNAECOLOGICAL_PREGNANT',
          when: PREGNANT,
          specialty: 'GYNAECOLOGY',
          urgency: 'TODAY',
          reason: {
            fr: 'Pendant la grossesse, une douleur gynécologique se fait examiner dans la journée.',
            en: 'During pregnancy, gynaecological pain should be examined today.',
          },
        },
        {
          id: 'GYNAECOLOGICAL_DEFAULT',
          specialty: 'GYNAECOLOGY',
          urgency: 'DAYS',
          reason: {
            fr: 'Un gynécologue examine les saignements et douleurs gynécologiques.',
            en: 'A gynaecologist examines vaginal bleeding and gynaecological pain.',
          },
        },
      ],
    },
    TESTICULAR_PAIN: {
      label: { fr: 'Douleur d’un testicule', en: 'Pain in a testicle' },
      shownWhen: { sex: ['MALE', 'OTHER'] },
      questions: ['hasFever'],
      recommend: [
        {
          id: 'TESTIS_RECENT',
          when: { durationAtMost: 'HOURS' },
          specialty: 'UROLOGY',
          urgency: 'TODAY',
          reason: {
            fr: 'Une douleur d’un testicule apparue depuis moins de 24 heures doit être examinée dans la journée.',
            en: 'Testicular pain that began less than 24 hours ago should be examined today.',
          },
        },
        {
          id: 'TESTIS_DEFAULT',
          specialty: 'UROLOGY',
          urgency: 'DAYS',
          reason: {
            fr: 'Un urologue examine les douleurs des testicules.',
            en: 'A urologist examines testicular pain.',
          },
        },
      ],
    },
    BACK_PAIN: {
      label: { fr: 'Mal de dos', en: 'Back pain' },
      questions: ['saddleNumbness', 'hasFever'],
      recommend: [
        {
          id: 'BACK_FEVER',
          when: { yes: 'hasFever' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Un mal de dos avec de la fièvre doit être examiné dans la journée.',
            en: 'Back pain with a fever should be examined today.',
          },
        },
        {
          id: 'BACK_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'RHEUMATOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Un mal de dos de plus de 3 semaines justifie l’avis d’un rhumatologue.',
            en: 'Back pain for more than 3 weeks calls for a rheumatologist’s opinion.',
          },
        },
        {
          id: 'BACK_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'La plupart des maux de dos passent en quelques semaines ; restez actif, un médecin généraliste peut vous conseiller.',
            en: 'Most back pain passes within weeks; keep moving, a general practitioner can advise you.',
          },
        },
      ],
    },
    JOINT_PAIN: {
      label: { fr: 'Douleur d’une articulation', en: 'Joint pain' },
      questions: ['hotRedJoint', 'hasFever'],
      recommend: [
        {
          id: 'JOINT_INFECTED',
          when: { all: [{ yes: 'hotRedJoint' }, { yes: 'hasFever' }] },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Une articulation chaude et gonflée avec de la fièvre peut être infectée : consultez dans la journée.',
            en: 'A hot, swollen joint with a fever may be infected: be seen today.',
          },
        },
        {
          id: 'JOINT_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'RHEUMATOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Des douleurs articulaires depuis plus de 3 semaines justifient l’avis d’un rhumatologue.',
            en: 'Joint pain for more than 3 weeks calls for a rheumatologist’s opinion.',
          },
        },
        {
          id: 'JOINT_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'Un médecin généraliste examine une articulation douloureuse.',
            en: 'A general practitioner examines a painful joint.',
          },
        },
      ],
    },
    INJURY: {
      label: { fr: 'Blessure, chute, entorse', en: 'Injury, fall, sprain' },
      questions: ['heavyBleeding', 'lostConsciousness', 'cannotUseLimb'],
      recommend: [
        {
          id: 'INJURY_LIMB',
          when: { yes: 'cannotUseLimb' },
          specialty: 'ORTHOPAEDICS',
          urgency: 'TODAY',
          reason: {
            fr: 'Un membre déformé ou inutilisable doit être radiographié dans la journée.',
            en: 'A misshapen or unusable limb should be X-rayed today.',
          },
        },
        {
          id: 'INJURY_LONG',
          when: { durationAtLeast: 'WEEKS' },
          specialty: 'ORTHOPAEDICS',
          urgency: 'WEEK',
          reason: {
            fr: 'Une douleur qui dure après une blessure mérite l’avis d’un orthopédiste.',
            en: 'Pain that lasts after an injury deserves an orthopaedist’s opinion.',
          },
        },
        {
          id: 'INJURY_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin généraliste examine une blessure récente.',
            en: 'A general practitioner examines a recent injury.',
          },
        },
      ],
    },
    LEG_SWELLING: {
      label: { fr: 'Jambe gonflée', en: 'Swollen leg' },
      questions: ['breathingAtRest', 'chestPainWith', 'oneLegOnly'],
      recommend: [
        {
          id: 'LEG_ONE',
          when: { yes: 'oneLegOnly' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Un mollet gonflé et douloureux d’un seul côté peut être une phlébite : consultez dans la journée.',
            en: 'One swollen, painful calf may be a blood clot: be seen today.',
          },
        },
        {
          id: 'LEG_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'Un médecin généraliste recherche la cause de jambes gonflées.',
            en: 'A general practitioner looks for the cause of swollen legs.',
          },
        },
      ],
    },
    RASH: {
      label: { fr: 'Boutons, plaques, démangeaisons', en: 'Rash, patches, itching' },
      questions: ['faceThroatSwelling', 'hasFever', 'purpleRash'],
      recommend: [
        {
          id: 'RASH_PURPLE',
          when: { yes: 'purpleRash' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Des taches qui ne s’effacent pas à la pression doivent être examinées dans la journée.',
            en: 'Spots that do not fade when pressed should be examined today.',
          },
        },
        {
          id: 'RASH_FEVER',
          when: { yes: 'hasFever' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Une éruption avec de la fièvre doit être examinée dans la journée.',
            en: 'A rash with a fever should be examined today.',
          },
        },
        {
          id: 'RASH_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'DERMATOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Une éruption de plus de 3 semaines justifie l’avis d’un dermatologue.',
            en: 'A rash for more than 3 weeks calls for a dermatologist’s opinion.',
          },
        },
        {
          id: 'RASH_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin généraliste examine une éruption récente.',
            en: 'A general practitioner examines a recent rash.',
          },
        },
      ],
    },
    WOUND_BURN: {
      label: { fr: 'Plaie ou brûlure', en: 'Wound or burn' },
      questions: ['heavyBleeding', 'largeBurn', 'infectedWound'],
      recommend: [
        {
          id: 'WOUND_INFECTED',
          when: { yes: 'infectedWound' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Une plaie qui s’infecte doit être soignée dans la journée.',
            en: 'A wound that is getting infected should be treated today.',
          },
        },
        {
          id: 'WOUND_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin vérifie la plaie et votre vaccination contre le tétanos.',
            en: 'A doctor checks the wound and your tetanus vaccination.',
          },
        },
      ],
    },
    SKIN_LESION: {
      label: { fr: 'Grain de beauté ou tache sur la peau', en: 'Mole or spot on the skin' },
      questions: ['moleChanging'],
      recommend: [
        {
          id: 'MOLE_CHANGING',
          when: { yes: 'moleChanging' },
          specialty: 'DERMATOLOGY',
          urgency: 'WEEK',
          reason: {
            fr: 'Un grain de beauté qui change doit être examiné par un dermatologue.',
            en: 'A changing mole should be examined by a dermatologist.',
          },
        },
        {
          id: 'SKIN_LESION_DEFAULT',
          specialty: 'DERMATOLOGY',
          urgency: 'ROUTINE',
          reason: {
            fr: 'Un dermatologue peut examiner votre peau lors d’un rendez-vous ordinaire.',
            en: 'A dermatologist can examine your skin at an ordinary appointment.',
          },
        },
      ],
    },
    ALLERGIC_REACTION: {
      label: { fr: 'Réaction allergique', en: 'Allergic reaction' },
      questions: ['faceThroatSwelling', 'breathingAtRest', 'lostConsciousness'],
      recommend: [
        {
          id: 'ALLERGY_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Un médecin généraliste recherche la cause de la réaction et prescrit ce qu’il faut en cas de récidive.',
            en: 'A general practitioner looks for the cause and prescribes what to do if it happens again.',
          },
        },
      ],
    },
    FEVER: {
      label: { fr: 'Fièvre (38 °C ou plus)', en: 'Fever (38 °C or more)' },
      questions: ['breathingAtRest', 'stiffNeck', 'purpleRash', 'lostConsciousness'],
      recommend: [
        {
          id: 'FEVER_UNDER_2',
          when: { ageMonthsBelow: 24 },
          specialty: 'PAEDIATRICS',
          urgency: 'TODAY',
          reason: {
            fr: 'Avant 2 ans, une fièvre doit être examinée dans la journée.',
            en: 'Under 2, a fever should be examined today.',
          },
        },
        {
          id: 'FEVER_PREGNANT',
          when: PREGNANT,
          specialty: 'GYNAECOLOGY',
          urgency: 'TODAY',
          reason: {
            fr: 'Pendant la grossesse, une fièvre doit être examinée dans la journée.',
            en: 'During pregnancy, a fever should be examined today.',
          },
        },
        {
          id: 'FEVER_OLDER',
          when: { ageYearsAtLeast: 75 },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'À partir de 75 ans, une fièvre doit être examinée dans la journée.',
            en: 'From 75, a fever should be examined today.',
          },
        },
        {
          id: 'FEVER_LONG',
          when: { durationAtLeast: 'WEEKS' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'TODAY',
          reason: {
            fr: 'Une fièvre de plus de 3 jours doit être examinée dans la journée.',
            en: 'A fever lasting more than 3 days should be examined today.',
          },
        },
        {
          id: 'FEVER_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Buvez souvent ; un médecin généraliste peut rechercher la cause de la fièvre.',
            en: 'Drink often; a general practitioner can look for the cause of the fever.',
          },
        },
      ],
    },
    FATIGUE: {
      label: { fr: 'Fatigue, perte de poids', en: 'Tiredness, weight loss' },
      questions: ['weightLoss'],
      recommend: [
        {
          id: 'FATIGUE_OLDER',
          when: { ageYearsAtLeast: 75 },
          specialty: 'GERIATRICS',
          urgency: 'WEEK',
          reason: {
            fr: 'À partir de 75 ans, un gériatre fait le point sur une fatigue qui s’installe.',
            en: 'From 75, a geriatrician reviews tiredness that sets in.',
          },
        },
        {
          id: 'FATIGUE_WEIGHT',
          when: { yes: 'weightLoss' },
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Une perte de poids involontaire demande un bilan chez votre médecin.',
            en: 'Losing weight without trying calls for a check-up with your doctor.',
          },
        },
        {
          id: 'FATIGUE_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'Un médecin généraliste recherche la cause d’une fatigue.',
            en: 'A general practitioner looks for the cause of tiredness.',
          },
        },
      ],
    },
    LOW_MOOD: {
      label: { fr: 'Tristesse, perte d’envie', en: 'Low mood, loss of interest' },
      questions: ['suicidalThoughts'],
      recommend: [
        {
          id: 'MOOD_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'PSYCHIATRY',
          urgency: 'WEEK',
          reason: {
            fr: 'Une tristesse qui dure depuis plus de 3 semaines se soigne : un psychiatre peut vous aider.',
            en: 'Low mood lasting more than 3 weeks can be treated: a psychiatrist can help.',
          },
        },
        {
          id: 'MOOD_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'Votre médecin généraliste peut vous écouter et vous orienter.',
            en: 'Your general practitioner can listen and guide you.',
          },
        },
      ],
    },
    ANXIETY: {
      label: { fr: 'Angoisse, stress', en: 'Anxiety, stress' },
      questions: ['suicidalThoughts'],
      recommend: [
        {
          id: 'ANXIETY_LONG',
          when: { durationAtLeast: 'MONTHS' },
          specialty: 'PSYCHIATRY',
          urgency: 'WEEK',
          reason: {
            fr: 'Une angoisse qui dure depuis plus de 3 semaines se soigne : un psychiatre peut vous aider.',
            en: 'Anxiety lasting more than 3 weeks can be treated: a psychiatrist can help.',
          },
        },
        {
          id: 'ANXIETY_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'WEEK',
          reason: {
            fr: 'Votre médecin généraliste peut vous écouter et vous orienter.',
            en: 'Your general practitioner can listen and guide you.',
          },
        },
      ],
    },
    SLEEP: {
      label: { fr: 'Troubles du sommeil', en: 'Sleep problems' },
      questions: ['snoringPauses'],
      recommend: [
        {
          id: 'SLEEP_APNOEA',
          when: { yes: 'snoringPauses' },
          specialty: 'PULMONOLOGY',
          urgency: 'ROUTINE',
          reason: {
            fr: 'Des pauses respiratoires pendant le sommeil font rechercher une apnée du sommeil.',
            en: 'Pauses in breathing while asleep call for a sleep apnoea test.',
          },
        },
        {
          id: 'SLEEP_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'ROUTINE',
          reason: {
            fr: 'Votre médecin généraliste peut vous aider à retrouver le sommeil.',
            en: 'Your general practitioner can help you sleep better.',
          },
        },
      ],
    },
    OTHER: {
      label: { fr: 'Autre chose', en: 'Something else' },
      questions: ['breathingAtRest', 'lostConsciousness', 'heavyBleeding'],
      recommend: [
        {
          id: 'OTHER_DEFAULT',
          specialty: 'GENERAL_PRACTICE',
          urgency: 'DAYS',
          reason: {
            fr: 'Pour un symptôme qui n’est pas dans la liste, le médecin généraliste est le premier interlocuteur.',
            en: 'For a symptom not in the list, a general practitioner is the first contact.',
          },
        },
      ],
    },
  },

  redFlags: [
    {
      id: 'CHEST_PAIN',
      label: {
        fr: 'Douleur dans la poitrine intense, ou avec essoufflement, sueurs, palpitations, malaise ou douleur vers le bras ou la mâchoire',
        en: 'Chest pain that is severe, or comes with breathlessness, sweating, palpitations, feeling faint, or pain spreading to the arm or jaw',
      },
      when: {
        any: [
          {
            all: [
              { symptom: ['CHEST_PAIN'] },
              {
                any: [
                  { yes: 'chestBreathless' },
                  { yes: 'chestSweating' },
                  { yes: 'chestSpreading' },
                  SEVERE,
                ],
              },
            ],
          },
          { yes: 'chestPainWith' },
        ],
      },
    },
    {
      id: 'STROKE',
      label: {
        fr: 'Signes d’AVC : visage paralysé, bras ou jambe faible, trouble de la parole',
        en: 'Signs of a stroke: face drooping, arm or leg weakness, speech difficulty',
      },
      when: { any: [{ yes: 'fastFace' }, { yes: 'fastArm' }, { yes: 'fastSpeech' }] },
    },
    {
      id: 'HEAVY_BLEEDING',
      label: { fr: 'Saignement abondant', en: 'Heavy bleeding' },
      when: { yes: 'heavyBleeding' },
    },
    {
      id: 'DIGESTIVE_BLEEDING',
      label: {
        fr: 'Sang dans les vomissements, ou selles noires ou pleines de sang',
        en: 'Blood in vomit, or black or bloody stools',
      },
      when: { yes: 'bloodVomitOrStool' },
    },
    {
      id: 'BREATHING_AT_REST',
      label: { fr: 'Difficulté à respirer au repos', en: 'Difficulty breathing at rest' },
      when: { yes: 'breathingAtRest' },
    },
    {
      id: 'LOSS_OF_CONSCIOUSNESS',
      label: { fr: 'Perte de connaissance', en: 'Loss of consciousness' },
      when: { yes: 'lostConsciousness' },
    },
    {
      id: 'ANAPHYLAXIS',
      label: {
        fr: 'Réaction allergique grave : gonflement du visage ou de la gorge',
        en: 'Severe allergic reaction: swelling of the face or throat',
      },
      when: { yes: 'faceThroatSwelling' },
    },
    {
      id: 'SUICIDAL_THOUGHTS',
      label: { fr: 'Idées de suicide', en: 'Thoughts of suicide' },
      when: { yes: 'suicidalThoughts' },
      helpline: {
        number: '3114',
        label: {
          fr: 'Prévention du suicide, gratuit, 24 h/24',
          en: 'Suicide prevention line, free, day and night',
        },
      },
    },
    {
      id: 'MENINGITIS',
      label: {
        fr: 'Fièvre avec nuque raide ou taches qui ne s’effacent pas à la pression',
        en: 'Fever with a stiff neck or spots that do not fade when pressed',
      },
      when: { all: [FEVER, { any: [{ yes: 'stiffNeck' }, { yes: 'purpleRash' }] }] },
    },
    {
      id: 'ACUTE_ABDOMEN',
      label: {
        fr: 'Douleur intense au ventre avec ventre dur',
        en: 'Severe belly pain with a hard belly',
      },
      when: { all: [{ symptom: ['ABDOMINAL_PAIN'] }, SEVERE, { yes: 'rigidBelly' }] },
    },
    {
      id: 'INFANT_FEVER',
      label: {
        fr: 'Fièvre (38 °C ou plus) chez un bébé de moins de 3 mois',
        en: 'Fever (38 °C or more) in a baby under 3 months',
      },
      when: { all: [{ ageMonthsBelow: 3 }, FEVER] },
    },
    {
      id: 'PREGNANCY',
      label: {
        fr: 'Grossesse avec saignement ou douleur intense',
        en: 'Pregnancy with bleeding or severe pain',
      },
      when: {
        all: [
          PREGNANT,
          {
            any: [
              { yes: 'vaginalBleeding' },
              { all: [{ area: ['ABDOMEN', 'PELVIS'] }, SEVERE] },
              { all: [{ symptom: ['HEADACHE'] }, SEVERE] },
            ],
          },
        ],
      },
    },
    {
      id: 'THUNDERCLAP_HEADACHE',
      label: {
        fr: 'Mal de tête brutal, le pire de votre vie',
        en: 'Sudden headache, the worst of your life',
      },
      when: { yes: 'suddenWorstHeadache' },
    },
    {
      id: 'SUDDEN_VISION_LOSS',
      label: { fr: 'Perte brutale de la vue', en: 'Sudden loss of sight' },
      when: { yes: 'suddenVisionLoss' },
    },
    {
      id: 'TESTICULAR_TORSION',
      label: {
        fr: 'Douleur intense et brutale d’un testicule',
        en: 'Sudden, severe pain in a testicle',
      },
      when: { all: [{ symptom: ['TESTICULAR_PAIN'] }, { durationAtMost: 'HOURS' }, SEVERE] },
    },
    {
      id: 'CAUDA_EQUINA',
      label: {
        fr: 'Mal de dos avec perte de sensibilité de l’entrejambe ou du contrôle de la vessie',
        en: 'Back pain with numbness between the legs or loss of bladder control',
      },
      when: { yes: 'saddleNumbness' },
    },
    {
      id: 'SEVERE_BURN',
      label: { fr: 'Brûlure étendue ou mal placée', en: 'A large or badly placed burn' },
      when: { yes: 'largeBurn' },
    },
  ],

  escalations: [
    {
      id: 'INFANT',
      when: { ageMonthsBelow: 3 },
      urgency: 'TODAY',
      reason: {
        fr: 'Un bébé de moins de 3 mois doit être examiné dans la journée.',
        en: 'A baby under 3 months should be examined today.',
      },
    },
    {
      id: 'SEVERE',
      when: SEVERE,
      urgency: 'TODAY',
      reason: {
        fr: 'Vous décrivez une gêne intense : consultez dans la journée.',
        en: 'You describe severe discomfort: be seen today.',
      },
    },
  ],

  fallback: {
    id: 'FALLBACK',
    specialty: 'GENERAL_PRACTICE',
    urgency: 'DAYS',
    reason: {
      fr: 'Le médecin généraliste est le premier interlocuteur.',
      en: 'A general practitioner is the first contact.',
    },
  },
};
