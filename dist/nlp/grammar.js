import { lazy, zod } from '../deps.js';
const __schemas = lazy(() => {
    const z = zod();
    const phrases = z.array(z.string().min(1));
    const GrammarSchema = z.strictObject({
        codes: z.strictObject({
            /** Code numbers a primary procedure may have (inclusive ranges of five-digit CPT codes). */
            primaryRanges: z.array(z.tuple([z.number().int(), z.number().int()])).min(1),
            /** Words before a number that mark it as a procedure code ("CPT", "CPT®", "code"). */
            markers: phrases,
            /** Labels of a block or line whose five-digit numbers are codes ("Coding:", "Charges:"). */
            blockLabels: phrases,
            /** Two-character modifiers written after a code ("-RT", "-59", "-XS"). */
            modifiers: phrases,
            /**
             * Letters a scanner's text recognition puts for digits ("2747O", "l1043"), each with its digit: a code written
             * with them is read as the code, when at least `minDigits` of its five characters are digits.
             */
            ocrDigits: z.strictObject({ letters: z.record(z.string().length(1), z.string().regex(/^\d$/)), minDigits: z.number().int().min(1).max(5) }).optional(),
            /** Words before a number that make it something else (a lot, a phone, a record number). */
            notCodeBefore: phrases,
            /** Words after a number that make it a measurement, a date part or an identifier, not a code. */
            notCodeAfter: phrases,
            /** Words in a sentence that name procedures, so that a bare code there is one ("performed", "procedure"). */
            procedureWords: phrases,
        }),
        timeline: z.strictObject({
            serviceLabels: phrases,
            operationWords: phrases,
            numberedOperationWords: phrases.default([]),
            headerFieldLabels: phrases.default([]),
            months: phrases,
            /** Labels of a day counted from admission ("hospital day 4") and words for the day of admission itself. */
            /** Words opening a line of text appended by billing or coding staff (an appeal worksheet, claim lines). */
            appendedWords: phrases,
            appendedHeadings: phrases.default([]),
            /**
             * A document about the note placed before it (a payer's denial, an appeal letter, a pre-bill review sheet): the
             * text before the note's own title line (a line opening with one of `noteTitles`, or a capitals name and a dash
             * before one) documents nothing when it says at least `minCues` different words of `cues`.
             */
            documentBefore: z.strictObject({ noteTitles: phrases, cues: phrases, minCues: z.number().int().positive() }).optional(),
            /**
             * Versions of one note pasted together ("== VERSION 1 ==" / "== VERSION 2 (FINAL) =="): a line opening with one of
             * `words` and a number heads a version; the one whose heading says one of `finalWords` (else the highest number)
             * is the note, and the others document nothing.
             */
            versions: z.strictObject({ words: phrases, finalWords: phrases, superseded: phrases.default([]), superseding: phrases.default([]) }).default({ words: [], finalWords: [], superseded: [], superseding: [] }),
            dayLabels: phrases,
            admissionDayWords: phrases,
            earlierWords: phrases,
            countedFromWords: phrases,
            noticeWords: phrases,
            stageOnlyEarlierWords: phrases,
            templateWords: phrases.default([]),
            laterStageWords: phrases.default([]),
            laterStageTime: z.string().optional(),
            stageEntryWords: phrases.default([]),
            currentStageAfter: phrases.default([]),
            prepositionAfterWords: phrases,
            todayWords: phrases,
            earlierAnchors: phrases,
            /** Participles after which an earlier time dates what they refer to, not the sentence ("the load used at the first stage"). */
            referenceParticiples: phrases.default([]),
            /** Words measuring a time since an earlier event ("nine days after the beads were taken out"). */
            intervalWords: phrases.default([]),
            todayAnchors: phrases,
            planTimeWords: phrases.default([]),
            /** Words that open a procedure-list item naming today's staged procedure ("Planned repeat debridement"). */
            stagedItemWords: phrases,
            correctionWords: phrases,
            attestationWords: phrases,
            /** Labels of a note part's byline ("Author:", "Date:", "Signed:"): a correction's heading goes on over them. */
            bylineLabels: phrases.default([]),
            proseWords: phrases,
            /** Verbs that make a line a clause, never an operation heading ("A new rod was made ... at the first stage:"). */
            clauseVerbs: phrases.default([]),
            headingMaxLength: z.number().int().positive(),
            headingRemarkMaxLength: z.number().int().nonnegative().default(0),
            /** How many lines below a note's title its date-of-service field may stand, in a print of several notes. */
            serviceFieldLines: z.number().int().positive().default(6),
            bannerMaxLength: z.number().int().positive(),
            operationStartWords: phrases,
        }),
        coreference: z.strictObject({
            anaphors: phrases,
            /** Descriptions of the made device ("the construct"): they refer to the last device of their section, however far. */
            descriptiveAnaphors: phrases.default([]),
            /** "The former" and "the latter": the earlier or the later of the last two devices told in the section. */
            formerAnaphors: phrases.default([]),
            latterAnaphors: phrases.default([]),
            pronouns: phrases,
            /**
             * Demonstratives that stand for the last device only before a linking verb and a verb of a way in ("This was
             * inserted into the reamed canal"), not before any other verb ("This was used as a landmark").
             */
            demonstratives: phrases.default([]),
            linkingVerbs: phrases,
            amountVerbs: phrases,
            materialWords: phrases,
            separateMaterialWords: phrases,
            /**
             * Words before a device named again in a procedure-list item that make it a new device of that kind ("New
             * hand-molded articulating spacer, right knee" after "Removal of antibiotic cement spacer"): the item lists it placed.
             */
            newDeviceWords: phrases.default([]),
            /** Words that may stand between a separate-material word and its material word ("a separate small batch"). */
            separateMaterialGap: z.number().int().nonnegative().default(0),
            /** An amount this many words or fewer after a device names that device's measure ("the rod, 30 cm long"). */
            measureGap: z.number().int().nonnegative().default(3),
            /** Words that never stand in that gap ("a new nail with cement" names no separate material). */
            separateMaterialGapStops: phrases.default([]),
            /** Units (quantities.yaml canonical names) of an amount of material: a sentence with one prepares material of its own. */
            materialUnits: phrases.default(['g', 'mg', 'mcg', 'cc', 'mL', 'packs']),
            materialReferenceWords: phrases,
            materialReferenceGap: z.number().int().nonnegative(),
        }),
        devices: z.strictObject({
            /** Words right before a drug or drug word that say the drug is absent ("no antibiotic", "without vancomycin"). */
            drugAbsentWords: phrases,
            /** Words that open a relative clause on a device ("the rod that we made ..."). */
            relativePronouns: phrases,
            qualifierWindow: z.number().int().positive(),
            linkVerbs: phrases,
            linkPrepositions: phrases,
            linkRelatives: phrases,
            attachedWindow: z.number().int().positive(),
            attachBreakWords: phrases,
            spacerSkipContexts: phrases,
            listCategories: phrases,
            governBack: z.number().int().positive(),
            governForward: z.number().int().positive(),
            /** Past this many characters between a device's start and an action, the look back for its device stops. */
            governGiveUp: z.number().int().positive().default(400),
            /** Characters after an action word read for the preposition that gives its direction ("delivered into"). */
            directionReach: z.number().int().positive().default(40),
            wayInReach: z.number().int().positive().default(40),
            wayParticipleEndings: phrases.default([]),
            inwardArrows: phrases.default([]),
            arrowSiteReach: z.number().int().nonnegative().default(12),
            /** Characters after a heading's action word read for the place it takes ("pressed into the joint"). */
            placeReach: z.number().int().positive().default(24),
            /** Characters before a device read for a word that tells its state, not an action ("well seated"). */
            stateLookback: z.number().int().positive().default(24),
            passiveAuxiliaries: phrases,
            /** Words joining a verb to the one before it in its clause, sharing its subject and time ("was made ... and was inserted"). */
            verbJoiners: phrases.default([]),
            /** Words of a device found where it lay, in a findings section ("Two bead strands in place in the pouch"). */
            foundInPlaceWords: phrases.default([]),
            /** Prepositions right after a listed device that send it out ("Antibiotic cement rod out of the tibial canal"). */
            listedOutPrepositions: phrases.default([]),
            /** Auxiliaries of the active perfect ("the cavity has filled with granulation tissue"): the noun before is the verb's subject. */
            perfectAuxiliaries: phrases.default([]),
            passiveLookback: z.number().int().positive(),
            determiners: phrases,
            clauseOpeners: phrases,
            mouldWords: phrases,
            instrumentPrepositions: phrases,
            participleEndings: phrases,
            notParticipleEndings: phrases.default(['ing']),
            presentParticipleEndings: phrases,
            removalVerbEndings: phrases,
            pastPerfectAuxiliaries: phrases,
            pastPerfectSubordinators: phrases,
            irregularParticiples: phrases,
            reducedRelativeEndings: phrases,
            relativeClauseBreaks: phrases,
            earlierRelativeOpeners: phrases,
            relativeMainVerbs: phrases,
            invertedAuxiliaries: phrases.default([]),
            placementTimeWords: phrases,
            datedActionWords: phrases.default([]),
            presentAuxiliaries: phrases,
            stateAdverbs: phrases,
            /** Words of seeing a device as it lies: a stative action word right after one tells its state ("seen seated in the acetabulum"). */
            stateSeenWords: phrases.default([]),
            /** Nouns that a device word right before them only modifies ("the bead count"): an action's object is that noun, not a device. */
            modifiedHeads: phrases.default([]),
            asFoundWords: phrases,
            subjectStateWords: phrases.default([]),
            allDeviceWords: phrases.default([]),
            ownObjectWords: phrases,
            outwardPrepositions: phrases,
            inwardPrepositions: phrases,
            siteWindow: z.number().int().positive(),
            siteConjunctions: phrases,
            awayFromWords: phrases,
            landmarkWords: phrases.default([]),
            /** Units of a distance, and the words after it, that make the place after them a reference point ("1 cm above the ankle joint"). */
            offsetUnits: phrases.default([]),
            offsetDirections: phrases.default([]),
            offsetCounts: phrases.default([]),
            itemMaxLength: z.number().int().positive(),
            slashItemMax: z.number().int().positive(),
            /** At most this many words make a run-in label of a device ("New spacer.") that opens the paragraph describing it. */
            runInLabelMaxWords: z.number().int().positive().default(4),
            /** Marks between spaces that join items (" + "): an action word right before one governs no device after it. */
            itemMarks: z.array(z.string()).default([]),
            itemSeparatorWords: phrases.default([]),
            replacedImplantWords: phrases,
            /** Words that join a removed implant to the device put in its place, besides a comma ("... components with a spacer"). */
            replacedJoinWords: phrases.default(['and']),
            /** Words of an implants heading that name placement ("Implant / explant log"): such a log is no removal block. */
            placementHeadingWords: phrases.default([]),
            /** Words of an implants heading that name removal as a noun ("Explant log", "Explants"): its rows came out. */
            removalHeadingWords: phrases.default([]),
            /** Labels that only say where ("Where:", "Site:"): right after a device's block, they go on with it. */
            siteLabels: phrases.default([]),
            /** Words that make the sentence's loaded material into the form after them ("to make a", "rolled into a"). */
            productPhrases: phrases.default([]),
            /** Patterns (regular expressions) saying nothing of a device stayed in the patient ("no beads were left"). */
            nothingLeftPatterns: phrases.default([]),
            /** A regular expression for the words before a placement word that make it the placement a count refers back to. */
            countOfWholeBefore: z.string().default('(?!)'),
            /** Characters before a form read for those words. */
            productReach: z.number().int().positive().default(48),
            siteFieldLabels: phrases,
            notPlacedToday: phrases,
            /** ... unless the word is part of one of these, which tell the device made where it lies ("molded in situ"). */
            notPlacedExceptions: phrases.default([]),
            unusedSupplyWords: phrases,
            /** A supply table's columns of use ("Implanted", "Used"): a no-mark under one lists an item not put in. */
            usedSupplyColumns: phrases.default([]),
            /** The marks of a supply table's yes / no cells. */
            supplyMarks: z.strictObject({ yes: phrases, no: phrases }).default({ yes: [], no: [] }),
            ofPhraseStops: phrases,
            /** A device made from what was left of a mix ("the cement left in the bowl", "the remaining cement"): the mix's amounts
             * measure the device it was mixed for, not this one. */
            leftoverWords: phrases.default([]),
            /** Words of a mix besides the carriers lexicon ("the rest of the mix"). */
            leftoverMaterials: phrases.default([]),
            /** Subjects of an active verb ("we excised", "I then placed"): a past-tense word right after one governs the device
             * after it, never one before. */
            activeSubjects: phrases.default([]),
            /** After an exchange word and before its device (no other device between), one of these words opens the new
             * device ("exchange nailing of the femur with a coated nail"): the exchange inserts it and removes none of it. */
            exchangeNewWords: phrases.default([]),
            /** Endings of an action word that is a noun ("insertion", "packing", "placement"): its own phrase names its object,
             * so a sentence opening with one leaves no subject out. */
            actionNounEndings: phrases.default([]),
        }),
        header: z.strictObject({
            surgeonFields: phrases,
            otherPeople: phrases,
            emptyValues: phrases,
        }),
        layout: z.strictObject({
            /** A line ending with one of these words continues on the next line. */
            continuationWords: phrases,
            /**
             * A line with no closing punctuation goes on into a next line that opens with one of these words ("... ROLLED INTO
             * 20 BEADS" / "AND PLACED DEEP TO THE FASCIA"), in a note whose case gives no cue (all capitals or all lower case).
             */
            continuationStarts: phrases.default([]),
            /** Units of an amount: a line ending in a word goes on when the next line opens with an amount ("head diameter" / "54 mm"). */
            amountUnits: phrases,
            wrapWidth: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
            /** Words that make a list item a clause, not a verb-less procedure name. */
            finiteVerbs: phrases,
            /** Regular expressions of a printed page's furniture line ("Page 2 of 3"): a page break inside the note is dropped. */
            pageMarkers: phrases.default([]),
            /** Regular expressions of a line that is page furniture only next to a marker ("2", "10:03" cut from the marker's line). */
            pageFurniture: phrases.default([]),
            /** Words one of which every page marker holds: a note with none of them is not searched for page breaks. */
            pageScreen: phrases.default([]),
            /** Most words a form label has before its colon: a wrapped line opening with more words and a colon goes on. */
            labelMaxWords: z.number().int().positive().optional(),
            /** Words that end a phrase and never a field label ("ago"): a wrapped line opening with one and a colon goes on. */
            notLabelWords: phrases.default([]),
            /** Digits text recognition reads for letters, each with its letter: one between two letters is that letter ("Simp1ex"). */
            ocrLetters: z.record(z.string().regex(/^\d$/), z.string().regex(/^[a-z]$/i)).optional(),
            /**
             * Punctuation said aloud in a note transcribed by speech recognition ("... draining sinus period", "Procedures
             * colon new paragraph"): each spoken word with what it stands for. A note is read as dictated when at least
             * `minCount` of them, of at least two kinds, stand where punctuation would; none before one of `notBefore`
             * ("the postoperative period was", "a period of").
             */
            /**
             * Regular expressions of an editing trail left in a note: text a match covers is gone, except the match's first
             * group (the added text of "[added: ...]"), which stays without its marks.
             */
            edits: phrases.default([]),
            /**
             * A note carried in HL7 v2 segments (one per line, "NTE|3|P|text", "OBX|1|TX|OPNOTE^Op note||text|||F"): the
             * segments that carry the note's text, each with the field its text is in (NTE 3, OBX 5); a note is read so when
             * at least `minLines` of its lines are such segments. The text is kept, the segment's other fields go, and a
             * line of another segment (MSH, PID, OBR: a message's header fields) goes whole; the standard's escapes in the
             * text are written as what they stand for (`\.br\` a line end, `\T\` an ampersand).
             */
            hl7: z
                .strictObject({ textFields: z.record(z.string().regex(/^[A-Z][A-Z0-9]{2}$/), z.number().int().positive()), minLines: z.number().int().positive(), escapes: z.record(z.string().min(2), z.string()).default({}) })
                .optional(),
            /**
             * Structured data pasted as JSON- or XML-like text: read as "Label: value" lines when it holds at least `minFields`
             * keys (or closing tags that are not `markupTags`); a bare value of `values` is written as its word.
             */
            structured: z
                .strictObject({ minFields: z.number().int().positive(), values: z.record(z.string().min(1), z.string()).default({}), markupTags: phrases.default([]) })
                .optional(),
            dictation: z
                .strictObject({ marks: z.record(z.string().min(1), z.string().min(1)), minCount: z.number().int().positive(), notBefore: phrases.default([]) })
                .optional(),
        }),
        clauses: z.strictObject({
            /** What ends a clause inside a sentence (regular expressions): a context word (irrigation, IV) says nothing across it. */
            breaks: phrases,
        }),
        /**
         * The words of the sides of the body, and the parts of the body one of them names when it stands before one (or
         * before a colon): devices of one code told on both sides ("Rt rod: ..." / "Lt rod: ...") are two devices, and an
         * element holds only when it holds for each.
         */
        laterality: z.strictObject({ right: phrases, left: phrases, notBefore: phrases.default([]), body: phrases }).optional(),
        /**
         * Named regular-expression pieces a lexicon's `re:` term can use as `{{name}}` (a number written in digits or
         * words, a unit of time): one list a coder extends once for every term that uses it.
         */
        macros: z.record(z.string().regex(/^[a-zA-Z][\w-]*$/), z.string().min(1)).default({}),
    });
    return { GrammarSchema };
});
export const GrammarSchema = () => __schemas().GrammarSchema;
