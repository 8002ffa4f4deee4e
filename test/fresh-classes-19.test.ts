/**
 * Sentences written fresh for the classes fixed in stop 34: each test names the general pattern, and its notes were
 * written for the test, not taken from a fixture. Every class is also checked in other layouts, since a verdict must
 * not depend on layout. Tests named "(guard)" pass without the change too: they pin what the change must not break.
 */
import { describe, expect, it } from 'vitest';
import { checkNoteAll } from '../src/check.js';
import { el, events } from './helpers/verdicts.js';
import { layouts } from './helpers/layouts.js';

const eventsIn = (note: string, want: string[]) => {
  for (const t of layouts(note)) expect(events(checkNoteAll(t)), t).toEqual(want);
};
const elIn = (note: string, code: string, id: string, want: string) => {
  for (const t of layouts(note)) expect(el(checkNoteAll(t), code, id), t).toBe(want);
};

describe('a telegraphic "X not <participle>" negates its own subject only, not the clause before its comma', () => {
  const note = (line: string) =>
    'OP NOTE - Dr. X\nProcedure: I&D tibial osteomyelitis (11044).\n\n' +
    'Description: Canal reamed, irrigated 9 L. 40 g Palacos + 2 g vanc hand-rolled into 12 beads on wire.\n' +
    `${line}\nBeads out at 6 wk.\n`;
  it('"Beads packed into the tibial canal, cortical window not replaced": the beads were placed', () => {
    eventsIn(note('Beads packed into the tibial canal, cortical window not replaced.'), ['insert:intramedullary']);
  });
  it('"Chain passed down the canal, old nail not found": the chain was placed', () => {
    eventsIn(note('Chain passed down the tibial canal, old locking screw not found.'), ['insert:intramedullary']);
  });
  it('(guard) "Beads not placed in the canal, tibia, or wound": nothing placed', () => {
    eventsIn(note('Beads not placed in the canal, tibia, or wound.'), []);
  });
  it('(guard) "Beads, not placed." takes its device back', () => {
    eventsIn(note('Beads, not placed.'), []);
  });
});

describe('a terse line that opens with how a device was made and sends it by an arrow to a place ("Hand-rolled 22 beads ... -> subfascial cavity") places it', () => {
  const note = (line: string) =>
    'I&D deep R calf abscess (27603): cavity below the fascia, debrided, irrig 6L.\n' + `${line}\nDr. X\n`;
  it('"Hand-rolled 18 beads (40g PMMA + 1g vanc) strung on wire -> subfascial cavity": placed deep', () => {
    eventsIn(note('Hand-rolled 18 beads 6mm (40g PMMA + 1g vanc) strung on wire -> subfascial cavity, fascia closed.'), ['insert:deep']);
  });
  it('"Hand-made rod (Simplex + 2 g vanc) -> R tibial IM canal": placed in the canal', () => {
    eventsIn(note('Hand-made rod 8mm (40 g Simplex + 2 g vanc) over a wire -> R tibial IM canal.'), ['insert:intramedullary']);
  });
  it('(guard) a participle that is no making, "gentle traction reduced the spacer head -> joint", still blocks the fragment', () => {
    eventsIn(note('Gentle traction reduced the old beads -> subfascial cavity.'), []);
  });
});

describe('a plan that sends the device "out at" a named return ("Bead chain out at re-look 2-3 wk") addresses its removal', () => {
  const note = (plan: string) =>
    'I&D deep L thigh abscess (27301): debrided, irrig 6L.\nHand-rolled 20 beads (40g PMMA + 2g vanc) strung on wire -> subfascial cavity, fascia closed.\n' + `${plan}\nDr. X\n`;
  it('"Bead chain out at re-look 2-3 wk" is the staged removal', () => {
    elIn(note('Bead chain out at re-look 2-3 wk.'), '20700', 'staged-removal', 'pass');
  });
  it('"Beads out at the planned second look" is the staged removal', () => {
    elIn(note('Beads out at the planned second look.'), '20700', 'staged-removal', 'pass');
  });
  it('"Beads out during take-back" is the staged removal', () => {
    elIn(note('Beads out during take-back.'), '20700', 'staged-removal', 'pass');
  });
  it('"Drain out at re-look" plans the drain, not the beads', () => {
    elIn(note('Drain out at re-look.'), '20700', 'staged-removal', 'warn');
  });
});

describe('a stage number on the note\'s own first line names the operation the note records, however the line wraps', () => {
  const note = (title: string) =>
    `${title}\nArticulating spacer hand-molded from 2 x 40 g Palacos + 2 g vanc per pack, seated in the L hip joint, stable.\nEBL 500. Reimplant in about 8 wk.\n`;
  it('"Brief op note, Dr. X. L hip stage 1: infected THA explanted, debrided, 9 L irrigation." heads today\'s placement', () => {
    eventsIn(note('Brief op note, Dr. X. L hip stage 1: infected THA explanted, debrided, 9 L irrigation.'), ['insert:intra-articular']);
  });
  it('(guard) "R knee stage one: resection arthroplasty ..." heads today\'s placement', () => {
    eventsIn(note('Op note Dr. X - R knee stage one: resection arthroplasty, synovectomy, washout 9 L.').replace('L hip', 'R knee'), ['insert:intra-articular']);
  });
  it('(guard) a first line that dates its stage, "Stage 1 (3 weeks ago): spacer ...", still tells an earlier operation', () => {
    const t = 'Stage 1 (3 weeks ago): hand-molded vancomycin spacer seated in the L hip joint.\n\nToday: aspiration of the hip only (20610).\n';
    eventsIn(t, []);
  });
});
