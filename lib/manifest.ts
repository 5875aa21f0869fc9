/**
 * Firefox's id for the extension. It must never change once published: Firefox ties the
 * extension's storage and updates to it, and the end-to-end tests pin its internal UUID by it.
 */
export const GECKO_ID = 'vliegwiel@vliegwiel.nl';
