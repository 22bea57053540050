import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * Fluent's styles (Griffel) insert thousands of CSS rules into jsdom, and jsdom's getComputedStyle matches every
 * one of them on each call; menu positioning (floating-ui) and Testing Library's role and name queries call it
 * thousands of times, which brought the scenario flows close to jest's 5 s per test. jsdom does no layout, so
 * the rules mean nothing there: rendered inside this wrapper, components insert none and each call is cheap.
 * Use as `render(ui, { wrapper: NoCss })`.
 */
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

export function NoCss(props: { readonly children?: ReactNode }): ReactNode {
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      {props.children}
    </RendererProvider>
  );
}
