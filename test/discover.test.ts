import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXTENSIONS, discover, normalizeExtensions, type DiscoveredInput } from '../src/io/discover.js';

let root: string;

function touch(rel: string, content = 'note text\n'): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}

function run(paths: string[], opts: { extensions?: string[]; ignore?: string[]; cwd?: string } = {}): DiscoveredInput[] {
  return [...discover(paths, { cwd: root, ...opts })];
}

const files = (items: DiscoveredInput[]): string[] => items.filter((i) => i.kind === 'file').map((i) => (i as { path: string }).path);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'oplint-discover-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('discover', () => {
  it('walks a folder recursively in sorted order, keeping only note extensions', () => {
    touch('notes/b.txt');
    touch('notes/a.md');
    touch('notes/sub/c.text');
    touch('notes/sub/skip.odt');
    touch('notes/Z.TXT');
    touch('notes/image.png');
    expect(run(['notes'])).toEqual([
      { kind: 'file', path: 'notes/Z.TXT' },
      { kind: 'file', path: 'notes/a.md' },
      { kind: 'file', path: 'notes/b.txt' },
      { kind: 'file', path: 'notes/sub/c.text' },
    ]);
  });

  it('is deterministic across runs and keeps argument order', () => {
    touch('x/2.txt');
    touch('x/1.txt');
    touch('y/0.txt');
    const first = files(run(['y', 'x']));
    expect(first).toEqual(['y/0.txt', 'x/1.txt', 'x/2.txt']);
    expect(files(run(['y', 'x']))).toEqual(first);
  });

  it('joins found files onto the directory as given (relative stays relative, absolute stays absolute)', () => {
    touch('n/a.txt');
    expect(files(run(['./n/']))).toEqual(['n/a.txt']);
    expect(files(run(['.'], { cwd: join(root, 'n') }))).toEqual(['a.txt']);
    expect(files(run([join(root, 'n')]))).toEqual([join(root, 'n', 'a.txt')]);
  });

  it('skips hidden files, hidden folders and node_modules, but accepts a hidden folder named explicitly', () => {
    touch('n/.draft.txt');
    touch('n/.git/x.txt');
    touch('n/node_modules/pkg/readme.md');
    touch('n/ok.txt');
    touch('.private/p.txt');
    expect(files(run(['n']))).toEqual(['n/ok.txt']);
    expect(files(run(['.private']))).toEqual(['.private/p.txt']);
  });

  it('accepts any extension for a file named explicitly, as given', () => {
    touch('letter.rtf');
    expect(run(['./letter.rtf'])).toEqual([{ kind: 'file', path: './letter.rtf' }]);
  });

  it('honours --ext (with or without the dot)', () => {
    touch('n/a.txt');
    touch('n/b.note');
    expect(files(run(['n'], { extensions: ['note'] }))).toEqual(['n/b.note']);
    expect(normalizeExtensions(['TXT', '.md', 'txt'])).toEqual(['.txt', '.md']);
  });

  it('yields stdin once for "-", in position', () => {
    touch('a.txt');
    expect(run(['-', 'a.txt', '-'])).toEqual([{ kind: 'stdin' }, { kind: 'file', path: 'a.txt' }]);
  });

  it('reports a missing path and goes on', () => {
    touch('a.txt');
    expect(run(['missing.txt', 'a.txt'])).toEqual([
      { kind: 'error', path: 'missing.txt', message: 'no such file or directory' },
      { kind: 'file', path: 'a.txt' },
    ]);
  });

  it('reports a directory with no notes', () => {
    touch('empty/scan.png');
    expect(run(['empty'])).toEqual([
      { kind: 'error', path: 'empty', message: `no notes found in empty (extensions: ${DEFAULT_EXTENSIONS.join(', ')})` },
    ]);
    expect(run(['empty'], { extensions: ['txt'] })).toEqual([{ kind: 'error', path: 'empty', message: 'no notes found in empty (extensions: .txt)' }]);
  });

  it('applies --ignore globs relative to cwd, including folder patterns', () => {
    touch('n/keep.txt');
    touch('n/drafts/d.txt');
    touch('n/old-1.txt');
    expect(files(run(['n'], { ignore: ['drafts/', 'old-*.txt'] }))).toEqual(['n/keep.txt']);
    expect(files(run(['n'], { ignore: ['/n/drafts'] }))).toEqual(['n/keep.txt', 'n/old-1.txt']);
  });

  it('honours .oplintignore in cwd, in the scanned folder and in nested folders', () => {
    touch('.oplintignore', '# comment\narchive/\n');
    touch('n/.oplintignore', '*.md\n!keep.md\n');
    touch('n/archive/a.txt');
    touch('n/x.md');
    touch('n/keep.md');
    touch('n/y.txt');
    touch('n/deep/.oplintignore', 'z.txt\n');
    touch('n/deep/z.txt');
    touch('n/deep/w.txt');
    expect(files(run(['n']))).toEqual(['n/deep/w.txt', 'n/keep.md', 'n/y.txt']);
  });

  it('applies ignore files to explicitly named files and says so', () => {
    touch('n/.oplintignore', 'secret.txt\n');
    touch('n/secret.txt');
    expect(run(['n/secret.txt'])).toEqual([{ kind: 'ignored', path: 'n/secret.txt' }]);
    expect(run(['n/secret.txt'], { ignore: ['nothing'] })).toEqual([{ kind: 'ignored', path: 'n/secret.txt' }]);
  });

  it('does not loop on symlink cycles and reports each real file once', () => {
    touch('n/a.txt');
    touch('n/sub/b.txt');
    symlinkSync(join(root, 'n'), join(root, 'n/sub/loop'));
    symlinkSync(join(root, 'n/a.txt'), join(root, 'n/sub/alias.txt'));
    const out = files(run(['n']));
    expect(out).toEqual(['n/a.txt', 'n/sub/b.txt']);
  });

  it('follows a symlinked folder that is not a cycle, and skips dangling links', () => {
    touch('real/r.txt');
    mkdirSync(join(root, 'n'));
    symlinkSync(join(root, 'real'), join(root, 'n/link'));
    symlinkSync(join(root, 'nowhere'), join(root, 'n/dangling.txt'));
    expect(files(run(['n']))).toEqual(['n/link/r.txt']);
  });

  it('reports a file once when reached by two arguments', () => {
    touch('n/a.txt');
    expect(files(run(['n', 'n/a.txt', 'n']))).toEqual(['n/a.txt']);
  });

  it('matches an unexpanded glob argument', () => {
    touch('n/a.txt');
    touch('n/b.md');
    touch('n/sub/c.txt');
    expect(files(run(['n/*.txt']))).toEqual(['n/a.txt']);
    expect(files(run(['n/**/*.txt']))).toEqual(['n/a.txt', 'n/sub/c.txt']);
    expect(run(['n/*.pdf'])).toEqual([{ kind: 'error', path: 'n/*.pdf', message: 'no files match this pattern' }]);
  });

  it('is lazy: the first file comes before the whole tree is listed', () => {
    for (let i = 0; i < 50; i++) touch(`n/d${String(i).padStart(2, '0')}/f.txt`);
    const it = discover(['n'], { cwd: root });
    expect(it.next().value).toEqual({ kind: 'file', path: 'n/d00/f.txt' });
    rmSync(join(root, 'n/d49'), { recursive: true });
    expect([...it]).toHaveLength(48);
  });
});

const mkfifo = (p: string) => execFileSync('mkfifo', [p]);
const canFifo = process.platform !== 'win32';

describe('discover: special files and the new formats', () => {
  it('scans the formats the extraction stage reads by default', () => {
    for (const e of ['.txt', '.md', '.rtf', '.pdf', '.docx', '.html', '.htm', '.hl7', '.json', '.xml']) expect(DEFAULT_EXTENSIONS).toContain(e);
    touch('n/a.rtf', '{\\rtf1 x}');
    touch('n/b.pdf', '%PDF-1.4');
    touch('n/c.docx', 'PK');
    touch('n/d.hl7', 'MSH|^~\\&|');
    touch('n/e.htm', '<p>x</p>');
    touch('n/f.png', 'x');
    expect(files(run(['n']))).toEqual(['n/a.rtf', 'n/b.pdf', 'n/c.docx', 'n/d.hl7', 'n/e.htm']);
    // --ext still narrows
    expect(files(run(['n'], { extensions: ['rtf'] }))).toEqual(['n/a.rtf']);
  });

  it('keeps FHIR JSON and C-CDA XML, skips other JSON / XML with a one-line note', () => {
    touch('n/doc.json', '{"resourceType": "DocumentReference", "content": []}');
    touch('n/package.json', '{"name": "x", "version": "1.0.0"}');
    touch('n/sorted.json', `{"content": [{"attachment": {"data": "${'A'.repeat(70000)}"}}], "resourceType": "DocumentReference"}`);
    touch('n/cda.xml', '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"></ClinicalDocument>');
    touch('n/pom.xml', '<?xml version="1.0"?><project></project>');
    touch('n/xxe.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
    const items = run(['n']);
    expect(files(items)).toEqual(['n/cda.xml', 'n/doc.json', 'n/sorted.json', 'n/xxe.xml']);
    expect(items.filter((i) => i.kind === 'skipped')).toEqual([
      { kind: 'skipped', path: 'n/package.json', message: 'JSON that is not a FHIR resource, skipped' },
      { kind: 'skipped', path: 'n/pom.xml', message: 'XML that is not a C-CDA document, skipped' },
    ]);
  });

  it("skips an earlier run's HTML report (generator meta oplint)", () => {
    touch('n/a.html', '<!DOCTYPE html><html><head><meta name="generator" content="oplint 0.1.0"></head><body>x</body></html>');
    touch('n/b.html', '<!DOCTYPE html><html><body>Beads placed.</body></html>');
    expect(run(['n'])).toEqual([
      { kind: 'skipped', path: 'n/a.html', message: 'an oplint report, skipped' },
      { kind: 'file', path: 'n/b.html' },
    ]);
  });

  it('takes any JSON named explicitly (the reader decides)', () => {
    touch('package.json', '{"name": "x"}');
    expect(run(['package.json'])).toEqual([{ kind: 'file', path: 'package.json' }]);
  });

  it.skipIf(!canFifo)('skips a FIFO in a scanned folder with a note and never opens it (no hang)', () => {
    touch('n/a.txt');
    mkfifo(join(root, 'n', 'pipe.txt'));
    mkfifo(join(root, 'n', 'other-pipe'));
    symlinkSync(join(root, 'n', 'pipe.txt'), join(root, 'n', 'link.txt'));
    const items = run(['n']);
    expect(items).toEqual([
      { kind: 'file', path: 'n/a.txt' },
      { kind: 'skipped', path: 'n/link.txt', message: 'a FIFO (named pipe), skipped in a folder scan (name it explicitly to read it)' },
      { kind: 'skipped', path: 'n/pipe.txt', message: 'a FIFO (named pipe), skipped in a folder scan (name it explicitly to read it)' },
    ]);
  });

  it.skipIf(!canFifo)('a FIFO named .oplintignore or with a .json name does not block the walk', () => {
    touch('n/a.txt');
    mkfifo(join(root, 'n', '.oplintignore'));
    mkfifo(join(root, 'n', 'x.json'));
    expect(files(run(['n']))).toEqual(['n/a.txt']);
  });

  it.skipIf(!canFifo)('skips a socket in a scanned folder', async () => {
    touch('n/a.txt');
    const sock = join(root, 'n', 's.txt');
    const server: Server = createServer();
    await new Promise<void>((res) => server.listen(sock, res));
    try {
      expect(run(['n'])).toEqual([
        { kind: 'file', path: 'n/a.txt' },
        { kind: 'skipped', path: 'n/s.txt', message: 'a socket, skipped in a folder scan (name it explicitly to read it)' },
      ]);
    } finally {
      await new Promise((res) => server.close(res));
    }
  });

  it.skipIf(!canFifo)('yields a FIFO named explicitly (the reader opens it once)', () => {
    mkfifo(join(root, 'p'));
    expect(run(['p'])).toEqual([{ kind: 'file', path: 'p' }]);
  });
});

