import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * Why the scenario flows ran close to jest's 5 s per test: jsdom's getComputedStyle cascades every stylesheet on
 * each call — Fluent's (Griffel inserts thousands of rules) and jsdom's own default sheet — and menu positioning
 * (floating-ui) and Testing Library's role and name queries call it thousands of times. jsdom does no layout, so
 * those styles mean nothing there. Rendered inside this wrapper, components insert no rule; and importing this
 * module makes getComputedStyle answer from the element's inline style alone (what positioning sets; `hidden`
 * and `aria-hidden` are attributes, which Testing Library reads itself). Use as `render(ui, { wrapper: NoCss })`.
 */
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: () => false });

const cascaded = window.getComputedStyle.bind(window);
window.getComputedStyle = ((element: Element, pseudo?: string | null) =>
  element instanceof HTMLElement || element instanceof SVGElement ? element.style : cascaded(element, pseudo)) as typeof window.getComputedStyle;

export function NoCss(props: { readonly children?: ReactNode }): ReactNode {
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      {props.children}
    </RendererProvider>
  );
}
