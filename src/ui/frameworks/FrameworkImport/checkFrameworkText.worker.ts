/**
 * Checks a framework file's text away from the page, so a large file never freezes the
 * screen: text in, a ValidationResult out (plain data, copied back to the page).
 */
import { loadFramework } from '../../../core';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(loadFramework(event.data));
};
