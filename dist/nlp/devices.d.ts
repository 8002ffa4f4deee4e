import type { DeviceAction, Evidence, Site } from '../types.js';
import type { Analysis, Mention } from './analyze.js';
/** A mention that names a drug-delivery device: a qualified form (beads, rod, coated nail, spacer) or a loaded carrier. */
export interface DeviceMention extends Mention {
    /** The device form ("beads", "spacer") or the carrier's name when the carrier itself is the device. */
    form: string;
    /** Why this mention counts as a drug-delivery device (for --explain, in words). */
    reason: string;
    /** The same, as a typed kind that decisions read. */
    basis: 'qualified' | 'carrier' | 'coreference' | 'anaphor' | 'made-from';
    /** For a device made from material prepared earlier: the sentence that prepared it. */
    from?: number;
    /**
     * For a device made from a mix told before it and named again ("the second mix was rolled into beads"): the
     * sentence that prepared the mix. Its drug and carrier are the device's; its amount is the whole mix's, not the
     * device's.
     */
    madeOf?: number;
}
export interface DeviceEventDetail {
    action: DeviceAction;
    site: Site;
    /** Sentences that documented the event. */
    sentences: number[];
    /** Spans quoted as evidence (normalised offsets). */
    spans: {
        start: number;
        end: number;
        sentence: number;
    }[];
    /** The site phrase that decided the site, when there was one. */
    siteMention?: Mention;
    forms: string[];
}
/**
 * A device of this operation with the sentences that describe it: its event's sentences plus the
 * description sentences (preparation, amounts) that belong to it. With one device per action the frame
 * holds every description sentence; with several, a description goes to the device whose form it names,
 * else to the nearest device (a back-table paragraph goes with the device it makes).
 */
export interface DeviceFrame {
    action: DeviceAction;
    site: Site;
    forms: string[];
    sentences: Set<number>;
    /** Sentences that prepared the mix the device was made from, when it names that mix again (DeviceMention.madeOf). */
    materials: Set<number>;
}
export interface DeviceAnalysis {
    /** All mentions that name a drug-delivery device, whatever their assertion. */
    devices: DeviceMention[];
    /** Sentences describing a device inserted in this operation (affirmed, operative, not removal-only). */
    insertSentences: Set<number>;
    /** Sentences describing a device removed in this operation. */
    removeSentences: Set<number>;
    events: DeviceEventDetail[];
    frames: DeviceFrame[];
}
/** The specific site a site mention names (intramedullary, deep, intra-articular), if any. */
export declare function siteOf(m: Mention): Site | undefined;
/** True when a device form at `at` (note offset) of sentence `s` is named as a new one ("a new hand-made cement rod"). */
export declare function namedNew(a: Analysis, s: number, at: number): boolean;
/**
 * True when an earlier-time anchor or a date before the date of service stands in the clause of a mention ("Two
 * weeks ago ... 24 beads were placed", "12OCT2026: nail removed, canal reamed"), not hundreds of characters away
 * in a dictated run-on that goes on to today's work.
 */
export declare function nearEarlierAnchor(a: Analysis, m: {
    start: number;
    end: number;
    sentence: number;
}): boolean;
export declare function anchoredEarlier(a: Analysis, s: number): boolean;
/**
 * The device an action word governs in its sentence: a noun form ("removal of the beads", "placement of")
 * looks forward; a passive participle ("the beads were removed") looks back; an active verb ("we placed the
 * beads") looks forward. The search stops at a semicolon, a closing bracket or another action word.
 */
export declare function governedDevice(a: Analysis, act: Mention, devices: DeviceMention[]): DeviceMention | undefined;
/**
 * A supply-log row (no finite verb: a row, not the narrative) whose status says the item was neither put in nor taken
 * out (grammar.yaml unusedSupplyWords: "opened in error - wasted", "| Returned unopened |").
 */
export declare function unusedSupplyRow(a: Analysis, s: number): boolean;
export declare function analyseDevices(a: Analysis): DeviceAnalysis;
/**
 * True when a sentence corrects the note: it sits in a section whose title says so (grammar.yaml correctionWords)
 * or is an attending's attestation (attestationWords), or it or the sentence before it in its section says it
 * corrects ("Correction to the resident's note: no spacer was placed").
 */
export declare function correctionSentence(a: Analysis, s: number): boolean;
/** Names of the device forms a sentence names (beads, rod, coated nail...), whatever their assertion. */
export declare function formsNamed(a: Analysis, s: number, devices: DeviceMention[]): Set<string>;
/** A cell of a pipe-table row: its text, trimmed, and where it starts in the document. */
export interface TableCell {
    text: string;
    start: number;
}
/** A pipe table of a note: its header cells, its later rows' cells with their sentences, and all its sentences. */
export interface PipeTable {
    header: TableCell[];
    rows: TableCell[][];
    rowSentences: number[];
    sentences: number[];
}
export declare function pipeTables(a: Analysis): PipeTable[];
export declare function eventEvidence(a: Analysis, e: DeviceEventDetail): Evidence[];
