/**
 * Loading the page afresh after a lock or an erase: `location.replace` of the same address, so
 * the page's memory and every screen's content are gone and no history entry is added (the back
 * button has nothing of the unlocked page to show). Replaceable for tests, which have no page.
 */
let reload: () => void = () => {
  location.replace(location.href);
};

export function reloadPage(): void {
  reload();
}

/** Replaces the reload (tests); null restores the page's. */
export function useReload(replacement: (() => void) | null): void {
  reload =
    replacement ??
    (() => {
      location.replace(location.href);
    });
}
