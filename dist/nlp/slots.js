const MAX = 4;
function quotes(a, ms) {
    const seen = new Set();
    const out = [];
    for (const m of ms.sort((x, y) => x.start - y.start)) {
        const ev = a.evidence(m.start, m.end);
        const key = ev.text.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(ev);
        if (out.length >= MAX)
            break;
    }
    return out;
}
/** Summaries of the device frames of this operation, each with its filled and empty slots. */
export function frameSummaries(a, dev) {
    return dev.frames.map((f) => summary(a, dev, f));
}
function summary(a, dev, f) {
    const sentences = [...f.sentences].sort((x, y) => x - y);
    const affirmedIn = (lexicon, keep = () => true) => sentences.flatMap((s) => a.in(lexicon, s)).filter((m) => a.affirmed(m) && keep(m));
    const notIv = (m) => !a.hasInClause('contexts', m, 'iv') && !a.hasInClause('contexts', m, 'irrigation');
    const drug = affirmedIn('drugs', notIv);
    const carrier = affirmedIn('carriers');
    const amount = sentences.flatMap((s) => a.quantities(s)).filter((q) => !q.excludedBy);
    const made = affirmedIn('fabrication', (m) => m.entry.tags.has('manual'));
    const bought = affirmedIn('fabrication', (m) => m.entry.tags.has('prefabricated'));
    const plan = a.mentions('staging').filter((m) => !m.entry.tags.has('earlier') && !a.assertion(m).negated && !a.assertion(m).historical && f.sentences.has(m.sentence));
    const event = dev.events.find((e) => e.action === f.action && e.site === f.site);
    return {
        action: f.action,
        site: f.site,
        forms: f.forms,
        described: sentences.map((s) => a.sentenceEvidence(s)).slice(0, 6),
        slots: {
            site: event?.siteMention ? [a.evidence(event.siteMention.start, event.siteMention.end)] : [],
            drug: quotes(a, drug),
            carrier: quotes(a, carrier),
            amount: quotes(a, amount),
            preparation: quotes(a, bought.length ? bought : made),
            plan: quotes(a, plan),
        },
        prefabricated: bought.length > 0,
    };
}
