// Header: GOV.UK skip link, the generic header (Steward is not a GOV.UK service, so no crown) with the service name and the service navigation, which
// lists the signed-in user's links and a sign-out button.
import type { ComponentChildren } from 'preact';

export interface NavItem {
  href: string;
  text: string;
  current?: boolean;
}

interface HeaderProps {
  navigation: NavItem[];
  signedInAs?: string;
  onSignOut?: () => void;
}

export function SkipLink() {
  return <a href="#main-content" class="govuk-skip-link">Skip to main content</a>;
}

export function Header({ navigation, signedInAs, onSignOut }: HeaderProps) {
  return (
    <>
      <header class="govuk-generic-header">
        <div class="govuk-generic-header__container govuk-width-container">
          <div class="govuk-generic-header__logo">
            <a href="/" class="govuk-generic-header__homepage-link">Steward</a>
          </div>
        </div>
      </header>
      <section aria-label="Service information" class="govuk-service-navigation">
        <div class="govuk-width-container">
          <div class="govuk-service-navigation__container">
            <span class="govuk-service-navigation__service-name">
              <span class="govuk-service-navigation__text">School social media</span>
            </span>
            {navigation.length > 0 && (
              <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
                <ul class="govuk-service-navigation__list" id="navigation">
                  {navigation.map((item) => (
                    <NavLink key={item.href} item={item} />
                  ))}
                  {onSignOut && (
                    <li class="govuk-service-navigation__item">
                      <button type="button" class="steward-link-button govuk-service-navigation__link" onClick={onSignOut}>
                        Sign out{signedInAs ? <span class="govuk-visually-hidden"> {signedInAs}</span> : null}
                      </button>
                    </li>
                  )}
                </ul>
              </nav>
            )}
          </div>
        </div>
      </section>
    </>
  );
}

function NavLink({ item }: { item: NavItem }) {
  const content: ComponentChildren = item.current
    ? <strong class="govuk-service-navigation__active-fallback">{item.text}</strong>
    : item.text;
  return (
    <li class={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}>
      <a class="govuk-service-navigation__link" href={item.href} aria-current={item.current ? 'page' : undefined}>
        {content}
      </a>
    </li>
  );
}
