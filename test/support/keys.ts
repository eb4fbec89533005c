// Keyboard and mouse input that reaches every browser the suite runs in (Chromium, Firefox, WebKit) the same way.
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/**
 * WebKit is the one browser driven through WebDriver classic (see scripts/browsers.js), which also
 * cannot resize the window (`setViewport`).
 */
export const webDriverClassic = /AppleWebKit/.test(navigator.userAgent) && !/Chrom(e|ium)\//.test(navigator.userAgent);

/**
 * Types `text` one character after another, as a person does.
 *
 * Why not one `sendKeys({ type: text })`: for WebDriver the runner sends the whole text as a single
 * chord (every key goes down, then every key comes up), and WebKitWebDriver dispatches nothing for a
 * key that is already down, so repeated characters vanish ("Needs" arrives as "Neds", "0011" as "01"),
 * in a plain `<input>` as much as in our elements. No person can press a key that is still held, so
 * this is an artefact of the automation, not something a Safari user meets: the text is sent in runs
 * in which no character repeats, which every browser receives in full and in order.
 */
export async function typeKeys(text: string): Promise<void> {
  let run = '';
  for (const char of text) {
    if (run.includes(char)) {
      await sendKeys({ type: run });
      run = '';
    }
    run += char;
  }
  if (run) await sendKeys({ type: run });
}

/**
 * Presses Tab with Shift held (focus moves backwards).
 *
 * Puppeteer (Chromium, Firefox) holds and releases keys one command at a time; WebDriver classic
 * (WebKit) has no `down`/`up` in the runner, and `press` takes a single key, so Shift and Tab go as one
 * chord through `type`, spelled as the WebDriver key code points for Shift (U+E008) and Tab (U+E004).
 */
export async function pressShiftTab(): Promise<void> {
  if (webDriverClassic) {
    await sendKeys({ type: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/**
 * Clicks the mouse in the middle of `target`, as a user does: the browser's own click, on whatever is
 * on top there (a modal dialog's backdrop keeps it from the page behind), with the focus it gives.
 */
export async function clickCentre(target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}
