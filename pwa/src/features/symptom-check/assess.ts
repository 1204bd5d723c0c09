import {
  DURATIONS,
  SEVERITIES,
  URGENCIES,
  type Answers,
  type Condition,
  type Outcome,
  type Reason,
  type RedFlag,
  type SymptomRules,
  type Text,
} from './types';

const rank = <T>(scale: readonly T[], value: T) => scale.indexOf(value);

/** Whether `condition` holds for `answers`; a leaf about an unanswered question is false. */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  if ('yes' in condition) return answers.yes[condition.yes] === true;
  if ('area' in condition) return answers.area !== null && condition.area.includes(answers.area);
  if ('symptom' in condition) {
    return answers.symptom !== null && condition.symptom.includes(answers.symptom);
  }
  if ('durationAtLeast' in condition) {
    return (
      answers.duration !== null &&
      rank(DURATIONS, answers.duration) >= rank(DURATIONS, condition.durationAtLeast)
    );
  }
  if ('durationAtMost' in condition) {
    return (
      answers.duration !== null &&
      rank(DURATIONS, answers.duration) <= rank(DURATIONS, condition.durationAtMost)
    );
  }
  if ('severityAtLeast' in condition) {
    return (
      answers.severity !== null &&
      rank(SEVERITIES, answers.severity) >= rank(SEVERITIES, condition.severityAtLeast)
    );
  }
  if ('ageMonthsBelow' in condition) {
    return answers.ageMonths !== null && answers.ageMonths < condition.ageMonthsBelow;
  }
  if ('ageYearsBelow' in condition) {
    return answers.ageMonths !== null && answers.ageMonths < condition.ageYearsBelow * 12;
  }
  if ('ageYearsAtLeast' in condition) {
    return answers.ageMonths !== null && answers.ageMonths >= condition.ageYearsAtLeast * 12;
  }
  if ('sex' in condition) return answers.sex !== null && condition.sex.includes(answers.sex);
  return answers.pregnant === condition.pregnant;
}

/** Every red flag the answers raise, in the rules' order. */
export function redFlagsOf(answers: Answers, rules: SymptomRules): RedFlag[] {
  return rules.redFlags.filter((f) => holds(f.when, answers));
}

/**
 * The orientation for these answers, from these rules. Any red flag wins, whatever else was
 * answered: the patient is told to call 15 or 112. Otherwise the chosen symptom's first matching
 * recommendation gives the specialty and urgency; escalations (an intense symptom, a young
 * infant) may only make it more urgent; a child is sent to the children's specialty. Pure: the
 * flow calls it after every answer, partial answers included, to stop at the first red flag.
 */
export function assess(answers: Answers, rules: SymptomRules): Outcome {
  const flags = redFlagsOf(answers, rules);
  if (flags.length > 0) return { kind: 'EMERGENCY', flags };

  const symptom = answers.symptom === null ? undefined : rules.symptoms[answers.symptom];
  const chosen =
    symptom?.recommend.find((r) => r.when === undefined || holds(r.when, answers)) ??
    rules.fallback;
  let specialty = chosen.specialty;
  let urgency = chosen.urgency;
  const reasons: Reason[] = [{ id: chosen.id, text: chosen.reason }];

  for (const e of rules.escalations) {
    if (rank(URGENCIES, e.urgency) < rank(URGENCIES, urgency) && holds(e.when, answers)) {
      urgency = e.urgency;
      reasons.push({ id: e.id, text: e.reason });
    }
  }
  const { children } = rules;
  if (
    specialty !== children.specialty &&
    holds({ ageYearsBelow: children.ageYearsBelow }, answers)
  ) {
    specialty = children.specialty;
    reasons.push({ id: 'CHILD', text: children.reason });
  }
  return { kind: 'SPECIALTY', specialty, urgency, reasons };
}

/** Whether the patient is asked if they are pregnant. */
export function asksPregnancy(answers: Answers, rules: SymptomRules): boolean {
  return holds(rules.pregnancy.askWhen, answers);
}

/** The symptoms offered for the chosen area, to this patient. */
export function symptomsFor(answers: Answers, rules: SymptomRules): string[] {
  const area = rules.areas.find((a) => a.id === answers.area);
  if (!area) return [];
  return area.symptoms.filter((id) => {
    const shownWhen = rules.symptoms[id]?.shownWhen;
    return shownWhen === undefined || holds(shownWhen, answers);
  });
}

/** The yes/no questions asked for the chosen symptom, to this patient. */
export function questionsFor(answers: Answers, rules: SymptomRules): string[] {
  const symptom = answers.symptom === null ? undefined : rules.symptoms[answers.symptom];
  if (!symptom) return [];
  return symptom.questions.filter((id) => {
    const askWhen = rules.questions[id]?.askWhen;
    return askWhen === undefined || holds(askWhen, answers);
  });
}

/**
 * The answers with every answer that no longer applies removed: a symptom not offered in the
 * chosen area, yes/no answers to questions not asked for the chosen symptom, "pregnant" for a
 * patient who is not asked. The flow applies it after each change, so that an answer given on
 * another path never raises a flag on this one.
 */
export function prune(answers: Answers, rules: SymptomRules): Answers {
  let next = answers;
  if (next.pregnant !== null && !asksPregnancy(next, rules)) next = { ...next, pregnant: null };
  if (next.symptom !== null && !symptomsFor(next, rules).includes(next.symptom)) {
    next = { ...next, symptom: null };
  }
  const asked = new Set(questionsFor(next, rules));
  const kept = Object.entries(next.yes).filter(([id]) => asked.has(id));
  if (kept.length !== Object.keys(next.yes).length)
    next = { ...next, yes: Object.fromEntries(kept) };
  return next;
}

/** Full months from a YYYY-MM-DD birth date to a YYYY-MM-DD day; null if either is not a date. */
export function ageInMonths(birthDate: string, today: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!b || !t) return null;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [ty, tm, td] = [Number(t[1]), Number(t[2]), Number(t[3])];
  if (bm < 1 || bm > 12 || bd < 1 || bd > 31) return null;
  const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
  return months < 0 ? null : months;
}

/** A wording in the interface language (French for `fr`, `fr-CA`…; English otherwise). */
export function inLanguage(text: Text, language: string): string {
  return language.startsWith('fr') ? text.fr : text.en;
}
