// The sites the host tests serve, built by target/debug/waymark (which `cargo test` built):
// the bundled site; the multilingual fixture after one page moved (a new slug), with its
// alias and its Arabic (Unicode) slug; and a one-language site whose 3,000-page section was
// renamed. Each is built once for the first version and once per host after the move, with
// `--since` the first build's manifest, as the publish workflow does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = join(repo, 'target', 'debug', 'waymark');

function waymark(args) {
  const run = spawnSync(binary, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`waymark ${args.join(' ')}: ${run.status}\n${run.stdout}\n${run.stderr}`);
  return run;
}

/// A scratch folder, removed by `cleanup()`.
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-hosts-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/// The bundled site built for `host` into `dir/bundled-<host>`.
export function bundled(dir, host) {
  const out = join(dir, `bundled-${host}`);
  waymark(['build', '--root', repo, '--out', out, '--quiet', '--host', host]);
  return out;
}

/// The multilingual fixture, and a 3,000-page section, each built before and after a move;
/// returns a function that builds the moved versions for a host: `{ multi, big }` folders.
export function movedSites(dir) {
  const multi = join(dir, 'multi');
  cpSync(join(repo, 'tests', 'fixtures', 'multilingual'), multi, { recursive: true });
  const big = join(dir, 'big');
  mkdirSync(join(big, 'content', 'many'), { recursive: true });
  writeFileSync(join(big, 'site.yaml'),
    'title: Big\nbase_url: https://example.org\ndefault_language: en\nlanguages:\n  - { code: en, name: English }\n');
  writeFileSync(join(big, 'content', '_index.md'), '---\ntitle: Home\n---\nHome.\n');
  writeFileSync(join(big, 'content', 'many', '_index.md'), '---\ntitle: Many\n---\n');
  for (let i = 0; i < 3000; i++) {
    writeFileSync(join(big, 'content', 'many', `p${i}.md`), `---\ntitle: Page ${i}\n---\nText ${i}.\n`);
  }
  // Version one, for its manifest.
  for (const site of [multi, big]) {
    waymark(['build', '--root', site, '--out', join(site, 'v1'), '--quiet', '--no-precompress']);
  }
  // The move: a new slug for one page, a new slug for the whole section.
  const know = join(multi, 'content', 'rights', 'know.md');
  writeFileSync(know, readFileSync(know, 'utf8').replace('---\n', '---\nslug: know-more\n'));
  const knowAr = join(multi, 'content', 'rights', 'know.ar.md');
  writeFileSync(knowAr, readFileSync(knowAr, 'utf8').replace('slug: حقوقك', 'slug: حقوقك-الآن'));
  writeFileSync(join(big, 'content', 'many', '_index.md'), '---\ntitle: Many\nslug: lots\n---\n');
  // `bigArgs`: e.g. --no-precompress, where compressing 3,000 pages would only cost time.
  return (host, bigArgs = []) => {
    const built = {};
    for (const [name, site, extra] of [['multi', multi, []], ['big', big, bigArgs]]) {
      const out = join(dir, `${name}-${host}`);
      waymark(['build', '--root', site, '--out', out, '--quiet', '--host', host,
        '--since', join(site, 'v1', 'waymark-manifest.json'), ...extra]);
      built[name] = out;
    }
    return built;
  };
}
