/** Past tense / participle, third-person present and gerund of each verb lemma ("roll" → rolled, rolls, rolling). */
export declare function verbForms(lemmas: readonly string[]): string[];
/** Singular and plural of each noun lemma ("bead" → bead, beads). */
export declare function nounForms(lemmas: readonly string[]): string[];
