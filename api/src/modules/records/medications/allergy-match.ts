import { normalizeDrugText } from '../fold-text.js';

/**
 * Drug classes whose members cross-react, in French and English (INN and common brands). An
 * allergy recorded as a class or as any member matches every member.
 */
const CLASSES: readonly (readonly string[])[] = [
  [
    'penicilline',
    'penicillin',
    'penicillins',
    'betalactamine',
    'beta lactam',
    'amoxicilline',
    'amoxicillin',
    'ampicilline',
    'ampicillin',
    'piperacilline',
    'piperacillin',
    'oxacilline',
    'cloxacilline',
    'flucloxacillin',
    'benzylpenicilline',
    'phenoxymethylpenicilline',
    'ticarcilline',
    'augmentin',
    'clamoxyl',
    'tazocilline',
  ],
  [
    'cephalosporine',
    'cephalosporin',
    'cefazoline',
    'cefazolin',
    'ceftriaxone',
    'cefotaxime',
    'cefuroxime',
    'cefalexine',
    'cephalexin',
    'cefixime',
    'cefepime',
    'ceftazidime',
    'cefpodoxime',
    'rocephine',
  ],
  [
    'sulfamide',
    'sulfonamide',
    'sulfamethoxazole',
    'cotrimoxazole',
    'co trimoxazole',
    'bactrim',
    'sulfadiazine',
  ],
  [
    'ains',
    'nsaid',
    'nsaids',
    'anti inflammatoire',
    'ibuprofene',
    'ibuprofen',
    'ketoprofene',
    'ketoprofen',
    'diclofenac',
    'naproxene',
    'naproxen',
    'aspirine',
    'aspirin',
    'acide acetylsalicylique',
    'acetylsalicylic acid',
    'celecoxib',
    'indometacine',
    'indomethacin',
    'advil',
    'nurofen',
    'voltarene',
    'kardegic',
  ],
  [
    'macrolide',
    'erythromycine',
    'erythromycin',
    'azithromycine',
    'azithromycin',
    'clarithromycine',
    'clarithromycin',
    'spiramycine',
    'roxithromycine',
  ],
  [
    'quinolone',
    'fluoroquinolone',
    'ciprofloxacine',
    'ciprofloxacin',
    'levofloxacine',
    'levofloxacin',
    'ofloxacine',
    'ofloxacin',
    'moxifloxacine',
    'moxifloxacin',
  ],
  [
    'heparine',
    'heparin',
    'enoxaparine',
    'enoxaparin',
    'tinzaparine',
    'dalteparine',
    'lovenox',
    'calciparine',
  ],
  ['paracetamol', 'acetaminophen', 'doliprane', 'dafalgan', 'efferalgan'],
  [
    'opioide',
    'opioid',
    'opiace',
    'morphine',
    'codeine',
    'tramadol',
    'oxycodone',
    'fentanyl',
    'hydromorphone',
  ],
  ['iode', 'iodine', 'povidone iodee', 'povidone iodine', 'betadine', 'produit de contraste iode'],
];

/** True when `term` occurs in `text` on word boundaries. */
function mentions(text: string, term: string): boolean {
  return term.length > 0 && ` ${text} `.includes(` ${term} `);
}

function classesOf(text: string): Set<number> {
  const found = new Set<number>();
  CLASSES.forEach((members, i) => {
    if (members.some((m) => mentions(text, m))) found.add(i);
  });
  return found;
}

/**
 * The recorded allergy substances that a medication matches: by name (either way round, on word
 * boundaries) or through a shared drug class. Pure; an empty list means no conflict found.
 */
export function allergyConflicts(medication: string, allergySubstances: string[]): string[] {
  const med = normalizeDrugText(medication);
  const medClasses = classesOf(med);
  const out: string[] = [];
  for (const substance of allergySubstances) {
    const s = normalizeDrugText(substance);
    if (!s) continue;
    const direct = mentions(med, s) || mentions(s, med);
    const shared = [...classesOf(s)].some((c) => medClasses.has(c));
    if (direct || shared) out.push(substance);
  }
  return out;
}
