import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { Layout } from '../../src/ui/shell/Layout/Layout';

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <Layout>
        <h1>Page</h1>
      </Layout>
    </LocationProvider>,
  );
}

describe('Layout', () => {
  it('names the service and offers a skip link to the main content', () => {
    renderAt('/');
    expect(screen.getByRole('link', { name: 'Case Audit' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
      '#main-content',
    );
    expect(screen.getByRole('main').id).toBe('main-content');
  });

  it('marks the current area in the navigation', () => {
    renderAt('/frameworks/x@1.0.0');
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    const current = nav.querySelector('[aria-current]');
    expect(current?.textContent).toBe('Frameworks');
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
  });
});
