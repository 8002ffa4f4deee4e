import { effectiveCode, relativePath } from './types.js';
/** GitHub Actions workflow commands escape these in properties and messages. */
const escData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * `github`: one workflow annotation per warn or fail element (`::error file=…,line=…,col=…,title=…::…`), so a
 * GitHub Actions run marks the note's lines in the pull request. A missing element is anchored at line 1.
 */
export const createGithubFormatter = (ctx) => ({
    begin: () => '',
    result(results) {
        let out = '';
        for (const r of results) {
            const file = escProp(relativePath(r.source, ctx.cwd));
            if (r.status === 'error') {
                out += `::error file=${file},title=${escProp('oplint: note not checked')}::${escData(r.error?.message ?? 'could not be checked')}\n`;
                continue;
            }
            const code = effectiveCode(r);
            for (const el of r.elements) {
                if (el.status !== 'fail' && el.status !== 'warn')
                    continue;
                if (el.baselined)
                    continue;
                const ev = el.evidence[0];
                const where = `file=${file},line=${ev?.line ?? 1},col=${ev?.column ?? 1}`;
                const text = `${el.message}${el.fix ? ` Fix: ${el.fix}` : ''}`;
                out += `::${el.status === 'fail' ? 'error' : 'warning'} ${where},title=${escProp(`CPT ${code} ${el.label}`)}::${escData(text)}\n`;
            }
            for (const f of r.claim?.findings ?? []) {
                if (f.status === 'pass')
                    continue;
                out += `::${f.status === 'fail' ? 'error' : 'warning'} file=${file},line=1,col=1,title=${escProp(`claim ${f.id}`)}::${escData(f.message)}\n`;
            }
        }
        return out;
    },
    end: (summary) => `${summary.checked} result(s): ${summary.passed} passed, ${summary.failed} failed, ${summary.noDevice ? `${summary.noDevice} with no device, ` : ''}${summary.errors} error(s)\n`,
});
export default createGithubFormatter;
