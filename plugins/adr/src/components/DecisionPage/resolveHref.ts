import type { DecisionLink } from '@localplus/plugin-adr-common';

/** Where a link inside a record may lead. */
export type LinkContext = {
  /** The record's links, with `decisionId` where the index resolved them. */
  links: DecisionLink[];
  /** Where the record was read: its URL, or a path inside the entity's folder. */
  location: string;
  /** The portal page of a decision, by id. */
  pathOf: (id: string) => string | undefined;
};

const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** Browsers ignore tabs, newlines and controls in a URL: `java\tscript:` is `javascript:`. */
function compact(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]/g, '');
}

function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i
    .exec(compact(url))?.[1]
    ?.toLocaleLowerCase('en-US');
}

function splitFragment(url: string): { path: string; fragment: string } {
  const hash = url.indexOf('#');
  return hash < 0
    ? { path: url, fragment: '' }
    : { path: url.slice(0, hash), fragment: url.slice(hash) };
}

/** A target as a comparable path: no query, no `./`, decoded, slashes one way. */
function normalise(target: string): string {
  let path = splitFragment(target).path.replace(/\?.*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % stays as written.
  }
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The decision a link of the body points at, through the record's own links. */
function linkedDecision(
  href: string,
  links: DecisionLink[],
): string | undefined {
  const wanted = normalise(href);
  const resolved = links.filter(link => link.decisionId);
  const exact = resolved.find(link => normalise(link.target) === wanted);
  if (exact) {
    return exact.decisionId;
  }
  // `../adr/0016-x.md` and `0016-x.md` name the same sibling file.
  const file = baseName(wanted);
  if (!/\.md$/i.test(file)) {
    return undefined;
  }
  return resolved.find(link => baseName(normalise(link.target)) === file)
    ?.decisionId;
}

/**
 * Where a link of a record's body should lead in the portal: another
 * decision's page when the record's links resolve it, a web address, or an
 * anchor of this page. Undefined means the link is dropped and its text
 * kept: a script or data URL, or a relative path the portal cannot serve.
 */
export function resolveHref(
  href: string,
  context: LinkContext,
): string | undefined {
  const url = href.trim();
  if (!url) {
    return undefined;
  }
  if (url.startsWith('#')) {
    return url;
  }
  const scheme = schemeOf(url);
  if (scheme && !SAFE_SCHEMES.includes(scheme)) {
    return undefined;
  }
  const decision = linkedDecision(url, context.links);
  const page = decision ? context.pathOf(decision) : undefined;
  if (page) {
    return `${page}${splitFragment(url).fragment}`;
  }
  if (scheme || url.startsWith('//')) {
    return url;
  }
  // A path beside the record: readable where the record was read from a URL.
  if (/^https?:\/\//i.test(context.location)) {
    try {
      return new URL(url, context.location).toString();
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Images load from the web only: no data or script URLs, nothing the portal cannot serve. */
export function resolveImageSrc(
  src: string,
  context: Pick<LinkContext, 'location'>,
): string | undefined {
  const url = src.trim();
  const scheme = schemeOf(url);
  if (scheme) {
    return scheme === 'http' || scheme === 'https' ? url : undefined;
  }
  if (url && /^https?:\/\//i.test(context.location)) {
    try {
      return new URL(url, context.location).toString();
    } catch {
      return undefined;
    }
  }
  return undefined;
}
