// Part names as a package compares them. A relationship's target is a URI: `sheet%201.xml` names the
// part `sheet 1.xml`, and a name with Chinese characters may be written either way, in the zip and in
// the target alike. Part names are equal without regard to ASCII case (ECMA-376 Part 2, §6.2.2.3).

/** The name with `%xx` escapes read (a malformed escape left as written). */
export function decodedName(name: string): string {
  if (!name.includes('%')) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** What two names that name the same part have in common. */
export function partKey(name: string): string {
  return decodedName(name).toLowerCase();
}

/** The names of a package's parts, found by any spelling of theirs. */
export class PartNames {
  private readonly byKey = new Map<string, string>();

  constructor(names: Iterable<string>) {
    for (const name of names) this.byKey.set(partKey(name), name);
  }

  /** The part's name as the package has it, or null when it has no such part. */
  find(name: string): string | null {
    return this.byKey.get(partKey(name)) ?? null;
  }
}
