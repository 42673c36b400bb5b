import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../core/types';
import { packageRoot, ruleDocFor } from './ruleFiles';

/** The fields of package.json that say where the package is published. */
export interface PackageLinks {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/**
 * The editor's link to a bundled rule's documentation in `lang`: the doc file inside the
 * installed package, on the same machine as the editor, so VS Code opens it in a tab.
 */
export function ruleDocFileUri(id: string, lang: Lang): string {
  // Once per rule and language: every diagnostic carries it, and a long document has tens of thousands.
  const key = `${lang}:${id}`;
  let uri = docUris.get(key);
  if (!uri) docUris.set(key, (uri = pathToFileURL(ruleDocFor(id, lang)).href));
  return uri;
}
const docUris = new Map<string, string>();

/** Hosts whose repository pages serve a file at `<repo>/blob/<tag>/<path>`. */
const REPOSITORY_HOSTS = new Set(['github.com', 'gitlab.com']);

/** A repository's web address from package.json's forms: a URL (git+https, .git), `github:owner/name` or `owner/name`; undefined when it is none of them. */
function repositoryPage(field: string): string | undefined {
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(field);
  const raw = shorthand ? `https://github.com/${shorthand[1]}` : field.replace(/^git\+/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const [owner, name] = url.pathname.split('/').filter(Boolean);
  if (url.protocol !== 'https:' || !REPOSITORY_HOSTS.has(url.hostname) || !owner || !name) return undefined;
  return `https://${url.hostname}/${owner}/${name.replace(/\.git$/, '')}`;
}

/**
 * Where the package's own files are published, pinned to its version's tag (`v1.2.0`), so a
 * report links the doc of the rule that ran, not whatever `main` says today. From `repository`,
 * else from a `homepage` that is a repository page; undefined when package.json names neither.
 */
export function publishedBase(pkg: PackageLinks): { page: string; files: string } | undefined {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const page = (repository && repositoryPage(repository)) ?? (pkg.homepage && repositoryPage(pkg.homepage.replace(/#.*$/, '')));
  return page ? { page, files: `${page}/blob/v${pkg.version}/` } : undefined;
}

/** A bundled rule's documentation link in `lang` in reports, which are read on other machines; undefined without a published home. */
export function reportDocUrl(id: string, pkg: PackageLinks, lang: Lang): string | undefined {
  const base = publishedBase(pkg);
  return base && base.files + relative(packageRoot(), ruleDocFor(id, lang)).split(sep).join('/');
}

/** This package's package.json. */
export function ownPackage(): PackageLinks {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as PackageLinks;
}
