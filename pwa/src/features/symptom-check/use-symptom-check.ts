import { useState } from 'react';
import { assess, asksPregnancy, prune, questionsFor, symptomsFor } from './assess';
import {
  NO_ANSWERS,
  type Answers,
  type Duration,
  type Outcome,
  type Severity,
  type Sex,
  type SymptomRules,
} from './types';

/** The screens of the questionnaire, in order; an emergency can interrupt any of them. */
export const STEPS = [
  'about',
  'area',
  'symptom',
  'duration',
  'severity',
  'questions',
  'result',
] as const;
export type Step = (typeof STEPS)[number];

interface Snapshot {
  step: Step;
  answers: Answers;
}

interface State extends Snapshot {
  /** Where the flow was before the answer that raised a red flag: "I answered by mistake". */
  beforeFlag: Snapshot | null;
}

type ChoiceField = 'area' | 'symptom' | 'duration' | 'severity';
type ChoiceValue<F extends ChoiceField> = F extends 'duration'
  ? Duration
  : F extends 'severity'
    ? Severity
    : string;

const NEXT: Record<ChoiceField, Step> = {
  area: 'symptom',
  symptom: 'duration',
  duration: 'severity',
  severity: 'questions',
};

/**
 * The questionnaire's state, all on the device: no request is made, so it runs offline. Every
 * answer goes through `assess`, and the first red flag stops the flow (`outcome.kind ===
 * 'EMERGENCY'`) until the patient says the answer was a mistake.
 */
export function useSymptomCheck(rules: SymptomRules) {
  const [state, setState] = useState<State>({
    step: 'about',
    answers: NO_ANSWERS,
    beforeFlag: null,
  });
  const { step, answers } = state;
  const outcome: Outcome = assess(answers, rules);
  const questions = questionsFor(answers, rules);
  const unanswered = questions.filter((id) => answers.yes[id] === undefined).length;

  /** Applies an answer: on a red flag, stays on this step and remembers it for an undo. */
  function apply(change: (a: Answers) => Answers, nextStep: Step) {
    setState((s) => {
      const pruned = prune(change(s.answers), rules);
      if (assess(pruned, rules).kind === 'EMERGENCY') {
        return { step: s.step, answers: pruned, beforeFlag: { step: s.step, answers: s.answers } };
      }
      return { step: nextStep, answers: pruned, beforeFlag: null };
    });
  }

  return {
    step,
    answers,
    outcome,
    emergency: outcome.kind === 'EMERGENCY' ? outcome : null,
    /** The symptoms offered in the chosen area, to this patient. */
    symptoms: symptomsFor(answers, rules),
    /** The yes/no questions of the chosen symptom, and how many are still unanswered. */
    questions,
    unanswered,
    /** Whether `ageMonths` and `sex` would have the patient asked about pregnancy. */
    asksPregnancy: (ageMonths: number | null, sex: Sex | null) =>
      asksPregnancy({ ...NO_ANSWERS, ageMonths, sex }, rules),
    /** The "about you" step is done: age, sex and (when asked) pregnancy. */
    start: (ageMonths: number, sex: Sex, pregnant: boolean | null) => {
      apply((a) => ({ ...a, ageMonths, sex, pregnant }), 'area');
    },
    choose: <F extends ChoiceField>(field: F, value: ChoiceValue<F>) => {
      apply((a) => ({ ...a, [field]: value }), NEXT[field]);
    },
    answer: (questionId: string, yes: boolean) => {
      apply((a) => ({ ...a, yes: { ...a.yes, [questionId]: yes } }), 'questions');
    },
    finish: () => {
      if (unanswered === 0) apply((a) => a, 'result');
    },
    back: () => {
      const i = STEPS.indexOf(step);
      const previous = STEPS[Math.max(0, i - 1)] ?? 'about';
      setState((s) => ({ ...s, step: previous, beforeFlag: null }));
    },
    /** Takes back the answer that raised the red flag. */
    undoFlag: () => {
      setState((s) => (s.beforeFlag ? { ...s.beforeFlag, beforeFlag: null } : s));
    },
    canUndoFlag: state.beforeFlag !== null,
    /** Back to the first question, keeping who the patient is. */
    restart: () => {
      setState((s) => ({
        step: 'area',
        answers: {
          ...NO_ANSWERS,
          ageMonths: s.answers.ageMonths,
          sex: s.answers.sex,
          pregnant: s.answers.pregnant,
        },
        beforeFlag: null,
      }));
    },
  };
}
