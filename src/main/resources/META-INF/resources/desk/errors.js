// The error banner: a message a person understands, a countdown from Retry-After, then an automatic retry (at most
// a few in a row, so a backend that stays down does not keep the page busy forever).

import { el } from './dom.js';

const MAX_AUTOMATIC = 3;

export class ErrorBanner {
  /** @param message the element with role="alert" that says what went wrong */
  constructor(box, message, retryButton) {
    this.box = box;
    this.message = message;
    this.retryButton = retryButton;
    this.timer = null;
    this.automatic = 0;
    this.onRetry = null;
    retryButton.addEventListener('click', () => this.retry());
  }

  /** Shows describe()'s message; with a retryAfter, counts down and then calls onRetry. */
  show(description, onRetry) {
    this.clear();
    this.onRetry = onRetry;
    this.box.hidden = false;
    this.retryButton.hidden = !onRetry;
    if (description.retryAfter == null) {
      this.message.textContent = description.text;
      return;
    }
    if (!onRetry || this.automatic >= MAX_AUTOMATIC) {
      this.message.textContent = `${description.text}. Try again in a moment.`;
      return;
    }
    let left = Math.max(1, Math.round(description.retryAfter));
    // role="timer" is not live: the alert is read once, not again at every tick.
    const seconds = el('span', { role: 'timer', 'aria-live': 'off', class: 'countdown' }, String(left));
    this.message.replaceChildren(`${description.text}; tolk will try again in `, seconds, ' s.');
    this.timer = setInterval(() => {
      left -= 1;
      if (left > 0) {
        seconds.textContent = String(left);
        return;
      }
      this.automatic += 1;
      this.retry();
    }, 1000);
  }

  retry() {
    const again = this.onRetry;
    this.clear();
    if (again) {
      again();
    }
  }

  /** A request the editor started: automatic retries count from zero again. */
  resetAutomatic() {
    this.automatic = 0;
  }

  clear() {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    this.box.hidden = true;
    this.message.replaceChildren();
    this.onRetry = null;
  }
}
