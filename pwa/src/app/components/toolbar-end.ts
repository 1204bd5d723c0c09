import { createContext, type ReactNode } from 'react';

/**
 * What every page's toolbar shows after the page's own actions (the notification bell). The
 * composition root chooses it: app/ may not import a feature.
 */
export const ToolbarEndContext = createContext<ReactNode>(null);
