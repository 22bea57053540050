import { printable } from './printable';

/**
 * Validation issues: every refusal names the field (a JSON path such as `cpts[2].population`) and says,
 * in French, what is wrong. Adapters translate the path into a place the user can see (a cell).
 */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path} : ${issue.message}` : issue.message;
}

/** Thrown only by entry points that promise a valid value; parsing itself returns issues. */
export class ValidationError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/** Collects issues while walking an untrusted value. */
export class IssueList {
  readonly items: Issue[] = [];
  add(path: string, message: string): void {
    this.items.push({ path, message });
  }
  get empty(): boolean {
    return this.items.length === 0;
  }
  /** Refuses fields the format does not define, so that a typo is not silently ignored. */
  unknownKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.add(childPath(path, key), `champ inconnu « ${key} » (champs admis : ${allowed.join(', ')})`);
    }
  }
}

/** A value shown back to the user inside a message, kept short, never raw control characters. */
export function shown(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `« ${value} »`;
  else if (value === undefined) text = 'absent';
  else if (typeof value === 'number') text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      // Too deep for JSON.stringify (or not JSON at all): its kind, not String(), which recurses the same way.
      text = Array.isArray(value) ? '[…]' : value !== null && typeof value === 'object' ? '{…}' : typeof value;
    }
  }
  return printable(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
