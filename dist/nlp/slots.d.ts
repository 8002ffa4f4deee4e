/**
 * The slots of a device frame, for people (`--explain`): what the note says about each device of this
 * operation — its drug, carrier, amounts, preparation and plan — each with the quotes that fill it, read
 * from the sentences of that device's frame only. Decisions are made by the checks; this module shows what
 * they worked from.
 */
import type { FrameSummary } from '../types.js';
import type { Analysis } from './analyze.js';
import type { DeviceAnalysis } from './devices.js';
/** Summaries of the device frames of this operation, each with its filled and empty slots. */
export declare function frameSummaries(a: Analysis, dev: DeviceAnalysis): FrameSummary[];
