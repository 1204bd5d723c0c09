/**
 * The vocabulary of the symptom check: what a rules file holds and what a patient answers. The
 * rules themselves are data (`symptom-rules.ts`); `assess.ts` interprets them.
 */

/** A wording in both languages of the app. */
export interface Text {
  readonly fr: string;
  readonly en: string;
}

/** The patient's sex as the rules see it; `UNKNOWN` in the record means "ask". */
export type Sex = 'FEMALE' | 'MALE' | 'OTHER';
export const SEXES: readonly Sex[] = ['FEMALE', 'MALE', 'OTHER'];

/** How long it has been going on, shortest first. */
export const DURATIONS = ['HOURS', 'DAYS', 'WEEKS', 'MONTHS'] as const;
export type Duration = (typeof DURATIONS)[number];

/** How much it bothers, mildest first. */
export const SEVERITIES = ['MILD', 'MODERATE', 'SEVERE'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How soon to be seen, most urgent first. */
export const URGENCIES = ['TODAY', 'DAYS', 'WEEK', 'ROUTINE'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * A test over the answers. An answer not given yet makes every leaf about it false (and so a
 * `not` of it true): the rules use `not` only over answers the flow has always collected by then.
 */
export type Condition =
  | { readonly yes: string }
  | { readonly area: readonly string[] }
  | { readonly symptom: readonly string[] }
  | { readonly durationAtLeast: Duration }
  | { readonly durationAtMost: Duration }
  | { readonly severityAtLeast: Severity }
  | { readonly ageMonthsBelow: number }
  | { readonly ageYearsBelow: number }
  | { readonly ageYearsAtLeast: number }
  | { readonly sex: readonly Sex[] }
  | { readonly pregnant: boolean }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** A yes/no question; `askWhen` limits it to some patients (e.g. pregnant). */
export interface Question {
  readonly text: Text;
  readonly hint?: Text;
  readonly askWhen?: Condition;
}

export interface Area {
  readonly id: string;
  readonly label: Text;
  readonly hint: Text;
  /** Symptom ids, in the order they are offered. */
  readonly symptoms: readonly string[];
}

/** One path's advice: the first whose `when` holds applies; the last has none (the default). */
export interface Recommendation {
  readonly id: string;
  readonly when?: Condition;
  /** A specialty code the API knows (`specialties { code }`). */
  readonly specialty: string;
  readonly urgency: Urgency;
  readonly reason: Text;
}

export interface Symptom {
  readonly label: Text;
  readonly hint?: Text;
  /** Offered only to these patients (e.g. testicular pain to men). */
  readonly shownWhen?: Condition;
  /** Question ids asked for this symptom, red-flag questions first. */
  readonly questions: readonly string[];
  readonly recommend: readonly Recommendation[];
}

/** A number to call, besides 15 and 112, for one kind of emergency (3114 for suicidal thoughts). */
export interface Helpline {
  readonly number: string;
  readonly label: Text;
}

/** An answer pattern that stops the flow: call 15 or 112 now. */
export interface RedFlag {
  readonly id: string;
  readonly label: Text;
  readonly when: Condition;
  readonly helpline?: Helpline;
}

/** Raises the urgency of any recommendation when its condition holds (never lowers it). */
export interface Escalation {
  readonly id: string;
  readonly when: Condition;
  readonly urgency: Urgency;
  readonly reason: Text;
}

/** A reviewed, versioned rules file. */
export interface SymptomRules {
  /** Semantic version: bumped on every change, shown on the screen. */
  readonly version: string;
  /**
   * Who reviewed this version (name, role) and when (YYYY-MM-DD); null until a clinician has
   * signed it off, which the screen then says.
   */
  readonly reviewedBy: string | null;
  readonly reviewedOn: string | null;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  /** The names of the specialty codes the rules use, as the API names them. */
  readonly specialties: Readonly<Record<string, Text>>;
  /** Below this age every recommendation goes to this specialty instead. */
  readonly children: {
    readonly ageYearsBelow: number;
    readonly specialty: string;
    readonly reason: Text;
  };
  /** Who is asked whether they are pregnant. */
  readonly pregnancy: { readonly askWhen: Condition };
  readonly questions: Readonly<Record<string, Question>>;
  readonly areas: readonly Area[];
  readonly symptoms: Readonly<Record<string, Symptom>>;
  readonly redFlags: readonly RedFlag[];
  readonly escalations: readonly Escalation[];
  /** When no symptom was chosen. */
  readonly fallback: Recommendation;
}

/** What the patient answered so far; `null` is "not answered (yet)". */
export interface Answers {
  readonly ageMonths: number | null;
  readonly sex: Sex | null;
  readonly pregnant: boolean | null;
  readonly area: string | null;
  readonly symptom: string | null;
  readonly duration: Duration | null;
  readonly severity: Severity | null;
  /** Yes/no answers by question id. */
  readonly yes: Readonly<Record<string, boolean>>;
}

export const NO_ANSWERS: Answers = {
  ageMonths: null,
  sex: null,
  pregnant: null,
  area: null,
  symptom: null,
  duration: null,
  severity: null,
  yes: {},
};

export interface Reason {
  readonly id: string;
  readonly text: Text;
}

export type Outcome =
  | { readonly kind: 'EMERGENCY'; readonly flags: readonly RedFlag[] }
  | {
      readonly kind: 'SPECIALTY';
      readonly specialty: string;
      readonly urgency: Urgency;
      readonly reasons: readonly Reason[];
    };
