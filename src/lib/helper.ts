import type { Lang, UiKey } from "./i18n.ts";

// "What applies to me?": up to four questions, each answer a segment of the address, so every
// question and every result has an address of its own and the flow works by following links.

export type QuestionId = "before" | "choice" | "facebook" | "region";

export interface Answer {
  /** The key of the content block (content/helper/<lang>/<key>.mdx) this answer selects, if any. */
  block?: string;
  /** The answer's segment of the address, per language. */
  slug: Record<Lang, string>;
  /** The i18n key of the answer's label. */
  label: UiKey;
}

export interface Question {
  id: QuestionId;
  /** The i18n key of the question. */
  label: UiKey;
  answers: Answer[];
}

export const questions: Question[] = [
  {
    id: "before",
    label: "helper.before",
    answers: [
      { slug: { en: "used", fr: "ancien" }, label: "helper.before.used", block: "used" },
      { slug: { en: "new", fr: "nouveau" }, label: "helper.before.new", block: "new" },
    ],
  },
  {
    id: "choice",
    label: "helper.choice",
    answers: [
      { slug: { en: "declined", fr: "refuse" }, label: "helper.choice.declined", block: "declined" },
      { slug: { en: "shared", fr: "partage" }, label: "helper.choice.shared", block: "shared" },
      { slug: { en: "unsure", fr: "incertain" }, label: "helper.choice.unsure", block: "unsure" },
    ],
  },
  {
    id: "facebook",
    label: "helper.facebook",
    answers: [
      { slug: { en: "facebook", fr: "facebook" }, label: "helper.facebook.yes", block: "facebook" },
      { slug: { en: "no-facebook", fr: "sans-facebook" }, label: "helper.facebook.no", block: "no-facebook" },
    ],
  },
  {
    id: "region",
    label: "helper.region",
    answers: [
      { slug: { en: "canada", fr: "canada" }, label: "helper.region.canada", block: "canada" },
      { slug: { en: "europe", fr: "europe" }, label: "helper.region.europe", block: "europe" },
      { slug: { en: "elsewhere", fr: "ailleurs" }, label: "helper.region.elsewhere", block: "elsewhere" },
    ],
  },
];

/** The address of the helper's first question in each language. */
export const helperBase: Record<Lang, string> = { en: "/helper/", fr: "/fr/mon-cas/" };

/** One step of the flow: the answers given so far, as indexes into each question's answers. */
export interface HelperState {
  given: { question: Question; answer: Answer }[];
  /** The next question, or undefined when the answers lead to a result. */
  next: Question | undefined;
}

/** Who joined after the change was never asked the second question: the choice was not offered. */
function nextQuestion(given: HelperState["given"]): Question | undefined {
  const asked = new Set(given.map((g) => g.question.id));
  const joinedLater = given.some((g) => g.question.id === "before" && g.answer.block === "new");
  return questions.find((q) => !asked.has(q.id) && !(q.id === "choice" && joinedLater));
}

/** Every state reachable from the start, the start and the results included. */
export function allStates(): HelperState[] {
  const states: HelperState[] = [];
  const walk = (given: HelperState["given"]) => {
    const next = nextQuestion(given);
    states.push({ given, next });
    next?.answers.forEach((answer) => walk([...given, { question: next, answer }]));
  };
  walk([]);
  return states;
}

/** The address of a state: the base, then each answer's segment. */
export function pathOfState(state: Pick<HelperState, "given">, lang: Lang): string {
  return helperBase[lang] + state.given.map((g) => `${g.answer.slug[lang]}/`).join("");
}

/**
 * The content blocks a result shows, in order: what was shared, what your choice did, Facebook,
 * where you live. Someone who joined later gets the "not offered" block for the choice.
 */
export function blocksOf(state: HelperState): string[] {
  const block = (id: QuestionId) => state.given.find((g) => g.question.id === id)?.answer.block;
  const choice = block("before") === "new" ? "not-offered" : block("choice");
  return [block("before"), choice, block("facebook"), block("region")].filter((b): b is string => Boolean(b));
}

/** The question's number and how many questions this path asks (three for who joined later). */
export function progressOf(state: HelperState): { n: number; total: number } {
  const joinedLater = state.given.some((g) => g.question.id === "before" && g.answer.block === "new");
  return { n: state.given.length + 1, total: joinedLater ? questions.length - 1 : questions.length };
}

/** The static paths of every question after the first and every result, for a route under `helperBase`. */
export function helperPaths(lang: Lang) {
  return allStates()
    .filter((state) => state.given.length > 0)
    .map((state) => ({
      params: { answers: pathOfState(state, lang).slice(helperBase[lang].length, -1) },
      props: { state },
    }));
}
