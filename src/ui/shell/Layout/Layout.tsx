import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLanguage } from '../../i18n/LanguageProvider';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { t } from '../../i18n/translate';
import { LockButton } from '../../protection/LockButton';
import { useShownSession } from '../../protection/useSession';

type NavItem = { href: string; label: () => string; matches: (path: string) => boolean };

const NAVIGATION: readonly NavItem[] = [
  {
    href: '/inspections',
    label: () => t('shell', 'Inspections'),
    matches: (p) => p === '/' || p.startsWith('/inspections'),
  },
  {
    href: '/frameworks',
    label: () => t('shell', 'Frameworks'),
    matches: (p) => p.startsWith('/frameworks'),
  },
  {
    href: '/settings',
    label: () => t('shell', 'Settings and about'),
    matches: (p) => p.startsWith('/settings'),
  },
];

/**
 * The frame of every page: skip link, header with the service name, navigation between the main
 * areas, and the footer. After a navigation, focus moves to the new page's heading so screen
 * reader users hear where they are. The navigation shows only once someone is unlocked: until
 * then every address shows the gate, so its links would lead nowhere else.
 */
export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  // Drawn again in the new language when the language changes.
  useLanguage();
  // The gate opening (unlocked) changes the screen without changing the address: a navigation.
  const gate = useShownSession().kind;
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // The heading last seen on screen, to tell when the next screen's heading has arrived.
  const shownHeading = useRef<{ element: Element | null; text: string | null }>({
    element: null,
    text: null,
  });

  useEffect(() => {
    const container = main.current;
    if (!container) return;
    // On the first page load nothing is focused: the skip link stays first. The first screen
    // is the one shown once the session has been checked.
    const isFirstLoad = firstRender.current;
    if (gate !== 'checking') firstRender.current = false;
    const from = document.activeElement;
    const mayTakeFocus = () => {
      const active = document.activeElement;
      return (
        !active ||
        active === document.body ||
        active === container ||
        active === from ||
        !active.isConnected
      );
    };
    // Screens load lazily, often fetch their data first, and the router may keep showing the
    // previous screen meanwhile: focus the heading once a new one (or new words) appears,
    // unless the user has moved focus elsewhere in the meantime.
    const arrived = (): boolean => {
      const heading = container.querySelector<HTMLElement>('h1');
      const seen = shownHeading.current;
      if (!heading || (heading === seen.element && heading.textContent === seen.text)) return false;
      shownHeading.current = { element: heading, text: heading.textContent };
      if (!isFirstLoad && mayTakeFocus()) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
      return true;
    };
    if (arrived()) return;
    const observer = new MutationObserver(() => {
      if (arrived()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [path, gate]);

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: GOV.UK skip link: a real link that also moves focus. */}
      <a href="#main-content" class="govuk-skip-link" onClick={skipToMain}>
        {t('shell', 'Skip to main content')}
      </a>
      <header class="govuk-generic-header">
        <div class="govuk-generic-header__container govuk-width-container">
          <div class="govuk-generic-header__logo">
            <a href="/" class="govuk-generic-header__homepage-link">
              {t('shell', 'Case Audit')}
            </a>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      {gate === 'unlocked' && <ServiceNavigation path={path} />}
      <div class="govuk-width-container">
        <main class="govuk-main-wrapper ca-main" id="main-content" ref={main}>
          {children}
        </main>
      </div>
      <footer class="govuk-footer">
        <div class="govuk-width-container">
          <div class="govuk-footer__meta">
            <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p class="govuk-body-s ca-footer__meta">
                {t(
                  'shell',
                  'Case Audit keeps everything on this device. Nothing is sent anywhere unless you export it or sync with your team server.',
                )}
              </p>
            </div>
            {gate === 'unlocked' && (
              <div class="govuk-footer__meta-item">
                <a class="govuk-footer__link" href="/settings">
                  {t('shell', 'Storage and privacy')}
                </a>
              </div>
            )}
          </div>
        </div>
      </footer>
    </>
  );
}

/** The main areas, with the Lock button at the end. */
function ServiceNavigation({ path }: { path: string }) {
  return (
    <section class="govuk-service-navigation" aria-label={t('shell', 'Service information')}>
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <nav aria-label={t('shell', 'Menu')} class="govuk-service-navigation__wrapper">
            <ul class="govuk-service-navigation__list" id="navigation">
              {NAVIGATION.map((item) => {
                const active = item.matches(path);
                return (
                  <li
                    key={item.href}
                    class={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <a
                      class="govuk-service-navigation__link"
                      href={item.href}
                      aria-current={active ? 'true' : undefined}
                    >
                      {active ? (
                        <strong class="govuk-service-navigation__active-fallback">
                          {item.label()}
                        </strong>
                      ) : (
                        item.label()
                      )}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          <LockButton />
        </div>
      </div>
    </section>
  );
}

function skipToMain(event: MouseEvent) {
  // Focus the main area without letting the router treat the hash link as a navigation.
  event.preventDefault();
  const main = document.getElementById('main-content');
  if (!main) return;
  main.setAttribute('tabindex', '-1');
  main.focus();
}
