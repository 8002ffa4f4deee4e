import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { evaluate } from '../scripts/eval.mjs';
import * as lib from '../src/index.js';

/** Floors on the labelled data (npm run eval prints the figures); measured values are in the README. */
describe('accuracy floors (npm run eval)', async () => {
  const r = await evaluate(lib);
  const prf = (d: { tp: number; fp: number; fn: number }) => ({ p: d.tp / (d.tp + d.fp || 1), r: d.tp / (d.tp + d.fn || 1) });

  it('development set: device events, codes and element statuses', () => {
    expect(r.labelled.notes).toBeGreaterThanOrEqual(60);
    const d = prf(r.labelled.devices);
    expect(d.p).toBeGreaterThanOrEqual(0.97);
    expect(d.r).toBeGreaterThanOrEqual(0.97);
    expect(r.labelled.suggestedCodesAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.labelled.elementAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  // each set's first blind run (docs/accuracy-log.md): element statuses, device precision / recall, codes
  const FIRST_RUN: Record<string, { elements: number; p: number; r: number; codes: number }> = {
    holdout: { elements: 0.934, p: 0.808, r: 0.913, codes: 0.833 },
    holdout2: { elements: 0.921, p: 0.826, r: 0.95, codes: 0.792 },
    holdout3: { elements: 0.984, p: 0.95, r: 1, codes: 0.958 },
    holdout4: { elements: 0.938, p: 0.857, r: 1, codes: 0.917 },
    holdout5: { elements: 0.913, p: 0.875, r: 0.933, codes: 0.9 },
    holdout6: { elements: 0.987, p: 0.882, r: 1, codes: 0.9 },
    holdout7: { elements: 0.821, p: 0.886, r: 0.939, codes: 0.923 },
    holdout8: { elements: 0.967, p: 0.958, r: 1, codes: 0.968 },
    holdout9: { elements: 0.925, p: 0.904, r: 1, codes: 0.961 },
    holdout10: { elements: 0.838, p: 0.815, r: 0.916, codes: 0.875 },
    holdout11: { elements: 0.9, p: 0.923, r: 0.96, codes: 0.937 },
    holdout12: { elements: 0.87, p: 0.869, r: 0.909, codes: 0.9 },
    holdout13: { elements: 0.9, p: 0.833, r: 0.952, codes: 0.933 },
    holdout14: { elements: 0.938, p: 0.916, r: 1, codes: 0.966 },
    holdout15: { elements: 0.986, p: 0.913, r: 1, codes: 0.966 },
    holdout16: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout17: { elements: 0.939, p: 0.863, r: 0.905, codes: 0.933 },
    holdout18: { elements: 0.789, p: 0.94, r: 0.8, codes: 0.866 },
    holdout19: { elements: 0.888, p: 0.875, r: 0.954, codes: 0.9 },
    holdout20: { elements: 0.915, p: 0.954, r: 0.954, codes: 0.966 },
    holdout21: { elements: 0.883, p: 0.869, r: 0.909, codes: 0.866 },
    holdout22: { elements: 0.935, p: 0.74, r: 0.909, codes: 0.866 },
    holdout23: { elements: 0.812, p: 0.863, r: 0.863, codes: 0.866 },
    holdout24: { elements: 0.929, p: 0.84, r: 1, codes: 0.9 },
    holdout25: { elements: 0.919, p: 0.884, r: 1, codes: 1 },
    holdout26: { elements: 0.959, p: 0.956, r: 1, codes: 1 },
    holdout27: { elements: 0.857, p: 0.821, r: 0.92, codes: 0.866 },
    holdout28: { elements: 0.921, p: 0.9, r: 0.947, codes: 0.933 },
    holdout29: { elements: 0.835, p: 0.818, r: 0.818, codes: 0.9 },
    holdout30: { elements: 0.986, p: 0.916, r: 1, codes: 0.966 },
    holdout31: { elements: 0.95, p: 0.961, r: 1, codes: 0.966 },
    holdout32: { elements: 0.898, p: 0.833, r: 0.952, codes: 0.933 },
    holdout33: { elements: 0.833, p: 0.666, r: 0.952, codes: 0.766 },
    holdout34: { elements: 0.95, p: 0.909, r: 0.952, codes: 0.966 },
    holdout35: { elements: 0.939, p: 0.954, r: 0.954, codes: 0.933 },
    holdout36: { elements: 0.952, p: 0.954, r: 0.954, codes: 0.966 },
    holdout37: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout38: { elements: 0.965, p: 0.92, r: 1, codes: 1 },
    holdout39: { elements: 0.992, p: 0.954, r: 1, codes: 1 },
    holdout41: { elements: 0.979, p: 1, r: 1, codes: 1 },
    holdout42: { elements: 0.932, p: 1, r: 0.954, codes: 0.966 },
    holdout43: { elements: 0.913, p: 0.88, r: 0.956, codes: 0.9 },
    holdout44: { elements: 0.937, p: 0.92, r: 1, codes: 0.966 },
    holdout45: { elements: 0.939, p: 0.916, r: 1, codes: 1 },
    holdout46: { elements: 0.714, p: 0.761, r: 0.727, codes: 0.8 },
    holdout47: { elements: 0.972, p: 1, r: 1, codes: 1 },
    holdout48: { elements: 0.932, p: 0.84, r: 0.954, codes: 0.866 },
    holdout49: { elements: 0.931, p: 1, r: 0.958, codes: 0.966 },
    holdout50: { elements: 0.89, p: 1, r: 0.916, codes: 0.966 },
    holdout51: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout52: { elements: 0.85, p: 0.913, r: 0.913, codes: 0.9 },
    holdout53: { elements: 0.85, p: 0.958, r: 0.958, codes: 0.933 },
    holdout54: { elements: 0.932, p: 0.954, r: 0.954, codes: 0.966 },
    holdout55: { elements: 0.979, p: 0.956, r: 1, codes: 1 },
    holdout56: { elements: 0.816, p: 0.904, r: 0.826, codes: 0.866 },
    holdout57: { elements: 0.735, p: 0.84, r: 0.807, codes: 0.833 },
    holdout58: { elements: 0.893, p: 0.954, r: 0.954, codes: 0.966 },
    holdout59: { elements: 0.851, p: 0.84, r: 0.954, codes: 0.866 },
    holdout60: { elements: 0.9, p: 0.909, r: 0.909, codes: 0.966 },
    holdout61: { elements: 0.84, p: 0.7, r: 0.954, codes: 0.833 },
    holdout62: { elements: 0.851, p: 0.863, r: 0.863, codes: 0.9 },
    holdout63: { elements: 0.831, p: 0.952, r: 0.909, codes: 0.9 },
    holdout64: { elements: 0.928, p: 1, r: 0.954, codes: 0.966 },
    holdout65: { elements: 0.783, p: 0.76, r: 0.904, codes: 0.833 },
    holdout66: { elements: 0.773, p: 0.8, r: 0.869, codes: 0.833 },
    holdout67: { elements: 0.931, p: 1, r: 0.96, codes: 0.966 },
    holdout68: { elements: 0.993, p: 0.956, r: 1, codes: 1 },
    holdout69: { elements: 0.857, p: 0.952, r: 0.909, codes: 0.933 },
    holdout70: { elements: 0.976, p: 0.937, r: 0.967, codes: 0.933 },
    holdout71: { elements: 0.766, p: 0.947, r: 0.782, codes: 0.833 },
    holdout72: { elements: 0.891, p: 0.869, r: 0.909, codes: 0.933 },
    holdout73: { elements: 0.868, p: 0.92, r: 0.958, codes: 0.933 },
    holdout74: { elements: 0.903, p: 0.875, r: 0.954, codes: 0.966 },
    holdout75: { elements: 0.872, p: 0.952, r: 0.909, codes: 0.933 },
    holdout76: { elements: 0.913, p: 0.724, r: 0.954, codes: 0.833 },
    holdout77: { elements: 0.932, p: 0.916, r: 0.956, codes: 0.933 },
    holdout78: { elements: 0.912, p: 0.913, r: 0.875, codes: 0.966 },
    holdout79: { elements: 0.829, p: 0.952, r: 0.909, codes: 0.933 },
    holdout80: { elements: 0.918, p: 0.92, r: 0.958, codes: 0.966 },
    holdout81: { elements: 0.945, p: 1, r: 0.954, codes: 0.966 },
    holdout82: { elements: 0.804, p: 0.9, r: 0.818, codes: 0.9 },
    holdout83: { elements: 0.785, p: 0.826, r: 0.826, codes: 0.866 },
    holdout84: { elements: 0.986, p: 1, r: 0.956, codes: 1 },
    holdout85: { elements: 0.913, p: 0.846, r: 1, codes: 0.933 },
    holdout86: { elements: 0.964, p: 0.785, r: 1, codes: 0.966 },
    holdout87: { elements: 0.915, p: 0.884, r: 1, codes: 1 },
    holdout88: { elements: 0.775, p: 0.76, r: 0.863, codes: 0.8 },
    holdout89: { elements: 0.939, p: 1, r: 0.956, codes: 0.966 },
    holdout90: { elements: 0.938, p: 0.913, r: 1, codes: 0.966 },
    holdout91: { elements: 0.971, p: 0.913, r: 1, codes: 0.966 },
    holdout92: { elements: 0.945, p: 0.958, r: 1, codes: 0.966 },
    holdout93: { elements: 0.714, p: 0.857, r: 0.782, codes: 0.8 },
    holdout94: { elements: 0.935, p: 0.954, r: 0.954, codes: 0.933 },
    holdout95: { elements: 0.739, p: 0.785, r: 0.785, codes: 0.733 },
    holdout96: { elements: 0.938, p: 0.884, r: 1, codes: 0.9 },
    holdout97: { elements: 0.779, p: 0.95, r: 0.863, codes: 0.866 },
    holdout98: { elements: 0.88, p: 0.785, r: 0.956, codes: 0.866 },
    holdout99: { elements: 0.916, p: 0.84, r: 0.954, codes: 0.933 },
    holdout100: { elements: 0.961, p: 0.916, r: 0.956, codes: 1 },
    holdout101: { elements: 0.777, p: 0.791, r: 0.904, codes: 0.9 },
    holdout102: { elements: 0.82, p: 0.863, r: 0.863, codes: 0.833 },
    holdout103: { elements: 0.908, p: 1, r: 0.913, codes: 0.966 },
    holdout104: { elements: 0.891, p: 0.95, r: 0.904, codes: 0.9 },
    holdout105: { elements: 0.941, p: 0.956, r: 1, codes: 1 },
    holdout106: { elements: 0.857, p: 1, r: 0.869, codes: 0.933 },
    holdout107: { elements: 0.87, p: 0.913, r: 1, codes: 0.933 },
    holdout108: { elements: 0.961, p: 0.92, r: 1, codes: 0.933 },
    holdout109: { elements: 0.654, p: 0.708, r: 0.739, codes: 0.7 },
    holdout110: { elements: 0.956, p: 0.88, r: 1, codes: 0.933 },
    holdout111: { elements: 0.942, p: 1, r: 0.954, codes: 0.966 },
    holdout112: { elements: 0.872, p: 0.863, r: 0.904, codes: 0.866 },
    holdout113: { elements: 0.966, p: 0.913, r: 1, codes: 0.966 },
    holdout114: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout115: { elements: 0.787, p: 0.85, r: 0.809, codes: 0.933 },
    holdout116: { elements: 0.986, p: 0.956, r: 1, codes: 0.966 },
    holdout117: { elements: 0.909, p: 0.863, r: 0.904, codes: 0.866 },
    holdout118: { elements: 0.966, p: 0.954, r: 0.954, codes: 0.966 },
    holdout119: { elements: 0.986, p: 0.916, r: 1, codes: 0.966 },
    holdout120: { elements: 0.977, p: 0.909, r: 0.952, codes: 0.933 },
    holdout121: { elements: 0.888, p: 0.875, r: 0.913, codes: 0.9 },
    holdout122: { elements: 0.936, p: 0.909, r: 0.952, codes: 0.933 },
    holdout123: { elements: 0.979, p: 1, r: 1, codes: 1 },
    holdout124: { elements: 0.931, p: 1, r: 0.954, codes: 0.966 },
    holdout125: { elements: 0.98, p: 0.956, r: 1, codes: 1 },
    holdout126: { elements: 0.911, p: 0.954, r: 0.954, codes: 0.933 },
    holdout127: { elements: 0.9, p: 1, r: 0.904, codes: 0.933 },
    holdout128: { elements: 0.986, p: 0.956, r: 1, codes: 1 },
    holdout129: { elements: 0.921, p: 1, r: 0.952, codes: 0.966 },
    holdout130: { elements: 0.985, p: 1, r: 1, codes: 1 },
    holdout131: { elements: 0.986, p: 0.956, r: 1, codes: 1 },
    holdout132: { elements: 0.961, p: 1, r: 0.962, codes: 0.966 },
    holdout133: { elements: 0.986, p: 0.958, r: 1, codes: 0.966 },
    holdout134: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout135: { elements: 0.987, p: 1, r: 1, codes: 1 },
    holdout136: { elements: 0.965, p: 1, r: 1, codes: 1 },
    holdout137: { elements: 0.987, p: 1, r: 1, codes: 1 },
    holdout138: { elements: 0.946, p: 0.954, r: 0.954, codes: 0.966 },
    holdout139: { elements: 0.986, p: 1, r: 1, codes: 1 },
    holdout140: { elements: 0.968, p: 1, r: 1, codes: 1 },
    holdout141: { elements: 0.986, p: 1, r: 1, codes: 1 },
    holdout142: { elements: 0.941, p: 0.958, r: 1, codes: 0.966 },
    holdout143: { elements: 0.872, p: 1, r: 0.863, codes: 0.933 },
    holdout144: { elements: 0.993, p: 1, r: 1, codes: 1 },
    holdout145: { elements: 0.945, p: 1, r: 0.956, codes: 0.966 },
    holdout146: { elements: 0.915, p: 0.954, r: 0.954, codes: 0.966 },
    holdout147: { elements: 0.952, p: 0.956, r: 0.956, codes: 0.966 },
    holdout148: { elements: 0.959, p: 0.909, r: 0.952, codes: 0.966 },
    holdout149: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout150: { elements: 0.958, p: 0.851, r: 1, codes: 0.966 },
    holdout151: { elements: 0.944, p: 0.851, r: 1, codes: 0.933 },
    holdout152: { elements: 0.896, p: 0.956, r: 0.916, codes: 0.933 },
    holdout153: { elements: 0.986, p: 1, r: 1, codes: 1 },
    holdout154: { elements: 0.808, p: 0.875, r: 0.913, codes: 0.866 },
    holdout155: { elements: 0.992, p: 1, r: 1, codes: 1 },
    holdout156: { elements: 0.981, p: 0.92, r: 1, codes: 0.966 },
    holdout157: { elements: 0.977, p: 0.904, r: 0.904, codes: 0.933 },
    holdout158: { elements: 1, p: 0.958, r: 1, codes: 0.966 },
    holdout159: { elements: 0.922, p: 0.777, r: 0.954, codes: 0.9 },
    holdout160: { elements: 0.893, p: 0.769, r: 0.952, codes: 0.966 },
    holdout161: { elements: 0.884, p: 0.785, r: 1, codes: 0.966 },
    holdout162: { elements: 0.716, p: 0.882, r: 0.714, codes: 0.833 },
    holdout163: { elements: 0.889, p: 0.952, r: 0.909, codes: 0.933 },
    holdout164: { elements: 0.934, p: 0.846, r: 0.956, codes: 0.966 },
    holdout165: { elements: 0.915, p: 0.916, r: 0.956, codes: 0.933 },
    holdout166: { elements: 0.992, p: 0.875, r: 1, codes: 0.933 },
    holdout167: { elements: 0.818, p: 0.904, r: 0.826, codes: 0.866 },
    holdout168: { elements: 0.918, p: 0.956, r: 1, codes: 1 },
    holdout169: { elements: 0.959, p: 1, r: 1, codes: 1 },
    holdout170: { elements: 0.986, p: 0.913, r: 1, codes: 0.966 },
    holdout171: { elements: 0.766, p: 0.818, r: 0.818, codes: 0.833 },
    holdout172: { elements: 0.98, p: 0.916, r: 1, codes: 0.966 },
    holdout173: { elements: 0.95, p: 0.814, r: 1, codes: 1 },
    holdout174: { elements: 0.941, p: 0.916, r: 0.956, codes: 0.966 },
    holdout175: { elements: 0.857, p: 0.785, r: 0.956, codes: 0.833 },
    holdout176: { elements: 0.958, p: 0.96, r: 1, codes: 0.966 },
    holdout177: { elements: 0.883, p: 0.913, r: 0.913, codes: 0.866 },
    holdout178: { elements: 0.993, p: 0.92, r: 1, codes: 0.966 },
    holdout179: { elements: 0.948, p: 0.916, r: 1, codes: 0.966 },
    holdout180: { elements: 0.945, p: 0.928, r: 0.962, codes: 1 },
    holdout181: { elements: 0.898, p: 0.84, r: 0.954, codes: 0.966 },
    holdout182: { elements: 0.993, p: 1, r: 1, codes: 1 },
    holdout183: { elements: 0.825, p: 0.904, r: 0.863, codes: 0.9 },
    holdout184: { elements: 0.974, p: 0.88, r: 1, codes: 1 },
    holdout185: { elements: 0.79, p: 0.656, r: 0.913, codes: 0.766 },
    holdout186: { elements: 0.979, p: 1, r: 1, codes: 1 },
    holdout187: { elements: 0.979, p: 0.958, r: 1, codes: 0.966 },
    holdout188: { elements: 0.987, p: 0.92, r: 1, codes: 1 },
    holdout189: { elements: 0.945, p: 1, r: 1, codes: 1 },
    holdout190: { elements: 0.941, p: 1, r: 0.956, codes: 0.966 },
    holdout191: { elements: 0.961, p: 1, r: 1, codes: 1 },
    holdout192: { elements: 0.939, p: 1, r: 0.954, codes: 0.966 },
    holdout193: { elements: 0.925, p: 0.793, r: 1, codes: 0.833 },
    holdout194: { elements: 0.954, p: 1, r: 0.956, codes: 0.966 },
    holdout195: { elements: 0.902, p: 1, r: 0.913, codes: 0.933 },
    holdout196: { elements: 0.986, p: 0.956, r: 1, codes: 1 },
    holdout197: { elements: 0.959, p: 0.954, r: 0.954, codes: 0.966 },
    holdout198: { elements: 0.986, p: 1, r: 1, codes: 1 },
    holdout199: { elements: 0.993, p: 0.958, r: 1, codes: 1 },
    holdout200: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout201: { elements: 0.974, p: 0.958, r: 1, codes: 1 },
    holdout202: { elements: 0.986, p: 1, r: 1, codes: 1 },
    holdout203: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout204: { elements: 0.95, p: 0.954, r: 0.954, codes: 0.966 },
    // (holdout205: 0.912 at first run; 0.904 once two of its context notes lost a false removal event, so their null
    // result, whose all-fail statuses had matched, is no longer compared: see docs/accuracy-log.md, stop 23)
    holdout205: { elements: 0.904, p: 0.814, r: 0.956, codes: 0.9 },
    holdout206: { elements: 0.993, p: 1, r: 1, codes: 1 },
    holdout207: { elements: 0.993, p: 1, r: 1, codes: 1 },
    holdout208: { elements: 0.948, p: 0.954, r: 0.954, codes: 0.966 },
    holdout209: { elements: 0.993, p: 0.956, r: 1, codes: 0.966 },
    holdout210: { elements: 0.948, p: 0.916, r: 0.956, codes: 0.966 },
    holdout211: { elements: 0.972, p: 0.956, r: 1, codes: 1 },
    holdout212: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout213: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout214: { elements: 0.954, p: 0.846, r: 1, codes: 0.933 },
    holdout215: { elements: 0.98, p: 0.958, r: 1, codes: 0.966 },
    holdout216: { elements: 0.939, p: 0.954, r: 0.954, codes: 0.966 },
    holdout217: { elements: 0.845, p: 0.875, r: 0.913, codes: 0.9 },
    holdout218: { elements: 0.948, p: 1, r: 0.956, codes: 0.966 },
    holdout219: { elements: 0.964, p: 0.956, r: 1, codes: 0.966 },
    holdout220: { elements: 0.952, p: 0.956, r: 0.956, codes: 0.966 },
    holdout221: { elements: 0.954, p: 0.846, r: 0.956, codes: 0.9 },
    holdout222: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout223: { elements: 0.909, p: 1, r: 0.913, codes: 0.933 },
    holdout224: { elements: 1, p: 0.958, r: 1, codes: 1 },
    holdout225: { elements: 0.897, p: 1, r: 0.909, codes: 0.933 },
    holdout226: { elements: 0.966, p: 1, r: 1, codes: 1 },
    holdout227: { elements: 0.965, p: 0.956, r: 1, codes: 1 },
    holdout228: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout229: { elements: 0.987, p: 0.956, r: 1, codes: 1 },
    holdout230: { elements: 0.945, p: 0.954, r: 0.954, codes: 0.966 },
    holdout231: { elements: 0.948, p: 0.916, r: 0.956, codes: 0.933 },
    holdout232: { elements: 0.961, p: 1, r: 1, codes: 1 },
    holdout233: { elements: 0.993, p: 0.956, r: 1, codes: 1 },
    holdout234: { elements: 0.981, p: 0.92, r: 1, codes: 1 },
    holdout235: { elements: 0.945, p: 1, r: 0.954, codes: 1 },
    holdout236: { elements: 0.98, p: 1, r: 1, codes: 1 },
    holdout237: { elements: 1, p: 1, r: 1, codes: 1 },
    holdout238: { elements: 0.986, p: 1, r: 1, codes: 1 },
    holdout239: { elements: 0.993, p: 0.958, r: 1, codes: 1 },
    holdout240: { elements: 0.987, p: 0.958, r: 1, codes: 0.966 },
    holdout241: { elements: 0.909, p: 1, r: 0.913, codes: 0.933 },
    holdout40: { elements: 0.904, p: 0.875, r: 0.954, codes: 0.9 },
  };

  it('every blind held-out set stays at or above its first blind run', () => {
    const sets = Object.entries(r.holdouts as Record<string, { notes: number; elementAccuracy: number; suggestedCodesAccuracy: number; devices: { tp: number; fp: number; fn: number } }>);
    expect(sets.length).toBeGreaterThanOrEqual(9);
    for (const [name, h] of sets) {
      const floor = FIRST_RUN[name] ?? { elements: 0.9, p: 0.85, r: 0.85, codes: 0.85 };
      expect(h.notes, name).toBeGreaterThanOrEqual(20);
      expect(h.elementAccuracy, `${name} element statuses`).toBeGreaterThanOrEqual(floor.elements);
      expect(prf(h.devices).p, `${name} device precision`).toBeGreaterThanOrEqual(floor.p);
      expect(prf(h.devices).r, `${name} device recall`).toBeGreaterThanOrEqual(floor.r);
      expect(h.suggestedCodesAccuracy, `${name} codes`).toBeGreaterThanOrEqual(floor.codes);
    }
  });

  it('the sets written for issue 8 get no false pass (a claim that would go out and be denied)', () => {
    // note-verdict floors: the sets' first blind runs (holdout7 after its fixes); holdout67 is left out: two of its
    // coated-nail size labels follow this team's brief, not the fixtures README (docs/accuracy-log.md, stop 19), and
    // one of them is a false pass once the note's other elements are read right
    // holdout78 is left out too (stop 21): its elbow check-box note labels drug doses beside a blank "Amount / number:
    // ____" field a quantity fail, while holdout112's author labels the same pattern a pass ("the drug doses count as
    // material amounts"); the checker follows the latter, and the note became a false pass once its carrier was read
    const notes: Record<string, number> = { holdout7: 0.93, holdout8: 0.93, holdout9: 0.93, holdout10: 0.843, holdout11: 0.937, holdout15: 1, holdout16: 1, holdout20: 0.966, holdout21: 0.933, holdout22: 0.933, holdout23: 0.866, holdout26: 0.933, holdout27: 1, holdout29: 0.866, holdout31: 0.833, holdout34: 0.966, holdout35: 0.933, holdout36: 0.966, holdout37: 1, holdout38: 0.966, holdout39: 1, holdout40: 0.933, holdout41: 0.933, holdout42: 0.933, holdout44: 0.933, holdout45: 0.9, holdout51: 1, holdout54: 0.933, holdout55: 0.966, holdout56: 0.933, holdout60: 0.966, holdout61: 0.833, holdout62: 0.866, holdout63: 0.9, holdout64: 0.966, holdout68: 1, holdout69: 0.9, holdout71: 0.866, holdout72: 0.966, holdout75: 0.866, holdout76: 0.833, holdout79: 0.833, holdout82: 0.966, holdout83: 0.833, holdout84: 0.966, holdout87: 0.966, holdout88: 0.866, holdout89: 0.966, holdout90: 0.966, holdout91: 0.966, holdout92: 1, holdout94: 0.9, holdout95: 0.766, holdout96: 0.866, holdout97: 0.8, holdout99: 0.9, holdout102: 0.866, holdout103: 0.933, holdout104: 0.933, holdout106: 1, holdout108: 0.9, holdout110: 0.866, holdout111: 0.966, holdout112: 0.9, holdout114: 1, holdout115: 0.933, holdout118: 0.9, holdout119: 1, holdout122: 0.933, holdout123: 0.966, holdout125: 0.966, holdout127: 0.933, holdout129: 0.966, holdout131: 1, holdout132: 1, holdout133: 1, holdout134: 1, holdout135: 0.966, holdout137: 1, holdout138: 0.966, holdout140: 0.933, holdout143: 0.933, holdout144: 1, holdout145: 0.966, holdout146: 0.966, holdout147: 0.966, holdout148: 0.966, holdout149: 1, holdout151: 0.966, holdout152: 0.966, holdout153: 0.966, holdout155: 1, holdout156: 1, holdout158: 0.966, holdout159: 0.9, holdout161: 0.866, holdout162: 0.866, holdout163: 0.966, holdout165: 0.933, holdout166: 1, holdout167: 0.866, holdout168: 1, holdout170: 0.966, holdout172: 1, holdout173: 0.966, holdout175: 0.866, holdout176: 0.966, holdout177: 0.9, holdout178: 1, holdout179: 0.933, holdout180: 0.933, holdout182: 1, holdout183: 0.9, holdout188: 1, holdout189: 0.9, holdout190: 0.966, holdout191: 0.966, holdout192: 0.933, holdout194: 1, holdout196: 1, holdout197: 0.966, holdout198: 1, holdout199: 1, holdout200: 1, holdout202: 1, holdout203: 1, holdout204: 1, holdout205: 0.9, holdout206: 1, holdout207: 1, holdout209: 0.966, holdout212: 1, holdout213: 1, holdout214: 0.933, holdout215: 0.966, holdout216: 0.966, holdout218: 0.933, holdout219: 0.933, holdout220: 0.966, holdout221: 0.933, holdout222: 1, holdout223: 0.966, holdout224: 1, holdout225: 0.933, holdout226: 0.933, holdout228: 1, holdout229: 1, holdout231: 0.966, holdout232: 0.933, holdout233: 1, holdout234: 0.966, holdout235: 0.966, holdout236: 0.933, holdout237: 1, holdout238: 0.966, holdout239: 1, holdout240: 0.966, holdout241: 0.933 };
    for (const [name, floor] of Object.entries(notes)) {
      const h = (r.holdouts as Record<string, { verdicts: { falsePass: number }; noteAccuracy: number }>)[name]!;
      expect(h.verdicts.falsePass, name).toBe(0);
      expect(h.noteAccuracy, name).toBeGreaterThanOrEqual(floor);
    }
  });

  it('real MTSamples notes: no device event on the notes that place or remove none', () => {
    if (r.real.skipped) return; // ../shared is not there (outside this workplace)
    expect(r.real.notes).toBe(72);
    expect(r.real.falseEvents).toBe(0);
    expect(prf(r.real).r).toBeGreaterThanOrEqual(0.85);
  });
});
