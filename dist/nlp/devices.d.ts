import type { DeviceAction, Evidence, Site } from '../types.js';
import type { Analysis, Mention } from './analyze.js';
/** A mention that names a drug-delivery device: a qualified form (beads, rod, coated nail, spacer) or a loaded carrier. */
export interface DeviceMention extends Mention {
    /** The device form ("beads", "spacer") or the carrier's name when the carrier itself is the device. */
    form: string;
    /** Why this mention counts as a drug-delivery device (for --explain). */
    reason: string;
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
export interface DeviceAnalysis {
    /** All mentions that name a drug-delivery device, whatever their assertion. */
    devices: DeviceMention[];
    /** Sentences describing a device inserted in this operation (affirmed, operative, not removal-only). */
    insertSentences: Set<number>;
    /** Sentences describing a device removed in this operation. */
    removeSentences: Set<number>;
    events: DeviceEventDetail[];
}
/**
 * The device an action word governs in its sentence: a noun form ("removal of the beads", "placement of")
 * looks forward; a passive participle ("the beads were removed") looks back; an active verb ("we placed the
 * beads") looks forward. The search stops at a semicolon, a closing bracket or another action word.
 */
export declare function governedDevice(a: Analysis, act: Mention, devices: DeviceMention[]): DeviceMention | undefined;
export declare function analyseDevices(a: Analysis): DeviceAnalysis;
export declare function eventEvidence(a: Analysis, e: DeviceEventDetail): Evidence[];
