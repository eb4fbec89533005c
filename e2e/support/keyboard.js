// Keyboard-only driving: locators only find the target; reaching and using it takes Tab,
// Shift+Tab, arrows, Enter and Space (and typing into text fields), as a keyboard user does.
import { TIMEOUT } from './flows.js';

/** Whether the deepest focused element (across shadow roots) is one of the locator's elements. */
async function isFocused(locator) {
  return locator
    .evaluateAll((elements) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return elements.includes(active);
    })
    .catch(() => false);
}

/** The focused element, described for a failure message. */
const describeFocus = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `<${active.localName}> ${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 60)}` : 'nothing';
  });

/** Presses `key` until focus is on (one of) the locator's element(s). */
export async function moveTo(page, locator, { key = 'Tab', max = 120 } = {}) {
  await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  // Two rounds: a list that re-renders while focus passes through it (an element reloading after
  // another one's change) can drop focus back to the start of the page once; a person would just
  // press Tab again.
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < max; i++) {
      if (await isFocused(locator)) return;
      await page.keyboard.press(key);
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`${key} never reached ${locator} (focus is on ${await describeFocus(page)})`);
}

/** Tabs to the element and activates it with Enter (buttons) or Space. */
export async function activate(page, locator, key = 'Enter') {
  await moveTo(page, locator);
  await page.keyboard.press(key);
}

/** Tabs into a radio group, then arrows to the wanted radio (arrows check it). */
export async function chooseRadio(page, group, radio) {
  await moveTo(page, group.getByRole('radio'));
  await moveTo(page, radio, { key: 'ArrowDown', max: 12 });
  await page.keyboard.press('Space');
}

/** Tabs to a text field, replaces its text by typing. */
export async function typeInto(page, field, text) {
  await moveTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
