/**
 * Inflections of lexicon lemmas, with compromise: a coder writes `verbs: [roll]` or `nouns: [bead]` once and
 * the compiled lexicon holds "rolled", "rolls", "rolling" or "bead", "beads". This runs when a pattern file
 * is validated, which for the shipped files is at build time (the expanded data goes into the content-hash
 * cache), so the hot path never loads compromise; a user's own lexicon with lemmas loads it once.
 *
 * The verb's bare form is not added: many are also common nouns ("place", "insert"); write it in `terms`
 * when it is wanted.
 */
import { createRequire } from 'node:module';
let nlp;
function compromise() {
    if (!nlp) {
        const embedded = globalThis.__OPLINT_COMPROMISE__;
        nlp = embedded ? embedded() : createRequire(import.meta.url)('compromise');
    }
    return nlp;
}
/** Past tense / participle, third-person present and gerund of each verb lemma ("roll" → rolled, rolls, rolling). */
export function verbForms(lemmas) {
    const out = [];
    const add = (w) => {
        const v = w?.replace(/^(?:has|have|had|will|is|are)\s+/i, '').trim().toLowerCase();
        if (v && !out.includes(v))
            out.push(v);
    };
    for (const lemma of lemmas) {
        // "hand-roll": inflect the verb, keep what comes before it ("hand-rolled")
        const m = /^(.*[\s-])?([A-Za-z]+)$/.exec(lemma.trim());
        if (!m)
            continue;
        const [, prefix = '', verb = ''] = m;
        const doc = compromise()(verb);
        doc.tag?.('Infinitive');
        const c = doc.verbs().conjugate()[0];
        const base = verb.toLowerCase();
        // compromise gives an unknown regular verb ("knead") its bare form as past tense: add the regular -ed form
        const regularPast = base.endsWith('e') ? `${base}d` : `${base}ed`;
        const forms = c ? [c.PastTense === c.Infinitive ? regularPast : c.PastTense, c.Participle, c.PresentTense, c.Gerund] : [regularPast];
        for (const f of forms) {
            const w = f?.toLowerCase().trim();
            if (w && w !== base)
                add(`${prefix}${w}`);
        }
    }
    return out;
}
/** Singular and plural of each noun lemma ("bead" → bead, beads). */
export function nounForms(lemmas) {
    const out = [];
    for (const lemma of lemmas) {
        for (const f of [lemma, compromise()(lemma).nouns().toPlural().text()]) {
            const w = f.trim().toLowerCase();
            if (w && !out.includes(w))
                out.push(w);
        }
    }
    return out;
}
