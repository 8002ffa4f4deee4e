#!/usr/bin/env node
/**
 * Seeded synthetic operative-note generator for the benchmark (and for smoke tests on volume).
 *
 *   node scripts/gen-corpus.mjs --out .bench/corpus --count 10000 --seed 42
 *
 * Deterministic: the same seed and count give byte-identical files. Notes are invented (no patient data),
 * 1–6 KB, built from section templates with varied phrasing and layouts (CAPS headers, title-case headers,
 * run-on exports, CRLF). About 10% describe a hand-made antibiotic drug-delivery device (cement beads,
 * a cement rod or a coated nail in the intramedullary canal, some beads below the fascia, calcium sulfate
 * pellets); the rest are ordinary orthopaedic and general-surgery operations, some of which mention
 * antibiotics or cement in passing (IV antibiotics, cemented arthroplasty) as realistic distractors.
 *
 * Writes note-000001.txt ... and manifest.json ({ seed, count, devices, bytes, generator }).
 */
import { mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const GENERATOR_VERSION = 1;

/** mulberry32: tiny, fast, good enough for synthetic text. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seed) {
  const r = mulberry32(seed);
  const api = {
    float: r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    /** A few distinct items, in their original order. */
    some: (arr, lo, hi) => {
      const n = Math.min(arr.length, api.int(lo, hi));
      const idx = [...arr.keys()];
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      idx.length = n;
      idx.sort((a, b) => a - b);
      return idx.map((i) => arr[i]);
    },
  };
  return api;
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

const SIDES = ['right', 'left'];
const SEX = [['man', 'He'], ['woman', 'She']];
const ANESTHESIA = ['General endotracheal anesthesia.', 'General anesthesia with LMA.', 'Spinal anesthesia with sedation.', 'Regional block with monitored anesthesia care.', 'General.'];
const SURGEONS = ['Dr. A. Smith', 'Dr. Patel', 'Dr. M. Okafor', 'Dr. Lindqvist', 'Dr. R. Chen, MD', 'Dr. Alvarez'];
const ASSISTS = ['Dr. Brown (resident)', 'J. Kim, PA-C', 'None.', 'Dr. Novak, fellow', 'S. Rivera, RNFA'];
const PREP = [
  'The patient was brought to the operating room and placed supine on the table. After induction of anesthesia, the {field} was prepped and draped in the usual sterile fashion.',
  'The patient was identified in the holding area, the operative site was marked, and {pronoun_l} was taken to the OR. A surgical time-out was performed confirming patient, site and procedure.',
  'After adequate anesthesia the patient was positioned {position}. All bony prominences were well padded. Chlorhexidine prep and sterile draping followed.',
  'Preoperative antibiotics were held until cultures were obtained. The {field} was prepped with ChloraPrep and draped free. Time-out was completed with all members of the team in agreement.',
  'The patient received 2 g of cefazolin IV within 60 minutes of incision. Sequential compression devices were placed on the contralateral leg. The field was prepped and draped sterilely.',
];
const CLOSE = [
  'The wound was irrigated with {irr} L of normal saline. The fascia was closed with 0 Vicryl, the subcutaneous tissue with 2-0 Vicryl and the skin with staples. A sterile dressing was applied.',
  'Hemostasis was obtained with electrocautery. The wound was closed in layers with absorbable suture and the skin reapproximated with 3-0 nylon. Xeroform, gauze and an ACE wrap were applied.',
  'Final fluoroscopic images were saved. The incisions were irrigated and closed in layers. A well-padded splint was applied.',
  'Counts were correct times two. The skin was closed with a running subcuticular 4-0 Monocryl and Dermabond. The patient tolerated the procedure well.',
  'A 10 French drain was placed and secured. Closure was performed in layers. Sterile dressings were applied and the patient was awakened and taken to PACU in stable condition.',
];
const POSTOP = [
  'Weight bearing as tolerated. Follow up in clinic in 2 weeks for wound check.',
  'Non-weight bearing on the operative extremity. DVT prophylaxis with enoxaparin. Follow-up in 10 to 14 days.',
  'Continue IV antibiotics per infectious disease recommendations pending final cultures. Physical therapy to evaluate.',
  'Discharge home when tolerating diet and pain controlled on oral medication.',
  'Admit to the floor. Pain control, incentive spirometry, early ambulation.',
];

/** Slot-filled detail sentences: the bulk of longer notes, varied enough not to repeat verbatim. */
const D_SUBJ = ['The wound edges', 'The periosteum', 'The subcutaneous tissue', 'The deep fascia', 'The muscle belly', 'The neurovascular bundle', 'The capsule', 'The soft-tissue envelope', 'The surrounding tissue', 'The field'];
const D_VERB = ['was inspected', 'was retracted', 'was protected', 'was elevated', 'was irrigated', 'was assessed', 'was dissected', 'was mobilized', 'was cauterized', 'was examined'];
const D_HOW = ['with a Cobb elevator', 'with Senn retractors', 'bluntly', 'with a moist sponge', 'under loupe magnification', 'with bipolar cautery', 'with a Freer', 'carefully', 'with a self-retaining retractor', 'with pulsed lavage'];
const D_WHY = ['to improve exposure', 'to allow safe passage of instruments', 'before proceeding', 'and found to be healthy', 'without difficulty', 'to limit blood loss', 'and was noted to be intact', 'to prevent injury', 'as needed', 'throughout the case'];
const D_OTHER = [
  'Blood pressure was maintained within 20% of baseline by the anesthesia team.',
  'The tourniquet was {tq} at {mmhg} mmHg for {min} minutes.',
  'Additional local anesthetic, {ml} mL of 0.25% bupivacaine, was infiltrated.',
  'Images in two planes were obtained and reviewed.',
  'The position of the patient was rechecked and all pressure points remained padded.',
  'Irrigation was repeated with {irr2} L of saline.',
  'The scrub nurse confirmed that all instruments were accounted for.',
  'Bleeding points were controlled with electrocautery and Surgiflo.',
  'The team paused to review the plan before the next step.',
  'A sample of tissue was sent to pathology labelled as specimen {spec}.',
];

function detailParagraph(rng) {
  const n = rng.int(3, 6);
  const out = [];
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.35)) {
      out.push(fill(rng.pick(D_OTHER), { tq: rng.pick(['inflated', 'let down', 'released']), mmhg: rng.pick([250, 275, 300]), min: rng.int(20, 110), ml: rng.int(5, 30), irr2: rng.int(1, 3), spec: rng.pick(['A', 'B', 'C', '1', '2']) }));
    } else {
      out.push(`${rng.pick(D_SUBJ)} ${rng.pick(D_VERB)} ${rng.pick(D_HOW)} ${rng.pick(D_WHY)}.`);
    }
  }
  return out.join(' ');
}

/** Ordinary operations: [diagnosis, procedure, CPT, limb or region, body paragraphs]. */
const ORDINARY = [
  ['Displaced bimalleolar ankle fracture', 'Open reduction and internal fixation of bimalleolar ankle fracture', '27814', 'ankle', [
    'A lateral incision was made over the fibula. The fracture was exposed, hematoma evacuated and the fracture reduced with a pointed reduction clamp. A lag screw was placed followed by a 7-hole one-third tubular plate.',
    'A medial incision was made over the medial malleolus. The fracture was cleaned of interposed periosteum, reduced and fixed with two 4.0 mm partially threaded cannulated screws. Stress views showed a stable mortise.',
  ]],
  ['Right hip osteoarthritis', 'Total hip arthroplasty', '27130', 'hip', [
    'A posterior approach was used. The short external rotators were tagged and released. The femoral neck was osteotomized and the head removed. The acetabulum was reamed to 54 mm and a 54 mm cup press-fit with one screw.',
    'The femur was broached to a size 12 and a trial reduction performed. Leg lengths and stability were satisfactory. The final uncemented stem and a 36 mm ceramic head were impacted. The capsule and rotators were repaired through drill holes.',
  ]],
  ['Tricompartmental osteoarthritis of the knee', 'Total knee arthroplasty', '27447', 'knee', [
    'A midline incision and medial parapatellar arthrotomy were made. Osteophytes were removed. The distal femur and proximal tibia were cut with standard guides and the flexion and extension gaps balanced.',
    'The components were cemented in place with one batch of bone cement, and excess cement was removed. A polyethylene insert was placed and the knee taken through range of motion with good patellar tracking.',
  ]],
  ['Closed midshaft femur fracture', 'Intramedullary nailing of femoral shaft fracture', '27506', 'thigh', [
    'A small incision was made proximal to the greater trochanter. A guide wire was passed across the reduced fracture and the canal was reamed to 12.5 mm. An 11 mm by 400 mm statically locked nail was inserted.',
    'Two distal interlocking screws were placed using the perfect-circle technique and a proximal screw through the jig. Rotation and length were confirmed against the contralateral side.',
  ]],
  ['Carpal tunnel syndrome', 'Open carpal tunnel release', '64721', 'wrist', [
    'A 3 cm longitudinal incision was made in line with the radial border of the ring finger. The palmar fascia was divided and the transverse carpal ligament released completely under direct vision.',
  ]],
  ['Full-thickness rotator cuff tear', 'Arthroscopic rotator cuff repair', '29827', 'shoulder', [
    'Standard posterior, anterior and lateral portals were established. The supraspinatus tear measured 2 cm and was mobilized. Two suture anchors were placed in a double-row configuration with good footprint coverage.',
    'A subacromial decompression was performed with a burr. The biceps tendon was inspected and found intact.',
  ]],
  ['Acute calculous cholecystitis', 'Laparoscopic cholecystectomy', '47562', 'abdomen', [
    'Pneumoperitoneum was established through a Hasson technique at the umbilicus. Three additional 5 mm ports were placed. The gallbladder was retracted cephalad and the critical view of safety obtained.',
    'The cystic duct and artery were clipped and divided. The gallbladder was removed from the liver bed with electrocautery and extracted in a bag. The liver bed was hemostatic.',
  ]],
  ['Acute appendicitis', 'Laparoscopic appendectomy', '44970', 'abdomen', [
    'The appendix was identified, inflamed but not perforated. The mesoappendix was divided with a harmonic scalpel and the base stapled with an endoscopic stapler.',
  ]],
  ['Right inguinal hernia', 'Open inguinal hernia repair with mesh', '49505', 'groin', [
    'An oblique incision was made and the external oblique aponeurosis opened. The cord was isolated and an indirect sac dissected to the internal ring and reduced. A polypropylene mesh was sutured in a Lichtenstein fashion.',
  ]],
  ['Sigmoid diverticulitis with recurrent episodes', 'Laparoscopic sigmoid colectomy', '44204', 'abdomen', [
    'The sigmoid colon was mobilized along the white line of Toldt, the ureter identified and protected. The mesentery was divided with a vessel sealer. The colon was transected distally with a stapler and the specimen exteriorized.',
    'A circular stapled anastomosis was fashioned and the leak test was negative. The mesenteric defect was left open.',
  ]],
  ['Abscess of the thigh', 'Incision and drainage of deep abscess', '27301', 'thigh', [
    'A longitudinal incision was made over the area of maximal fluctuance. Purulent material was expressed and sent for culture. Loculations were broken up bluntly and the cavity irrigated. The wound was packed open.',
  ]],
  ['Distal radius fracture', 'Open reduction internal fixation of distal radius', '25607', 'wrist', [
    'A volar Henry approach was used. The pronator quadratus was elevated. The fracture was reduced and held with K-wires, then fixed with a volar locking plate with three proximal and six distal screws.',
  ]],
];

/** Bones and surgical setting for device notes. */
const IM_BONES = [
  ['tibia', 'tibial', 'leg', ['27640', '11012', '20680', '27720']],
  ['femur', 'femoral', 'thigh', ['27360', '11012', '20680', '27470']],
  ['humerus', 'humeral', 'arm', ['23935', '20680', '24430']],
];
const DRUG_MIXES = [
  ['vancomycin 2 g', 'tobramycin 2.4 g'],
  ['1 g of vancomycin', '1.2 g of gentamicin'],
  ['vanc 3 g', 'tobra 3.6 g'],
  ['vancomycin 4 g'],
  ['tobramycin 2.4 g', 'vancomycin 2 g', 'amphotericin B 200 mg'],
];
const CARRIERS = [
  ['one 40 g bag of PMMA bone cement', 'cement', false],
  ['40 g of Palacos bone cement', 'cement', false],
  ['two packs of Simplex cement (80 g)', 'cement', false],
  ['10 cc of Stimulan calcium sulfate', 'calcium sulfate', true],
  ['20 cc of calcium sulfate paste', 'calcium sulfate', true],
];

function deviceBody(rng, bone) {
  const [name, adj] = bone;
  const drugs = rng.pick(DRUG_MIXES);
  const [carrier, carrierWord, absorbable] = rng.pick(CARRIERS);
  const kind = absorbable ? 'pellets' : rng.pick(['beads', 'rod', 'nail', 'beads', 'rod']);
  const mix = rng.pick([
    `On the back table, the surgical team hand-mixed ${carrier} with ${drugs.join(' and ')}.`,
    `${drugs.join(' and ').replace(/^\w/, (c) => c.toUpperCase())} ${drugs.length > 1 ? 'were' : 'was'} mixed by hand into ${carrier} on the back table by the operating surgeon.`,
    `We then prepared an antibiotic construct: ${carrier} was combined with ${drugs.join(', ')} and mixed until doughy.`,
  ]);
  let shape;
  let place;
  let site = 'intramedullary';
  if (kind === 'beads' || kind === 'pellets') {
    const count = rng.int(10, 40);
    const size = rng.pick([5, 6, 7, 8]);
    shape = rng.pick([
      `The cement was rolled into ${count} beads of approximately ${size} mm and strung on a 24-gauge wire.`,
      `Using the bead mold, ${count} ${kind} of ${size} mm were fashioned and allowed to cure.`,
      `The mixture was hand-rolled into ${count} small ${kind}.`,
    ]);
    if (rng.chance(0.25)) {
      site = 'deep';
      place = rng.pick([
        `The ${kind} were placed in the deep soft-tissue dead space beneath the fascia lata after debridement.`,
        `The ${kind} were packed into the subfascial abscess cavity and the fascia closed over them.`,
      ]);
    } else {
      place = rng.pick([
        `The ${kind} were passed into the ${adj} intramedullary canal using a long clamp, filling the reamed canal.`,
        `The ${kind} were then inserted into the medullary canal of the ${name} through the cortical window.`,
        `These were placed within the reamed IM canal of the ${name}.`,
      ]);
    }
  } else if (kind === 'rod') {
    const len = rng.int(20, 40);
    const dia = rng.pick([8, 9, 10, 11, 12]);
    shape = rng.pick([
      `The cement was injected into a ${rng.pick([36, 40])} French chest tube over a 3.0 mm guide wire to mold a rod ${dia} mm in diameter and ${len} cm long; the tube was cut away after curing.`,
      `An antibiotic cement rod measuring ${dia} mm x ${len} cm was molded by hand around a ball-tipped guide wire.`,
    ]);
    place = `The antibiotic rod was inserted into the intramedullary canal of the ${name} under fluoroscopic guidance.`;
  } else {
    const dia = rng.pick([8, 9, 10]);
    shape = rng.pick([
      `A ${dia} mm intramedullary nail was hand-coated with the antibiotic cement using a ${dia + 3} mm chest tube mold.`,
      `The cement was applied by hand over a ${dia} mm nail, creating a uniform antibiotic coating.`,
    ]);
    place = `The coated nail was then inserted into the ${adj} canal and locked proximally and distally.`;
  }
  const removal = absorbable
    ? rng.pick(['', 'The calcium sulfate is absorbable and will not require removal.'])
    : rng.pick([
        `The plan is a second stage in ${rng.int(4, 8)} weeks for removal of the antibiotic ${kind} and definitive reconstruction.`,
        'The patient will return to the operating room for planned removal of the cement and bone grafting.',
        '',
        `Removal of the ${kind} is anticipated at a later date.`,
      ]);
  return { text: [mix, shape, place].join(' '), removal, site, kind, carrierWord };
}

// ---------------------------------------------------------------------------------------------------------
// Layouts

function header(style, title) {
  if (style === 'caps') return `${title.toUpperCase()}:`;
  if (style === 'title') return `${title.replace(/\b\w/g, (c) => c.toUpperCase())}:`;
  return `${title.toUpperCase()}:`;
}

function chooseLayout(rng) {
  return {
    style: rng.pick(['caps', 'caps', 'title', 'runon']),
    title: rng.chance(0.7) ? rng.pick(['OPERATIVE REPORT', 'OPERATIVE NOTE', 'Operative Note', 'PROCEDURE NOTE']) : null,
  };
}

function render({ style, title }, sections) {
  if (style === 'runon') {
    // An export whose newlines were lost: sections run on as "HEADER:, text".
    return sections.map(([h, body]) => `${header('caps', h)}, ${Array.isArray(body) ? body.join(' ') : body.replace(/\n+/g, ' ')}`).join(' ') + '\n';
  }
  const out = [];
  if (title) out.push(title, '');
  for (const [h, body] of sections) {
    if (Array.isArray(body)) {
      out.push(header(style, h));
      body.forEach((b, i) => out.push(`${i + 1}. ${b}`));
    } else if (body.length > 90) {
      out.push(header(style, h), body);
    } else {
      out.push(`${header(style, h)} ${body}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function fill(s, vars) {
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

export function generateNote(rng, withDevice) {
  const side = rng.pick(SIDES);
  const [sex, pronoun] = rng.pick(SEX);
  const age = rng.int(18, 89);
  const vars = { side, pronoun_l: pronoun.toLowerCase() === 'he' ? 'he' : 'she', position: rng.pick(['supine', 'lateral decubitus', 'prone', 'supine on a radiolucent table']), irr: rng.int(1, 9) };
  let diagnosis;
  let procedures;
  let indications;
  let body = [];
  let plan;
  let meta = { device: false };
  if (withDevice) {
    const bone = rng.pick(IM_BONES);
    vars.field = `${side} ${bone[2]}`;
    const primary = rng.pick(bone[3]);
    const dev = deviceBody(rng, bone);
    const primaryText = rng.pick([
      `Irrigation and debridement of ${side} ${bone[0]} osteomyelitis with intramedullary reaming`,
      `Removal of infected ${bone[0]} nail, reaming and debridement of the ${bone[1]} canal`,
      `Sequestrectomy and saucerization, ${side} ${bone[0]}`,
    ]);
    diagnosis = rng.pick([`Chronic osteomyelitis of the ${side} ${bone[0]}`, `Infected nonunion of the ${side} ${bone[0]}`, `Fracture-related infection, ${side} ${bone[0]}`]);
    const codeIt = rng.chance(0.7);
    const addOn = dev.site === 'deep' ? '20700' : '20702';
    procedures = [
      `${primaryText}${codeIt ? ` (CPT ${primary})` : ''}.`,
      `Manual preparation and insertion of antibiotic ${dev.kind === 'nail' ? 'coated nail' : `cement ${dev.kind}`}${codeIt ? ` (${addOn})` : ''}.`,
    ];
    indications = `The patient is a ${age}-year-old ${sex} with ${diagnosis.toLowerCase()} after prior fixation, with a draining sinus and positive cultures. A staged approach with a local antibiotic depot was discussed and consent obtained.`;
    body = [
      fill(rng.pick(PREP), vars),
      `The previous incision was opened and carried down to bone. ${rng.pick(['Purulent fluid was encountered and cultured.', 'Five deep tissue cultures were sent.', 'Necrotic bone was debrided back to bleeding cortex with curettes and a high-speed burr.'])} The canal was reamed sequentially to ${rng.int(11, 14)} mm and irrigated with ${rng.int(6, 9)} L of saline using low-pressure lavage.`,
      dev.text,
      fill(rng.pick(CLOSE), vars),
    ];
    plan = [dev.removal, rng.pick(POSTOP)].filter(Boolean).join(' ');
    meta = { device: true, site: dev.site, kind: dev.kind };
  } else {
    const [dx, proc, code, limb, paras] = rng.pick(ORDINARY);
    vars.field = ['abdomen', 'groin'].includes(limb) ? limb : `${side} ${limb}`;
    diagnosis = dx;
    procedures = [`${proc}${rng.chance(0.6) ? `, CPT ${code}` : ''}.`];
    if (rng.chance(0.2)) procedures.push(rng.pick(['Fluoroscopy, interpreted by surgeon.', 'Examination under anesthesia.', 'Local anesthetic injection.']));
    indications = `The patient is a ${age}-year-old ${sex} with ${dx.toLowerCase()}. ${rng.pick(['Nonoperative management failed.', 'Risks including infection, bleeding, nerve injury and need for further surgery were discussed.', 'The patient elected to proceed after a discussion of alternatives.'])}`;
    body = [fill(rng.pick(PREP), vars), ...rng.some(paras, 1, paras.length), fill(rng.pick(CLOSE), vars)];
    if (rng.chance(0.15)) body.splice(1, 0, 'Antibiotic prophylaxis was redosed at four hours. Vancomycin 1 g IV was given for MRSA colonization.');
    plan = rng.pick(POSTOP);
  }
  // Length variety (1–6 KB): optional extra paragraphs.
  const extras = [
    `Findings: ${rng.pick(['Soft tissues were healthy apart from the sinus tract.', 'Moderate synovitis, no gross purulence.', 'Bone quality was fair.', 'No additional injuries were identified.'])}`,
    `Specimens: ${rng.pick(['Tissue for culture x5 and pathology.', 'None.', 'Bone for pathology.'])}`,
    `Implants: ${rng.pick(['See implant log.', 'None.', 'As documented in the nursing record.'])}`,
    'The attending surgeon was present and scrubbed for the entire procedure.',
    'Sponge, needle and instrument counts were reported correct at the end of the case by the circulating nurse. There were no intraoperative complications. The patient was extubated in the operating room and transported to recovery in stable condition with stable vital signs and adequate pain control.',
    'Fluoroscopy was used throughout the case to confirm position of the instruments and implants; representative images were saved to the permanent record. Total fluoroscopy time was under two minutes.',
  ];
  const sections = [
    ['Date of surgery', `${rng.int(1, 12)}/${rng.int(1, 28)}/20${rng.int(21, 25)}`],
    ['Surgeon', rng.pick(SURGEONS)],
    ['Assistant', rng.pick(ASSISTS)],
    ['Preoperative diagnosis', `${diagnosis}.`],
    ['Postoperative diagnosis', rng.pick(['Same.', `${diagnosis}.`])],
    ['Procedures', procedures],
    ['Anesthesia', rng.pick(ANESTHESIA)],
    ['Estimated blood loss', `${rng.int(5, 60) * 10} mL.`],
    ['Complications', 'None.'],
    ['Indications', indications],
    ['Description of procedure', body.join(rng.chance(0.5) ? '\n\n' : ' ')],
    ...rng.some(extras, 0, 4).map((e) => (e.includes(': ') && e.indexOf(': ') < 12 ? [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 2)] : ['Additional', e])),
    ['Plan', plan],
  ];
  // Length variety (1–6 KB): add detail paragraphs to the description until the target size is reached.
  const target = rng.int(1000, 6000);
  const desc = sections.find(([h]) => h === 'Description of procedure');
  const layout = chooseLayout(rng);
  let text = render(layout, sections);
  for (let guard = 0; Buffer.byteLength(text) < target && guard < 40; guard++) {
    const before = desc[1];
    const paras = before.split('\n\n');
    paras.splice(rng.int(1, Math.max(1, paras.length - 1)), 0, detailParagraph(rng));
    desc[1] = paras.join('\n\n');
    const next = render(layout, sections);
    if (Buffer.byteLength(next) > 6144) {
      desc[1] = before;
      break;
    }
    text = next;
  }
  if (rng.chance(0.1)) text = text.replace(/\n/g, '\r\n');
  return { text, meta };
}

export function generateCorpus({ out, count, seed, quiet = false }) {
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (/^note-\d+\.txt$/.test(f) || f === 'manifest.json') rmSync(join(out, f));
  const rng = makeRng(seed);
  const width = Math.max(6, String(count).length);
  let devices = 0;
  let bytes = 0;
  const sites = {};
  for (let i = 1; i <= count; i++) {
    const withDevice = rng.float() < 0.1;
    const { text, meta } = generateNote(rng, withDevice);
    if (meta.device) {
      devices++;
      sites[meta.site] = (sites[meta.site] ?? 0) + 1;
    }
    bytes += Buffer.byteLength(text);
    writeFileSync(join(out, `note-${String(i).padStart(width, '0')}.txt`), text);
  }
  const manifest = { generator: GENERATOR_VERSION, seed, count, devices, sites, bytes };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (!quiet) process.stderr.write(`gen-corpus: ${count} notes (${devices} with a device), ${(bytes / 1048576).toFixed(1)} MB in ${out}\n`);
  return manifest;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: '.bench/corpus' },
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '42' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: node scripts/gen-corpus.mjs [--out DIR] [--count N] [--seed S]\n');
  } else {
    const count = Number(values.count);
    const seed = Number(values.seed);
    if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
      process.stderr.write('gen-corpus: --count must be a positive integer and --seed an integer\n');
      process.exitCode = 2;
    } else {
      generateCorpus({ out: values.out, count, seed });
    }
  }
}
