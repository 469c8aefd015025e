/**
 * The address asked for when Case Audit was found locked, so that after unlocking by recovery
 * code (a screen of its own address) the person lands where they meant to go. Memory only.
 */
let asked: string | null = null;

export function rememberAskedAddress(url: string): void {
  asked = url;
}

export function askedAddress(): string {
  return asked ?? '/';
}
