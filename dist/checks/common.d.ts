/**
 * What every check type shares: the evaluation context, the verdict shape, and helpers to find the
 * mentions and sentences that describe a pack's device. One file per check type sits beside this one
 * (site, terms, quantity, primary-procedure, staged-removal), each with `evaluate` and `describe`.
 */
import type { ElementStatus, Evidence, ExplainEntry } from '../types.js';
import type { Analysis, Mention } from '../nlp/analyze.js';
import { type DeviceAnalysis, type DeviceEventDetail } from '../nlp/devices.js';
import type { Pack } from '../rules/pack.js';
export type TermRef = {
    lexicon: string;
    tags?: string[] | undefined;
};
export type Assert = 'affirmed' | 'negated' | 'possible' | 'hypothetical' | 'historical';
/** Everything an element check may read: the analysis, the device events and the pack. */
export interface EvalContext {
    a: Analysis;
    dev: DeviceAnalysis;
    pack: Pack;
    explain: boolean;
    patternDirs: string[];
}
export interface Verdict {
    status: ElementStatus;
    messageKey: 'pass' | 'fail' | 'warn' | 'blocked' | 'generic' | 'noEvent' | 'na' | 'wrongSite' | 'partial' | 'genericSite' | 'literal' | 'countConflict';
    literal?: string;
    vars?: Record<string, string>;
    evidence: Evidence[];
    explain: ExplainEntry[];
}
/** A row of the rules reference: which status, and when (in words a coder reads). */
export type Condition = [status: string, when: string];
/** What a check type's `describe` needs to say how an element is decided. */
export interface DescribeContext {
    pack: Pick<Pack, 'code' | 'action' | 'siteLabel'>;
    /** The action in words: "insertion" or "removal". */
    action: string;
    /** How a lexicon reference reads in the reference ("`drugs` (tag `manual`)"). */
    refs: (rs: TermRef[]) => string;
    orList: (xs: string[]) => string;
    code: (s: string) => string;
}
export declare const uniq: <T>(xs: T[]) => T[];
export declare const quoteList: (xs: string[]) => string;
export declare function assertionOf(a: Analysis, m: Mention): Assert;
export declare function refMentions(a: Analysis, refs: TermRef[], sentences: Set<number> | null): Mention[];
export declare function explainOf(a: Analysis, m: Mention, accepted: boolean, note?: string): ExplainEntry;
/** The assertion of a mention with the words each trigger's scope covered, for --explain. */
export declare function withScope(a: Analysis, m: {
    start: number;
    end: number;
    sentence: number;
}): string;
/** Events of the pack's action, and those at the pack's own site. */
export declare function eventsFor(ctx: EvalContext): {
    all: DeviceEventDetail[];
    mine: DeviceEventDetail[];
};
/**
 * The whole note less the sentences that describe only another device with this pack's action (another
 * removed device's frame, and not this one's): with beads and a rod removed, the bead count says nothing of the
 * rod. With one device of the action, the whole note.
 */
export declare function ownNoteSentences(ctx: EvalContext): Set<number> | null;
/**
 * Sentences that describe the pack's device: its events' sentences plus the description around them. With
 * `materials`, also the preparation of the mix the device was made from when it names that mix again (its drug and
 * carrier are the device's; its amount is not).
 */
export declare function scopeSentences(ctx: EvalContext, materials?: boolean): Set<number>;
/**
 * Whether a span (an amount) measures another device of this action, not this one: with devices of different forms at
 * other sites, the device named nearest before it, a few words before it (grammar.yaml coreference.measureGap), is
 * one of theirs ("an antibiotic rod about 8 mm thick
 * was passed down the canal, and the dead space was filled with beads": the 8 mm is the rod's, not the beads').
 */
export declare function measuresOtherDevice(ctx: EvalContext, span: {
    start: number;
    end: number;
    sentence: number;
}): boolean;
/**
 * Terms a correction withdraws: an addendum, late entry or attestation that negates a term ("Correction: no
 * vancomycin was added to the bead cement") takes back what the note says of that term elsewhere, before or after
 * it (a correction is displayed above or below the note it corrects). Off unless the pack's option `on` says so.
 */
export declare function withdrawnBy(ctx: EvalContext, refs: TermRef[], on: boolean): (m: Mention) => boolean;
