import { registerIfAvailable } from './register';

/**
 * functions.js, the script the manifest's <Script> names. In the shared runtime Excel loads the task pane's page,
 * whose bundle registers the same functions (src/taskpane/index.tsx); this stand-alone file is what a host that
 * loads the script itself gets. Registration comes first, before any await, as Excel expects.
 */
registerIfAvailable();
